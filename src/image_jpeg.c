/* JPEG through libjpeg: a whole decode from memory. libjpeg's fatal errors
 * and its warnings (premature end of data, corrupt entropy data) both end
 * the decode with a message: a damaged JPEG is refused, not half drawn. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>

#include "image.h"

/* A progressive JPEG can make the decoder pass over the whole image once
 * a scan; real files have about ten. */
#define MAX_SCANS 100
/* libjpeg's own working memory (a progressive image's coefficients). */
#define MAX_WORK_MEMORY (512L * 1024L * 1024L)

typedef struct jpeg_ctx {
  struct jpeg_error_mgr pub; /* first: libjpeg casts to it */
  struct jpeg_progress_mgr progress;
  jmp_buf jb;
  char *why;
  size_t why_len;
} jpeg_ctx;

static void fail(j_common_ptr ci) {
  jpeg_ctx *c = (jpeg_ctx *)ci->err;
  char msg[JMSG_LENGTH_MAX];
  (*ci->err->format_message)(ci, msg);
  if (ci->err->msg_code == JERR_OUT_OF_MEMORY)
    snprintf(c->why, c->why_len, "out of memory decoding the JPEG");
  else
    snprintf(c->why, c->why_len, "damaged or unsupported JPEG (%s)", msg);
  longjmp(c->jb, 1);
}

static void message(j_common_ptr ci, int level) {
  if (level < 0) /* a warning: the data is damaged */
    fail(ci);
}

static void progress(j_common_ptr ci) {
  j_decompress_ptr di = (j_decompress_ptr)ci;
  if (di->input_scan_number > MAX_SCANS) {
    jpeg_ctx *c = (jpeg_ctx *)ci->err;
    snprintf(c->why, c->why_len,
             "damaged or hostile JPEG (more than %d progressive scans)",
             MAX_SCANS);
    longjmp(c->jb, 1);
  }
}

static unsigned char mul255(unsigned a, unsigned b) {
  return (unsigned char)((a * b + 127) / 255);
}

/* CMYK samples to RGB. Adobe's files store 255 for no ink; others 0. */
static void cmyk_row(unsigned char *out, const unsigned char *in, int w,
                     int inverted) {
  for (int x = 0; x < w; x++, in += 4) {
    unsigned c = in[0], m = in[1], y = in[2], k = in[3];
    if (!inverted) {
      c = 255 - c;
      m = 255 - m;
      y = 255 - y;
      k = 255 - k;
    }
    *out++ = mul255(c, k);
    *out++ = mul255(m, k);
    *out++ = mul255(y, k);
  }
}

int iso_jpeg_run(const unsigned char *d, size_t len, iso_image_info *info,
                 iso_pixels *px, char *why, size_t why_len) {
  struct jpeg_decompress_struct ci;
  jpeg_ctx c;
  memset(&ci, 0, sizeof ci);
  memset(&c, 0, sizeof c);
  c.why = why;
  c.why_len = why_len;
  ci.err = jpeg_std_error(&c.pub);
  c.pub.error_exit = fail;
  c.pub.emit_message = message;
  unsigned char *volatile row = NULL;
  if (setjmp(c.jb)) {
    jpeg_destroy_decompress(&ci);
    free(row);
    if (px)
      iso_pixels_free(px);
    return -1;
  }
  jpeg_create_decompress(&ci);
  ci.mem->max_memory_to_use = MAX_WORK_MEMORY;
  c.progress.progress_monitor = progress;
  ci.progress = &c.progress;
  jpeg_mem_src(&ci, d, (unsigned long)len);
  jpeg_read_header(&ci, TRUE);
  if (iso_image_size_ok(ci.image_width, ci.image_height, ci.num_components, 1,
                        why, why_len))
    longjmp(c.jb, 1);
  memset(info, 0, sizeof *info);
  info->format = ISO_IMAGE_JPEG;
  info->width_px = (int)ci.image_width;
  info->height_px = (int)ci.image_height;
  info->bit_depth = ci.data_precision;
  info->channels = ci.num_components;
  info->interlaced = ci.progressive_mode != 0;
  info->cmyk = ci.jpeg_color_space == JCS_CMYK || ci.jpeg_color_space == JCS_YCCK;
  info->inverted = info->cmyk && ci.saw_Adobe_marker;
  info->dct = ci.data_precision == 8 && !ci.arith_code &&
              ((ci.jpeg_color_space == JCS_GRAYSCALE && ci.num_components == 1) ||
               (ci.jpeg_color_space == JCS_YCbCr && ci.num_components == 3));
  if (ci.saw_JFIF_marker && ci.X_density > 0 && ci.Y_density > 0) {
    if (ci.density_unit == 1)
      info->dpi_x = ci.X_density, info->dpi_y = ci.Y_density;
    else if (ci.density_unit == 2)
      info->dpi_x = ci.X_density * 2.54, info->dpi_y = ci.Y_density * 2.54;
  }
  if (ci.jpeg_color_space != JCS_GRAYSCALE && ci.jpeg_color_space != JCS_YCbCr &&
      ci.jpeg_color_space != JCS_RGB && !info->cmyk) {
    snprintf(why, why_len, "unsupported JPEG (colour space with %d channels)",
             ci.num_components);
    longjmp(c.jb, 1);
  }
  if (info->cmyk)
    ci.out_color_space = JCS_CMYK;
  else if (ci.jpeg_color_space != JCS_GRAYSCALE)
    ci.out_color_space = JCS_RGB;
  if (!px) {
    /* the entropy-coded data is all read and checked at any scale; an
     * eighth spares the inverse DCT */
    ci.scale_num = 1;
    ci.scale_denom = 8;
  }
  jpeg_start_decompress(&ci);
  int comps = ci.output_components;
  row = malloc((size_t)ci.output_width * (size_t)comps);
  if (!row || (px && iso_pixels_alloc(px, (int)ci.output_width,
                                      (int)ci.output_height,
                                      comps == 1 ? 1 : 3, 0))) {
    snprintf(why, why_len, "out of memory decoding the JPEG");
    longjmp(c.jb, 1);
  }
  while (ci.output_scanline < ci.output_height) {
    JSAMPROW r = row;
    int y = (int)ci.output_scanline;
    if (jpeg_read_scanlines(&ci, &r, 1) != 1) {
      snprintf(why, why_len, "damaged JPEG (the image data ends early)");
      longjmp(c.jb, 1);
    }
    if (!px)
      continue;
    if (comps == 4)
      cmyk_row(px->color + (size_t)y * ci.output_width * 3, row,
               (int)ci.output_width, info->inverted);
    else
      iso_pixels_put_row(px, y, row, 0);
  }
  jpeg_finish_decompress(&ci);
  jpeg_destroy_decompress(&ci);
  free(row);
  return 0;
}
