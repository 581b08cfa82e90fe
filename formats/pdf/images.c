/* Images into the PDF. Every image was decoded and checked by the loader;
 * here it is decoded again, from the stored bytes, into 8-bit grey or RGB
 * with the alpha channel (palette transparency included) as a soft mask.
 * libharu's own PNG loader is never used: it aborts the process on a damaged
 * file, draws 16-bit images at half width and interlaced ones not at all.
 * 8-bit grey and YCbCr JPEGs go in as they are (DCTDecode); CMYK and other
 * JPEGs are converted to RGB like PNGs. */
#include <hpdf_doc.h>
#include <stdio.h>

#include "image.h"
#include "pdf.h"

static void refuse(pdf_ctx *c, const lay_image *im, const char *why) {
  const iso_node *n = im->node;
  iso_diag_add(c->d, ISO_SEV_ERROR, n ? iso_node_file(n) : c->m->source,
               n ? iso_node_line(n) : 0, n ? iso_node_column(n) : 0,
               "pdf: cannot embed image '%s': %s", im->img->path, why);
}

static HPDF_Image raw(HPDF_Doc pdf, const iso_pixels *px) {
  HPDF_Image img = HPDF_LoadRawImageFromMem(
      pdf, px->color, (HPDF_UINT)px->width, (HPDF_UINT)px->height,
      px->colors == 1 ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB, 8);
  if (!img || !px->alpha)
    return img;
  HPDF_Image mask = HPDF_LoadRawImageFromMem(pdf, px->alpha, (HPDF_UINT)px->width,
                                             (HPDF_UINT)px->height,
                                             HPDF_CS_DEVICE_GRAY, 8);
  if (!mask || HPDF_Image_AddSMask(img, mask) != HPDF_OK)
    return NULL;
  /* soft masks are PDF 1.4; libharu leaves the header at 1.3 */
  if (pdf->pdf_version < HPDF_VER_14)
    pdf->pdf_version = HPDF_VER_14;
  return img;
}

HPDF_Image pdf_image_load(pdf_ctx *c, HPDF_Doc pdf, const lay_image *im,
                          HPDF_STATUS *err) {
  const iso_image *img = im->img;
  if (img->info.format == ISO_IMAGE_JPEG && img->info.dct) {
    HPDF_STATUS before = *err;
    HPDF_Image h = HPDF_LoadJpegImageFromMem(pdf, img->data, (HPDF_UINT)img->len);
    if (h || *err == HPDF_FAILD_TO_ALLOC_MEM)
      return h;
    /* libharu's own walk over the markers is stricter than libjpeg (fill
     * bytes, odd segments): decode the file instead */
    if (!before) {
      *err = 0;
      HPDF_ResetError(pdf);
    }
  }
  iso_pixels px;
  char why[256];
  if (iso_image_decode(img, &px, why, sizeof why)) {
    refuse(c, im, why);
    return NULL;
  }
  HPDF_Image h = raw(pdf, &px);
  iso_pixels_free(&px);
  return h;
}
