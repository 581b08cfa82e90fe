/* word/fontTable.xml: the theme's three families, so Word substitutes
 * sensibly where they are not installed (Liberation Sans ~ Arial). */
#include <string.h>

#include "docx.h"

static void font(iso_xml *x, const char *name, int mono) {
  iso_xml_start(x, "w:font");
  iso_xml_attr(x, "w:name", name);
  iso_xml_empty_attr(x, "w:charset", "w:val", "00");
  iso_xml_empty_attr(x, "w:family", "w:val", mono ? "modern" : "swiss");
  iso_xml_empty_attr(x, "w:pitch", "w:val", mono ? "fixed" : "variable");
  iso_xml_end(x);
}

void docx_part_font_table(docx *c, iso_xml *x) {
  const iso_theme *t = c->theme;
  iso_xml_start(x, "w:fonts");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  font(x, t->font_body, 0);
  if (strcmp(t->font_heading, t->font_body) != 0)
    font(x, t->font_heading, 0);
  if (strcmp(t->font_mono, t->font_body) != 0 &&
      strcmp(t->font_mono, t->font_heading) != 0)
    font(x, t->font_mono, 1);
  iso_xml_end(x);
}
