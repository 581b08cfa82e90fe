/* The watermark of a document that is not approved and the title page's
 * logo, as the presentation layer decides them for every format. */
#include <math.h>
#include <stdio.h>

#include "html.h"

/* A fixed element: the browser shows it behind the text on screen and
 * repeats it on every printed page, centred and turned along the page's
 * diagonal as in the PDF. */
void html_watermark(html_ctx *c) {
  iso_pr_mark w;
  if (!iso_pr_watermark(c->m, c->t, iso_metrics_measure, c->metrics, &w))
    return;
  char buf[160];
  html_raw(c, "<div class=\"watermark\" aria-hidden=\"true\" style=\"font-size:");
  html_pt(c, w.size);
  snprintf(buf, sizeof buf, ";color:#%s;transform:translate(-50%%,-50%%) rotate(-%.2fdeg)\">",
           w.color, w.angle * 180 / M_PI);
  html_raw(c, buf);
  html_text(c, w.text);
  html_raw(c, "</div>\n");
}

void html_title_logo(html_ctx *c) {
  const iso_image *logo = iso_pr_title_logo(c->m, c->t);
  if (!logo)
    return;
  double w, h;
  iso_pr_title_logo_box(logo, c->text_width, &w, &h);
  html_raw(c, "<p class=\"title-logo\"><img alt=\"\"");
  html_image_src(c, logo);
  html_raw(c, " style=\"width:");
  html_pt(c, w);
  html_raw(c, ";height:");
  html_pt(c, h);
  html_raw(c, ";margin-bottom:");
  html_pt(c, ISO_PR_TITLE_LOGO_AFTER);
  html_raw(c, "\"></p>\n");
}

/* A heading's number ("1.2 ") before its text, with `numbering`. */
void html_number(html_ctx *c, const char *number) {
  if (!number)
    return;
  html_raw(c, "<span class=\"number\">");
  html_text(c, number);
  html_raw(c, "</span>");
  html_text(c, ISO_PR_NUMBER_SEP);
}
