/* Heading numbers in ODT (`numbering: true`; the numbers are the
 * presentation layer's, src/present_number.c): the outline style numbers
 * every level 1, 1.1, 1.1.1 with a space after the number, so LibreOffice
 * numbers the headings itself and keeps doing so when the styles are
 * changed; the contents' own heading is a list header (not numbered, not
 * counted). Without numbering the outline style only ties Heading N to
 * level N. */
#include "odt.h"

int odt_numbered(const odt_ctx *c) { return iso_pr_numbering(c->m, c->t); }

void odt_outline_style(odt_ctx *c) {
  iso_xml *x = c->x;
  int on = odt_numbered(c);
  iso_xml_start(x, "text:outline-style");
  iso_xml_attr(x, "style:name", "Outline");
  for (int level = 1; level <= 10; level++) {
    iso_xml_start(x, "text:outline-level-style");
    iso_xml_attr_int(x, "text:level", level);
    iso_xml_attr(x, "style:num-format", on ? "1" : "");
    if (on) {
      iso_xml_attr_int(x, "text:display-levels", level);
      iso_xml_start(x, "style:list-level-properties");
      iso_xml_attr(x, "text:list-level-position-and-space-mode",
                   "label-alignment");
      iso_xml_start(x, "style:list-level-label-alignment");
      /* ISO_PR_NUMBER_SEP */
      iso_xml_attr(x, "text:label-followed-by", "space");
      iso_xml_attr(x, "fo:text-indent", "0cm");
      iso_xml_attr(x, "fo:margin-left", "0cm");
      iso_xml_end(x);
      iso_xml_end(x);
    }
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

void odt_heading_number(odt_ctx *c, const iso_node *n) {
  if (odt_numbered(c) && !iso_pr_heading_numbered(n))
    iso_xml_attr(c->x, "text:is-list-header", "true");
}
