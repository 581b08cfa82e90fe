/* word/document.xml: the title block, the sections, the approval block and
 * the last run's page set-up (docx_section.c). */
#include "docx.h"

static void body(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:body");
  docx_walk(c, x); /* the title block, the tree, the closing block */
  docx_sect_pr(c, x, c->landscape); /* the last run's (docx_section.c) */
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
