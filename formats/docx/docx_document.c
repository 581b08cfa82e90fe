/* word/document.xml: the title block, the sections, the approval block and
 * the page set-up (sectPr) from the theme. */
#include "docx.h"

static void page_size(docx *c, iso_xml *x) {
  const iso_theme *t = c->theme;
  iso_xml_start(x, "w:pgSz");
  iso_xml_attrf(x, "w:w", "%ld", DOCX_TWIPS(t->page_width));
  iso_xml_attrf(x, "w:h", "%ld", DOCX_TWIPS(t->page_height));
  if (t->page_width > t->page_height)
    iso_xml_attr(x, "w:orient", "landscape");
  iso_xml_end(x);
}

static void page_margins(docx *c, iso_xml *x) {
  const iso_theme *t = c->theme;
  /* header and footer sit in the middle of their margins */
  iso_xml_start(x, "w:pgMar");
  iso_xml_attrf(x, "w:top", "%ld", DOCX_TWIPS(t->margin_top));
  iso_xml_attrf(x, "w:right", "%ld", DOCX_TWIPS(t->margin_right));
  iso_xml_attrf(x, "w:bottom", "%ld", DOCX_TWIPS(t->margin_bottom));
  iso_xml_attrf(x, "w:left", "%ld", DOCX_TWIPS(t->margin_left));
  iso_xml_attrf(x, "w:header", "%ld", DOCX_TWIPS(t->margin_top / 2));
  iso_xml_attrf(x, "w:footer", "%ld", DOCX_TWIPS(t->margin_bottom / 3));
  iso_xml_attr(x, "w:gutter", "0");
  iso_xml_end(x);
}

static void hdr_ftr_ref(iso_xml *x, const char *name, int rel) {
  iso_xml_start(x, name);
  iso_xml_attr(x, "w:type", "default");
  iso_xml_attrf(x, "r:id", "rId%d", rel);
  iso_xml_end(x);
}

static void sect_pr(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:sectPr");
  hdr_ftr_ref(x, "w:headerReference", 5); /* see fixed_rels */
  hdr_ftr_ref(x, "w:footerReference", 6);
  page_size(c, x);
  page_margins(c, x);
  iso_xml_empty_attr(x, "w:cols", "w:space", "708");
  iso_xml_end(x);
}

static void body(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:body");
  docx_walk(c, x); /* the title block, the tree, the closing block */
  sect_pr(c, x);
  iso_xml_end(x);
}

void docx_part_document(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:document");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  iso_xml_attr(x, "xmlns:r", DOCX_NS_R);
  iso_xml_attr(x, "xmlns:wp", DOCX_NS_WP);
  iso_xml_attr(x, "xmlns:a", DOCX_NS_A);
  iso_xml_attr(x, "xmlns:pic", DOCX_NS_PIC);
  body(c, x);
  iso_xml_end(x);
}
