/* Images: a centred Figure paragraph with an inline DrawingML picture,
 * scaled to the requested share of the text width with the file's aspect
 * ratio, and a "Figure N" caption below. */
#include <stdio.h>

#include "docx.h"
#include "present.h"

#define NS_PICTURE_URI "http://schemas.openxmlformats.org/drawingml/2006/picture"

static void extent(iso_xml *x, const char *name, long long cx, long long cy) {
  iso_xml_start(x, name);
  iso_xml_attr_int(x, "cx", cx);
  iso_xml_attr_int(x, "cy", cy);
  iso_xml_end(x);
}

static void doc_pr(iso_xml *x, int id, const char *descr) {
  iso_xml_start(x, "wp:docPr");
  iso_xml_attr_int(x, "id", id);
  iso_xml_attrf(x, "name", "Picture %d", id);
  if (descr && *descr)
    iso_xml_attr(x, "descr", descr);
  iso_xml_end(x);
}

static void pic(iso_xml *x, int rel, long long cx, long long cy, const char *name) {
  iso_xml_start(x, "pic:pic");
  iso_xml_start(x, "pic:nvPicPr");
  iso_xml_start(x, "pic:cNvPr");
  iso_xml_attr(x, "id", "0");
  iso_xml_attr(x, "name", name);
  iso_xml_end(x);
  iso_xml_empty(x, "pic:cNvPicPr");
  iso_xml_end(x);
  iso_xml_start(x, "pic:blipFill");
  iso_xml_start(x, "a:blip");
  iso_xml_attrf(x, "r:embed", "rId%d", rel);
  iso_xml_end(x);
  iso_xml_start(x, "a:stretch");
  iso_xml_empty(x, "a:fillRect");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_start(x, "pic:spPr");
  iso_xml_start(x, "a:xfrm");
  iso_xml_start(x, "a:off");
  iso_xml_attr(x, "x", "0");
  iso_xml_attr(x, "y", "0");
  iso_xml_end(x);
  extent(x, "a:ext", cx, cy);
  iso_xml_end(x);
  iso_xml_start(x, "a:prstGeom");
  iso_xml_attr(x, "prst", "rect");
  iso_xml_empty(x, "a:avLst");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_drawing(docx *c, iso_xml *x, int rel, long long cx, long long cy,
                  const char *name, const char *descr) {
  int id = c->next_docpr++;
  iso_xml_start(x, "w:r");
  iso_xml_start(x, "w:drawing");
  iso_xml_start(x, "wp:inline");
  iso_xml_attr(x, "distT", "0");
  iso_xml_attr(x, "distB", "0");
  iso_xml_attr(x, "distL", "0");
  iso_xml_attr(x, "distR", "0");
  extent(x, "wp:extent", cx, cy);
  iso_xml_start(x, "wp:effectExtent");
  iso_xml_attr(x, "l", "0");
  iso_xml_attr(x, "t", "0");
  iso_xml_attr(x, "r", "0");
  iso_xml_attr(x, "b", "0");
  iso_xml_end(x);
  doc_pr(x, id, descr);
  iso_xml_start(x, "wp:cNvGraphicFramePr");
  iso_xml_start(x, "a:graphicFrameLocks");
  iso_xml_attr(x, "noChangeAspect", "1");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_start(x, "a:graphic");
  iso_xml_start(x, "a:graphicData");
  iso_xml_attr(x, "uri", NS_PICTURE_URI);
  pic(x, rel, cx, cy, name);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_image(docx *c, iso_xml *x, const iso_node *img, int number) {
  const docx_media *m = docx_media_get(c, iso_node_get_image(img), img);
  if (!m)
    return;
  const iso_image_info *info = &m->img->info;
  int rel = docx_rel_add(c, &c->doc_rels, "image", m->name, 0);
  double w, h;
  double text_h = c->theme->page_height - c->theme->margin_top -
                  c->theme->margin_bottom;
  iso_pr_image_size(info, iso_node_get_width_pct(img), c->text_width / 20.0,
                    text_h * ISO_PR_IMAGE_MAX_SHARE, &w, &h);
  const char *caption = iso_node_get_caption(img);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", "Figure");
  iso_xml_end(x);
  docx_drawing(c, x, rel, DOCX_EMU(w), DOCX_EMU(h), m->name + 6, caption);
  iso_xml_end(x);
  if (number)
    docx_caption(c, x, 1, number, caption);
  else
    docx_spacer(x, 8);
}
