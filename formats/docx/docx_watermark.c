/* The watermark of a document that is not approved (present.h): Word's
 * own kind, a VML text-path shape in the header, behind the text and
 * centred on the page, which Word and LibreOffice both show on every
 * page and list as the document's watermark. */
#include <math.h>

#include "docx.h"
#include "orient.h"

#define NS_V "urn:schemas-microsoft-com:vml"
#define NS_O "urn:schemas-microsoft-com:office:office"
#define NS_W10 "urn:schemas-microsoft-com:office:word"

/* A text path along the shape's middle line, the text fitted to the box. */
static void shape_type(iso_xml *x) {
  iso_xml_start(x, "v:shapetype");
  iso_xml_attr(x, "id", "_x0000_t136");
  iso_xml_attr(x, "coordsize", "21600,21600");
  iso_xml_attr(x, "o:spt", "136");
  iso_xml_attr(x, "path", "m0,10800l21600,10800e");
  iso_xml_empty_attr(x, "v:path", "textpathok", "t");
  iso_xml_start(x, "v:textpath");
  iso_xml_attr(x, "on", "t");
  iso_xml_attr(x, "fitshape", "t");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void shape(docx *c, iso_xml *x, const iso_pr_mark *w) {
  /* VML turns clockwise; the mark rises from bottom left to top right */
  double deg = 360 - w->angle * 180 / M_PI;
  iso_xml_start(x, "v:shape");
  iso_xml_attr(x, "id", "PowerPlusWaterMarkObject1");
  iso_xml_attr(x, "type", "#_x0000_t136");
  iso_xml_attrf(x, "style",
                "position:absolute;margin-left:0;margin-top:0;width:%.2fpt;"
                "height:%.2fpt;rotation:%.2f;z-index:-251658240;"
                "mso-position-horizontal:center;mso-position-horizontal-relative:page;"
                "mso-position-vertical:center;mso-position-vertical-relative:page",
                w->width, w->height, deg);
  iso_xml_attr(x, "o:allowincell", "f");
  iso_xml_attrf(x, "fillcolor", "#%s", w->color);
  iso_xml_attr(x, "stroked", "f");
  iso_xml_start(x, "v:textpath");
  iso_xml_attrf(x, "style", "font-family:\"%s\";font-weight:bold;font-size:1pt",
                c->theme->font_body ? c->theme->font_body : "Liberation Sans");
  iso_xml_attr(x, "string", w->text);
  iso_xml_end(x);
  iso_xml_start(x, "w10:wrap");
  iso_xml_attr(x, "anchorx", "page");
  iso_xml_attr(x, "anchory", "page");
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_watermark(docx *c, iso_xml *x) {
  iso_pr_mark w;
  if (!iso_pr_watermark(c->meta, c->theme, iso_metrics_measure, c->metrics, &w))
    return;
  if (c->furniture_turned) /* header2.xml: on the turned pages */
    iso_pr_mark_turned(&w);
  iso_xml_start(x, "w:r");
  iso_xml_start(x, "w:pict");
  iso_xml_attr(x, "xmlns:v", NS_V);
  iso_xml_attr(x, "xmlns:o", NS_O);
  iso_xml_attr(x, "xmlns:w10", NS_W10);
  shape_type(x);
  shape(c, x, &w);
  iso_xml_end(x);
  iso_xml_end(x);
}
