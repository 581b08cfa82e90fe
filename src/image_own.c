/* Images that live outside a document's store: a theme's logo and a
 * reference template's header artwork. Read and checked exactly as the
 * loader reads and checks a document's images (src/image.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "util.h"

iso_image *iso_image_from_mem(const char *path, const unsigned char *data,
                              size_t len, char *why, size_t why_len) {
  iso_image_info info;
  if (iso_image_check_mem(data, len, &info, why, why_len))
    return NULL;
  iso_image *img = calloc(1, sizeof *img);
  unsigned char *copy = malloc(len ? len : 1);
  char *p = iso_strdup(path);
  if (!img || !copy || !p) {
    free(img);
    free(copy);
    free(p);
    snprintf(why, why_len, "out of memory");
    return NULL;
  }
  memcpy(copy, data, len);
  img->path = p;
  img->data = copy;
  img->len = len;
  img->info = info;
  return img;
}

iso_image *iso_image_read(const char *path, char *why, size_t why_len) {
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *tmp = iso_diags_new();
  if (!tmp || iso_read_file_max(path, ISO_IMAGE_MAX_FILE, &b, tmp)) {
    const iso_diag *g = tmp ? iso_diags_get(tmp, 0) : NULL;
    snprintf(why, why_len, "%s", g ? g->message : "out of memory");
    iso_diags_free(tmp);
    iso_buf_free(&b);
    return NULL;
  }
  iso_diags_free(tmp);
  iso_image *img = iso_image_from_mem(path, b.data ? b.data : (const unsigned char *)"",
                                      b.len, why, why_len);
  iso_buf_free(&b);
  return img;
}

iso_image *iso_image_dup(const iso_image *img) {
  char why[64];
  return iso_image_from_mem(img->path, img->data, img->len, why, sizeof why);
}

void iso_image_free(iso_image *img) {
  if (!img)
    return;
  free(img->path);
  free(img->data);
  free(img);
}
