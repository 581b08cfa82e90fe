/* word/header1.xml, on every page: the presentation layer's header items,
 * the right ones at the Header style's right tab. */
#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

static void logo(docx *c, iso_xml *x, const iso_image *img) {
  const iso_meta *m = c->meta;
  const docx_media *media = docx_media_get(c, img, c->doc);
  if (!media)
    return;
  int rel = docx_rel_add(c, &c->hdr_rels, "image", media->name, 0);
  double w, h;
  iso_pr_logo_box(img, c->text_width / 20.0, &w, &h);
  docx_drawing(c, x, rel, DOCX_EMU(w), DOCX_EMU(h), media->name + 6,
               m->organization ? m->organization : "logo");
}

/* The items and their order come from the presentation layer (the same in
 * every format): logo and "Organisation · Title" left; classification and
 * status mark right. */
static void items(docx *c, iso_xml *x) {
  iso_pr_header h;
  if (iso_pr_header_items(c->meta, c->theme, &h)) {
    c->failed = 1;
    return;
  }
  if (h.logo) {
    logo(c, x, h.logo_image);
    docx_run(x, "  ", plain);
  }
  docx_run(x, h.left, plain);
  iso_xml_start(x, "w:r");
  iso_xml_empty(x, "w:tab");
  iso_xml_end(x);
  if (h.classification)
    docx_run(x, h.classification, plain);
  if (h.mark) {
    docx_rpr r = {0, 0, "StatusMark"};
    if (h.classification)
      docx_run(x, ISO_PR_SEP, plain);
    docx_run(x, h.mark, r);
  }
  iso_pr_header_free(&h);
}

void docx_part_header(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:hdr");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  iso_xml_attr(x, "xmlns:r", DOCX_NS_R);
  iso_xml_attr(x, "xmlns:wp", DOCX_NS_WP);
  iso_xml_attr(x, "xmlns:a", DOCX_NS_A);
  iso_xml_attr(x, "xmlns:pic", DOCX_NS_PIC);
  iso_xml_start(x, "w:p");
  docx_furniture_ppr(c, x, "Header");
  docx_watermark(c, x);
  items(c, x);
  iso_xml_end(x);
  iso_xml_end(x);
}
