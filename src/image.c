/* Reading the size of PNG and JPEG images from their headers. */
#include <stdio.h>
#include <string.h>

#include "isoexport.h"

/* Larger images are refused: they would make outputs of hundreds of MB. */
#define MAX_SIDE 20000
#define MAX_BYTES (50u * 1024u * 1024u)

static unsigned be32(const unsigned char *p) {
  return ((unsigned)p[0] << 24) | ((unsigned)p[1] << 16) | ((unsigned)p[2] << 8) |
         p[3];
}
static unsigned be16(const unsigned char *p) { return ((unsigned)p[0] << 8) | p[1]; }

static int probe_png(const unsigned char *d, size_t len, iso_image_info *info,
                     const char **why) {
  if (len < 33 || memcmp(d + 12, "IHDR", 4) != 0) {
    *why = "truncated PNG (no IHDR chunk)";
    return -1;
  }
  info->format = ISO_IMAGE_PNG;
  info->width_px = (int)(be32(d + 16) > MAX_SIDE ? MAX_SIDE + 1 : be32(d + 16));
  info->height_px = (int)(be32(d + 20) > MAX_SIDE ? MAX_SIDE + 1 : be32(d + 20));
  /* pHYs gives the resolution; walk the chunks before the image data. */
  size_t off = 8;
  while (off + 12 <= len) {
    unsigned clen = be32(d + off);
    const unsigned char *type = d + off + 4;
    if (memcmp(type, "IDAT", 4) == 0 || memcmp(type, "IEND", 4) == 0)
      break;
    if (memcmp(type, "pHYs", 4) == 0 && clen == 9 && off + 17 <= len &&
        d[off + 16] == 1) {
      info->dpi_x = be32(d + off + 8) * 0.0254;
      info->dpi_y = be32(d + off + 12) * 0.0254;
    }
    if (clen > len - off - 12)
      break;
    off += 12 + (size_t)clen;
  }
  return 0;
}

static int probe_jpeg(const unsigned char *d, size_t len, iso_image_info *info,
                      const char **why) {
  size_t off = 2;
  while (off + 4 <= len) {
    if (d[off] != 0xFF) {
      *why = "damaged JPEG (bad marker)";
      return -1;
    }
    unsigned char m = d[off + 1];
    if (m == 0xFF) {
      off++;
      continue;
    }
    if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
      off += 2;
      continue;
    }
    unsigned seglen = be16(d + off + 2);
    if (seglen < 2 || off + 2 + seglen > len)
      break;
    if (m == 0xE0 && seglen >= 16 && memcmp(d + off + 4, "JFIF", 5) == 0) {
      unsigned units = d[off + 11];
      double xd = be16(d + off + 12), yd = be16(d + off + 14);
      if (units == 1)
        info->dpi_x = xd, info->dpi_y = yd;
      else if (units == 2)
        info->dpi_x = xd * 2.54, info->dpi_y = yd * 2.54;
    }
    /* SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) */
    if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
      if (seglen < 7) {
        *why = "damaged JPEG (short frame header)";
        return -1;
      }
      info->format = ISO_IMAGE_JPEG;
      info->height_px = (int)be16(d + off + 5);
      info->width_px = (int)be16(d + off + 7);
      return 0;
    }
    if (m == 0xDA || m == 0xD9)
      break;
    off += 2 + seglen;
  }
  *why = "truncated or damaged JPEG (no frame header)";
  return -1;
}

int iso_image_probe_mem(const unsigned char *d, size_t len, iso_image_info *info,
                        const char **why) {
  memset(info, 0, sizeof *info);
  *why = NULL;
  int rc;
  if (len >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0)
    rc = probe_png(d, len, info, why);
  else if (len >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF)
    rc = probe_jpeg(d, len, info, why);
  else {
    *why = "not a PNG or JPEG image";
    return -1;
  }
  if (rc)
    return rc;
  if (info->width_px <= 0 || info->height_px <= 0) {
    *why = "image has no pixels";
    return -1;
  }
  if (info->width_px > MAX_SIDE || info->height_px > MAX_SIDE) {
    *why = "image is absurdly large (more than 20000 pixels on a side)";
    return -1;
  }
  if (len > MAX_BYTES) {
    *why = "image file is larger than 50 MB";
    return -1;
  }
  return 0;
}

int iso_image_probe(const char *path, iso_image_info *info, iso_diags *d,
                    const char *file, int line, int column) {
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *tmp = iso_diags_new();
  if (!tmp || iso_read_file(path, &b, tmp)) {
    const iso_diag *g = iso_diags_get(tmp, 0);
    iso_diag_add(d, ISO_SEV_ERROR, file, line, column, "image '%s': %s", path,
                 g ? g->message : "out of memory");
    iso_diags_free(tmp);
    iso_buf_free(&b);
    return -1;
  }
  iso_diags_free(tmp);
  const char *why;
  int rc = iso_image_probe_mem(b.data, b.len, info, &why);
  if (rc)
    iso_diag_add(d, ISO_SEV_ERROR, file, line, column, "image '%s': %s", path, why);
  iso_buf_free(&b);
  return rc;
}
