/* The watermark of a document that is not approved (present.h), as
 * LibreOffice makes its own: a fontwork shape in the page header, behind
 * the text, turned along the page's diagonal and centred on the page. */
#include <math.h>

#include "odt.h"
#include "orient.h"

#define STYLE "MpWatermark"
#define TEXT_STYLE "MpWatermarkText"

/* Automatic styles of styles.xml: the shape's fill and its text's font. */
void odt_watermark_styles(odt_ctx *c) {
  iso_pr_mark w;
  if (!iso_pr_watermark(c->m, c->t, iso_metrics_measure, c->metrics, &w))
    return;
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", STYLE);
  iso_xml_attr(x, "style:family", "graphic");
  iso_xml_start(x, "style:graphic-properties");
  iso_xml_attr(x, "draw:stroke", "none");
  iso_xml_attr(x, "draw:fill", "solid");
  odt_attr_color(x, "draw:fill-color", w.color);
  /* the box is the text's, not grown to the 1pt text inside */
  iso_xml_attr(x, "draw:auto-grow-height", "false");
  iso_xml_attr(x, "draw:auto-grow-width", "false");
  iso_xml_attr(x, "draw:textarea-vertical-align", "top");
  iso_xml_attr(x, "style:run-through", "background");
  iso_xml_attr(x, "style:wrap", "run-through");
  iso_xml_attr(x, "style:vertical-pos", "middle");
  iso_xml_attr(x, "style:vertical-rel", "page");
  iso_xml_attr(x, "style:horizontal-pos", "center");
  iso_xml_attr(x, "style:horizontal-rel", "page");
  iso_xml_attr(x, "style:flow-with-text", "false");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", TEXT_STYLE);
  iso_xml_attr(x, "style:family", "paragraph");
  iso_xml_start(x, "style:text-properties");
  odt_attr_font_family(x, "fo:font-family", c->t->font_body);
  iso_xml_attr(x, "fo:font-weight", "bold");
  /* the text is scaled to the shape; its own size does not count */
  iso_xml_attr(x, "fo:font-size", "1pt");
  iso_xml_end(x);
  iso_xml_end(x);
}

/* The shape's box, turned by ANGLE about its top left corner, then moved
 * so that its centre is the page's. */
static void transform(odt_ctx *c, const iso_pr_mark *w) {
  double a = w->angle, cs = cos(a), sn = sin(a);
  /* the centre after the turn (y grows downwards, the turn is visual
   * counter-clockwise) */
  double cx = w->width / 2 * cs + w->height / 2 * sn;
  double cy = -w->width / 2 * sn + w->height / 2 * cs;
  char tx[32], ty[32];
  double pw, ph; /* the master page's page (orient.h) */
  iso_pr_page_size(c->t, c->furniture_turned != iso_pr_theme_landscape(c->t),
                   &pw, &ph);
  odt_len(tx, pw / 2 - cx);
  odt_len(ty, ph / 2 - cy);
  iso_xml_attrf(c->x, "draw:transform", "rotate (%.6f) translate (%s %s)", a, tx, ty);
}

/* Fontwork "plain text": the text between a top and a bottom line whose
 * inset the modifier sets (none at its middle value, 10800); LibreOffice
 * draws the text only with the preset's equations spelled out. */
static void geometry(iso_xml *x) {
  static const char *const eq[][2] = {
      {"f0", "$0 -10800"},          {"f1", "?f0 *2"},
      {"f2", "abs(?f1 )"},          {"f3", "if(?f1 ,0,?f2 )"},
      {"f4", "21600-?f2 "},         {"f5", "if(?f1 ,?f4 ,21600)"},
      {"f6", "if(?f1 ,?f2 ,0)"},    {"f7", "if(?f1 ,21600,?f4 )"}};
  iso_xml_start(x, "draw:enhanced-geometry");
  iso_xml_attr(x, "svg:viewBox", "0 0 21600 21600");
  iso_xml_attr(x, "draw:text-areas", "0 0 21600 21600");
  iso_xml_attr(x, "draw:text-path", "true");
  iso_xml_attr(x, "draw:text-path-mode", "shape");
  iso_xml_attr(x, "draw:text-path-scale", "path");
  iso_xml_attr(x, "draw:text-path-same-letter-heights", "false");
  iso_xml_attr(x, "draw:type", "fontwork-plain-text");
  iso_xml_attr(x, "draw:modifiers", "10800");
  iso_xml_attr(x, "draw:enhanced-path", "M ?f3 0 L ?f5 0 N M ?f6 21600 L ?f7 21600 N");
  for (size_t i = 0; i < sizeof eq / sizeof eq[0]; i++) {
    iso_xml_start(x, "draw:equation");
    iso_xml_attr(x, "draw:name", eq[i][0]);
    iso_xml_attr(x, "draw:formula", eq[i][1]);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

/* In the header's paragraph, so it stands on every page. */
void odt_watermark(odt_ctx *c) {
  iso_pr_mark w;
  if (!iso_pr_watermark(c->m, c->t, iso_metrics_measure, c->metrics, &w))
    return;
  if (c->furniture_turned) /* the turned master page's */
    iso_pr_mark_turned(&w);
  iso_xml *x = c->x;
  iso_xml_start(x, "draw:custom-shape");
  iso_xml_attr(x, "text:anchor-type", "char");
  iso_xml_attr(x, "draw:z-index", "0");
  iso_xml_attr(x, "draw:name", "PowerPlusWaterMarkObject1");
  iso_xml_attr(x, "draw:style-name", STYLE);
  iso_xml_attr(x, "draw:text-style-name", TEXT_STYLE);
  odt_attr_len(x, "svg:width", w.width);
  odt_attr_len(x, "svg:height", w.height);
  transform(c, &w);
  iso_xml_start(x, "text:p");
  iso_xml_attr(x, "text:style-name", TEXT_STYLE);
  iso_xml_text(x, w.text);
  iso_xml_end(x);
  geometry(x);
  iso_xml_end(x);
}
