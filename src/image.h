/* Image decoding inside the library (libpng, libjpeg): the loader's check
 * and the PDF writer's pixels. Not part of the public API. */
#ifndef ISO_IMAGE_H
#define ISO_IMAGE_H

#include "internal.h"

/* 8-bit samples, rows top to bottom without padding. */
typedef struct iso_pixels {
  int width, height;
  int colors;           /* 1 grey or 3 RGB */
  unsigned char *color; /* width x height x colors */
  unsigned char *alpha; /* width x height, or NULL when fully opaque */
} iso_pixels;

/* Decodes an image that iso_image_check_mem accepted into 8-bit grey or RGB
 * and an optional alpha plane (palette transparency included; CMYK JPEGs
 * converted to RGB). 0, or -1 with WHY (out of memory). */
int iso_image_decode(const iso_image *img, iso_pixels *px, char *why,
                     size_t why_len);
void iso_pixels_free(iso_pixels *px);

/* The decoders behind both (image_png.c, image_jpeg.c). PX NULL: check only
 * (rows are decoded and dropped). */
int iso_png_run(const unsigned char *d, size_t len, iso_image_info *info,
                iso_pixels *px, char *why, size_t why_len);
int iso_jpeg_run(const unsigned char *d, size_t len, iso_image_info *info,
                 iso_pixels *px, char *why, size_t why_len);

/* The size limits (image.c): 0 within them, else -1 with WHY. CHANNELS and
 * BYTES_PER_SAMPLE as the file stores them, once decoded. */
int iso_image_size_ok(unsigned long w, unsigned long h, int channels,
                      int bytes_per_sample, char *why, size_t why_len);
/* Splits interleaved 8-bit samples (colors + 1 alpha when HAS_ALPHA) of
 * row Y into PX's planes. */
void iso_pixels_put_row(iso_pixels *px, int y, const unsigned char *row,
                        int has_alpha);
/* Allocates PX's planes; 0 or -1. */
int iso_pixels_alloc(iso_pixels *px, int w, int h, int colors, int alpha);

/* An image outside a document's store (a theme's logo): read from PATH (at
 * most the image limit) and checked as the loader checks images. NULL with
 * WHY on failure. iso_image_dup copies one; iso_image_free frees one. */
iso_image *iso_image_read(const char *path, char *why, size_t why_len);
iso_image *iso_image_from_mem(const char *path, const unsigned char *data,
                              size_t len, char *why, size_t why_len);
iso_image *iso_image_dup(const iso_image *img);
void iso_image_free(iso_image *img);

#endif
