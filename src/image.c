/* Images: the size limits, the check every image passes at load time, the
 * decode the PDF writer draws from, and the document's image store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "node_private.h"
#include "util.h"

int iso_image_size_ok(unsigned long w, unsigned long h, int channels,
                      int bytes_per_sample, char *why, size_t why_len) {
  if (w == 0 || h == 0) {
    snprintf(why, why_len, "image has no pixels");
    return -1;
  }
  unsigned long long px = (unsigned long long)w * h;
  unsigned long long bytes = px * (unsigned)channels * (unsigned)bytes_per_sample;
  if (w > ISO_IMAGE_MAX_SIDE || h > ISO_IMAGE_MAX_SIDE ||
      px > ISO_IMAGE_MAX_PIXELS || bytes > ISO_IMAGE_MAX_DECODED) {
    snprintf(why, why_len,
             "image is too large: %lu x %lu pixels, %llu MB decoded (the "
             "limits are %d pixels a side, %u megapixels and %u MB)",
             w, h, (bytes + (1u << 20) - 1) >> 20, ISO_IMAGE_MAX_SIDE,
             ISO_IMAGE_MAX_PIXELS / 1000000u, ISO_IMAGE_MAX_DECODED >> 20);
    return -1;
  }
  return 0;
}

static int is_png(const unsigned char *d, size_t len) {
  return len >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0;
}

static int is_jpeg(const unsigned char *d, size_t len) {
  return len >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF;
}

static int run(const unsigned char *d, size_t len, iso_image_info *info,
               iso_pixels *px, char *why, size_t why_len) {
  if (len > ISO_IMAGE_MAX_FILE) {
    snprintf(why, why_len, "image file is larger than %u MB",
             ISO_IMAGE_MAX_FILE >> 20);
    return -1;
  }
  if (is_png(d, len))
    return iso_png_run(d, len, info, px, why, why_len);
  if (is_jpeg(d, len))
    return iso_jpeg_run(d, len, info, px, why, why_len);
  snprintf(why, why_len, "not a PNG or JPEG image");
  return -1;
}

int iso_image_check_mem(const unsigned char *d, size_t len,
                        iso_image_info *info, char *why, size_t why_len) {
  memset(info, 0, sizeof *info);
  if (why_len)
    *why = '\0';
  return run(d, len, info, NULL, why, why_len);
}

int iso_pixels_alloc(iso_pixels *px, int w, int h, int colors, int alpha) {
  memset(px, 0, sizeof *px);
  px->width = w;
  px->height = h;
  px->colors = colors;
  px->color = malloc((size_t)w * (size_t)h * (size_t)colors);
  if (alpha)
    px->alpha = malloc((size_t)w * (size_t)h);
  if (!px->color || (alpha && !px->alpha)) {
    iso_pixels_free(px);
    return -1;
  }
  return 0;
}

void iso_pixels_put_row(iso_pixels *px, int y, const unsigned char *row,
                        int has_alpha) {
  size_t w = (size_t)px->width, k = (size_t)px->colors;
  unsigned char *c = px->color + (size_t)y * w * k;
  if (!has_alpha) {
    memcpy(c, row, w * k);
    return;
  }
  unsigned char *a = px->alpha + (size_t)y * w;
  for (size_t x = 0; x < w; x++) {
    for (size_t i = 0; i < k; i++)
      *c++ = *row++;
    *a++ = *row++;
  }
}

void iso_pixels_free(iso_pixels *px) {
  free(px->color);
  free(px->alpha);
  px->color = px->alpha = NULL;
}

int iso_image_decode(const iso_image *img, iso_pixels *px, char *why,
                     size_t why_len) {
  memset(px, 0, sizeof *px);
  iso_image_info info;
  if (run(img->data, img->len, &info, px, why, why_len))
    return -1;
  /* an alpha channel that hides nothing needs no soft mask */
  if (px->alpha) {
    size_t n = (size_t)px->width * (size_t)px->height, i = 0;
    while (i < n && px->alpha[i] == 255)
      i++;
    if (i == n) {
      free(px->alpha);
      px->alpha = NULL;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* The document's store                                                */

static const iso_image *find(const iso_node *doc, const char *path) {
  for (size_t i = 0; i < doc->n_images; i++)
    if (strcmp(doc->images[i]->path, path) == 0)
      return doc->images[i];
  return NULL;
}

static void refuse(iso_diags *d, const char *file, int line, int column,
                   const char *path, const char *why) {
  iso_diag_add(d, ISO_SEV_ERROR, file, line, column, "image '%s': %s", path, why);
}

/* Checks DATA (malloc'd, taken over even on failure) and stores it. */
static const iso_image *store(iso_node *doc, const char *path,
                              unsigned char *data, size_t len, iso_diags *d,
                              const char *file, int line, int column) {
  char why[256];
  iso_image_info info;
  if (iso_image_check_mem(data, len, &info, why, sizeof why)) {
    free(data);
    refuse(d, file, line, column, path, why);
    return NULL;
  }
  iso_image *img = calloc(1, sizeof *img);
  char *p = iso_strdup(path);
  if (doc->n_images == doc->cap_images) {
    size_t cap = doc->cap_images ? doc->cap_images * 2 : 4;
    iso_image **v = realloc(doc->images, cap * sizeof *v);
    if (v) {
      doc->images = v;
      doc->cap_images = cap;
    }
  }
  if (!img || !p || doc->n_images == doc->cap_images) {
    free(img);
    free(p);
    free(data);
    refuse(d, file, line, column, path, "out of memory");
    return NULL;
  }
  img->path = p;
  img->data = data;
  img->len = len;
  img->info = info;
  doc->images[doc->n_images++] = img;
  return img;
}

const iso_image *iso_document_add_image(iso_node *doc, const char *path,
                                        iso_diags *d, const char *file,
                                        int line, int column) {
  if (!doc || doc->type != ISO_NODE_DOCUMENT || !path)
    return NULL;
  const iso_image *have = find(doc, path);
  if (have)
    return have;
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *tmp = iso_diags_new();
  /* at most the image limit is read: a huge or never-ending file is refused
   * from its size or after the limit, never read whole */
  if (!tmp || iso_read_file_max(path, ISO_IMAGE_MAX_FILE, &b, tmp)) {
    const iso_diag *g = tmp ? iso_diags_get(tmp, 0) : NULL;
    refuse(d, file, line, column, path, g ? g->message : "out of memory");
    iso_diags_free(tmp);
    iso_buf_free(&b);
    return NULL;
  }
  iso_diags_free(tmp);
  size_t len = 0;
  unsigned char *data = (unsigned char *)iso_buf_detach(&b, &len);
  if (!data) {
    refuse(d, file, line, column, path, "out of memory");
    return NULL;
  }
  return store(doc, path, data, len, d, file, line, column);
}

const iso_image *iso_document_add_image_mem(iso_node *doc, const char *path,
                                            const unsigned char *data,
                                            size_t len, iso_diags *d,
                                            const char *file, int line,
                                            int column) {
  if (!doc || doc->type != ISO_NODE_DOCUMENT || !path)
    return NULL;
  const iso_image *have = find(doc, path);
  if (have)
    return have;
  unsigned char *copy = malloc(len ? len : 1);
  if (!copy) {
    refuse(d, file, line, column, path, "out of memory");
    return NULL;
  }
  if (len)
    memcpy(copy, data, len);
  return store(doc, path, copy, len, d, file, line, column);
}

void iso_image_store_free(iso_node *doc) {
  for (size_t i = 0; i < doc->n_images; i++) {
    free(doc->images[i]->path);
    free(doc->images[i]->data);
    free(doc->images[i]);
  }
  free(doc->images);
  doc->images = NULL;
  doc->n_images = doc->cap_images = 0;
}
