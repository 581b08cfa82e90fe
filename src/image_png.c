/* PNG through libpng: a whole decode from memory, with libpng's errors
 * turned into a message (never an abort) and its memory bounded. */
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"

/* Ancillary chunks (text, ICC profiles) are never needed to draw the
 * image: a compressed one may not inflate beyond this, nor may a file hold
 * more than so many of them. */
#define CHUNK_MALLOC_MAX (8u * 1024u * 1024u)
#define CHUNK_CACHE_MAX 256

typedef struct png_ctx {
  const unsigned char *data;
  size_t len, off;
  char *why;
  size_t why_len;
  int oom;
} png_ctx;

static void read_fn(png_structp png, png_bytep out, size_t n) {
  png_ctx *c = png_get_io_ptr(png);
  if (n > c->len - c->off)
    png_error(png, "the file ends too early");
  memcpy(out, c->data + c->off, n);
  c->off += n;
}

static void error_fn(png_structp png, png_const_charp msg) {
  png_ctx *c = png_get_error_ptr(png);
  if (c->oom)
    snprintf(c->why, c->why_len, "out of memory decoding the PNG");
  else
    snprintf(c->why, c->why_len, "damaged PNG (%s)", msg);
  png_longjmp(png, 1);
}

/* Warnings concern ancillary chunks libpng has already dropped (a bad CRC
 * in a text chunk, a dubious ICC profile): the image still draws. */
static void warning_fn(png_structp png, png_const_charp msg) {
  (void)png;
  (void)msg;
}

static png_voidp malloc_fn(png_structp png, png_alloc_size_t n) {
  void *p = malloc(n);
  if (!p)
    ((png_ctx *)png_get_mem_ptr(png))->oom = 1;
  return p;
}

static void free_fn(png_structp png, png_voidp p) {
  (void)png;
  free(p);
}

static unsigned long be32(const unsigned char *p) {
  return ((unsigned long)p[0] << 24) | ((unsigned long)p[1] << 16) |
         ((unsigned long)p[2] << 8) | p[3];
}

/* Channels once decoded (palette as RGB), before tRNS is known. */
static int ihdr_channels(int color_type) {
  switch (color_type) {
  case 2:
  case 3:
    return 3;
  case 4:
    return 2;
  case 6:
    return 4;
  default:
    return 1;
  }
}

/* The size from IHDR, checked before libpng allocates anything for it: an
 * absurd claim costs microseconds, whatever the rest of the file says. */
static int precheck(const unsigned char *d, size_t len, char *why,
                    size_t why_len) {
  if (len < 33 || memcmp(d + 12, "IHDR", 4) != 0) {
    snprintf(why, why_len, "damaged PNG (no IHDR chunk at the start)");
    return -1;
  }
  unsigned long w = be32(d + 16), h = be32(d + 20);
  int depth = d[24], type = d[25];
  if (w == 0 || h == 0) {
    snprintf(why, why_len, "image has no pixels");
    return -1;
  }
  if (iso_image_size_ok(w, h, ihdr_channels(type), depth == 16 ? 2 : 1, why,
                        why_len))
    return -1;
  /* libpng allocates (and clears) a chunk's whole claimed length before
   * reading it, whatever png_set_chunk_malloc_max says: the whole file is
   * here, so a length running past its end is refused first */
  for (size_t off = 8; off + 8 <= len;) {
    unsigned long n = be32(d + off);
    if (n > len - off - 8 || len - off - 8 - n < 4) {
      snprintf(why, why_len, "damaged PNG (a chunk runs past the end of the file)");
      return -1;
    }
    if (memcmp(d + off + 4, "IEND", 4) == 0)
      break;
    off += 12 + (size_t)n;
  }
  return 0;
}

int iso_png_run(const unsigned char *d, size_t len, iso_image_info *info,
                iso_pixels *px, char *why, size_t why_len) {
  if (precheck(d, len, why, why_len))
    return -1;
  png_ctx c = {d, len, 0, why, why_len, 0};
  png_structp png = png_create_read_struct_2(PNG_LIBPNG_VER_STRING, &c,
                                             error_fn, warning_fn, &c,
                                             malloc_fn, free_fn);
  if (!png) {
    snprintf(why, why_len, "out of memory decoding the PNG");
    return -1;
  }
  png_infop pi = png_create_info_struct(png);
  unsigned char *volatile row = NULL;
  unsigned char *volatile whole = NULL; /* interlaced: the passes build it */
  if (!pi || setjmp(png_jmpbuf(png))) {
    if (!pi)
      snprintf(why, why_len, "out of memory decoding the PNG");
    png_destroy_read_struct(&png, pi ? &pi : NULL, NULL);
    free(row);
    free(whole);
    if (px)
      iso_pixels_free(px);
    return -1;
  }
  png_set_user_limits(png, ISO_IMAGE_MAX_SIDE, ISO_IMAGE_MAX_SIDE);
  png_set_chunk_malloc_max(png, CHUNK_MALLOC_MAX);
  png_set_chunk_cache_max(png, CHUNK_CACHE_MAX);
  png_set_read_fn(png, &c, read_fn);
  png_read_info(png, pi);

  png_uint_32 w, h;
  int depth, type, interlace;
  png_get_IHDR(png, pi, &w, &h, &depth, &type, &interlace, NULL, NULL);
  int trns = png_get_valid(png, pi, PNG_INFO_tRNS) != 0;
  int channels = ihdr_channels(type) + (trns && !(type & 4) ? 1 : 0);
  if (iso_image_size_ok(w, h, channels, depth == 16 ? 2 : 1, why, why_len))
    png_longjmp(png, 1); /* WHY is set; no error_fn rewrite */
  memset(info, 0, sizeof *info);
  info->format = ISO_IMAGE_PNG;
  info->width_px = (int)w;
  info->height_px = (int)h;
  info->bit_depth = depth;
  info->channels = channels;
  info->alpha = (type & 4) || trns;
  info->interlaced = interlace != PNG_INTERLACE_NONE;
  png_uint_32 rx, ry;
  int unit;
  if (png_get_pHYs(png, pi, &rx, &ry, &unit) && unit == PNG_RESOLUTION_METER) {
    info->dpi_x = rx * 0.0254;
    info->dpi_y = ry * 0.0254;
  }

  /* 8 bits a sample; palette and tRNS become RGB(A) or grey and alpha */
  png_set_expand(png);
  png_set_scale_16(png);
  int passes = png_set_interlace_handling(png);
  png_read_update_info(png, pi);
  size_t rowbytes = png_get_rowbytes(png, pi);
  int out_ch = png_get_channels(png, pi);
  int has_alpha = out_ch == 2 || out_ch == 4;
  if (px && iso_pixels_alloc(px, (int)w, (int)h, has_alpha ? out_ch - 1 : out_ch,
                             has_alpha)) {
    c.oom = 1;
    png_error(png, "out of memory");
  }
  if (px && passes > 1) {
    whole = malloc(rowbytes * h);
    if (!whole) {
      c.oom = 1;
      png_error(png, "out of memory");
    }
  } else {
    row = malloc(rowbytes);
    if (!row) {
      c.oom = 1;
      png_error(png, "out of memory");
    }
  }
  for (int p = 0; p < passes; p++)
    for (png_uint_32 y = 0; y < h; y++) {
      unsigned char *r = whole ? whole + y * rowbytes : row;
      png_read_row(png, r, NULL);
      if (px && !whole)
        iso_pixels_put_row(px, (int)y, r, has_alpha);
    }
  if (px && whole)
    for (png_uint_32 y = 0; y < h; y++)
      iso_pixels_put_row(px, (int)y, whole ? whole + y * rowbytes : row,
                         has_alpha);
  /* the rest of the file too: a damaged final chunk is a damaged file */
  png_read_end(png, NULL);
  png_destroy_read_struct(&png, &pi, NULL);
  free(row);
  free(whole);
  return 0;
}
