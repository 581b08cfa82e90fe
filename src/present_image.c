/* An image's box on the page, in points: the same for every format that
 * sizes images itself (the HTML edition; the ODT writer computes the same
 * rule in odt_image_size). */
#include "present.h"

void iso_pr_image_box(const iso_image_info *info, double pct, double width,
                      double height, double *w, double *h) {
  double px_w = info && info->width_px > 0 ? info->width_px : 1;
  double px_h = info && info->height_px > 0 ? info->height_px : 1;
  double dpi = info && info->dpi_x > 0 ? info->dpi_x : 96.0;
  double ww = pct > 0 ? width * pct / 100.0 : px_w * 72.0 / dpi;
  if (ww > width)
    ww = width;
  double hh = ww * px_h / px_w;
  double max_h = height * ISO_PR_IMAGE_MAX_SHARE;
  if (max_h > 0 && hh > max_h) {
    ww *= max_h / hh;
    hh = max_h;
  }
  *w = ww < 1 ? 1 : ww;
  *h = hh < 1 ? 1 : hh;
}
