/* Heading numbers in DOCX (`numbering: true`; the numbers themselves are
 * the presentation layer's, src/present_number.c): a multilevel list bound
 * to the heading styles, so Word and LibreOffice number every Heading N
 * paragraph themselves, a customer restyling the document keeps the
 * numbering, and the contents (whose cached entries carry the numbers)
 * match them when Word refreshes it. The contents' own heading has a style
 * of its own that turns the list off. */
#include <stdio.h>

#include "docx.h"
#include "present.h"

#define ABSTRACT_HEADING 2

static void val_int(iso_xml *x, const char *name, const char *attr, long v) {
  iso_xml_start(x, name);
  iso_xml_attr_int(x, attr, v);
  iso_xml_end(x);
}

int docx_numbered(const docx *c) {
  return iso_pr_numbering(c->meta, c->theme);
}

void docx_heading_style(const docx *c, const iso_node *n, int level,
                        char out[32]) {
  if (n && docx_numbered(c) && !iso_pr_heading_numbered(n))
    snprintf(out, 32, "Heading%dUnnumbered", level);
  else
    snprintf(out, 32, "Heading%d", level);
}

/* In a heading style's w:pPr, after w:keepLines. */
void docx_heading_numpr(const docx *c, iso_xml *x, int level) {
  if (!docx_numbered(c))
    return;
  iso_xml_start(x, "w:numPr");
  if (level > 1)
    val_int(x, "w:ilvl", "w:val", level - 1);
  val_int(x, "w:numId", "w:val", DOCX_NUM_HEADING);
  iso_xml_end(x);
}

void docx_unnumbered_styles(const docx *c, iso_xml *x) {
  if (!docx_numbered(c))
    return;
  for (int level = 1; level <= 6; level++) {
    char id[32], name[32], base[16];
    snprintf(id, sizeof id, "Heading%dUnnumbered", level);
    snprintf(name, sizeof name, "Heading %d Unnumbered", level);
    snprintf(base, sizeof base, "Heading%d", level);
    iso_xml_start(x, "w:style");
    iso_xml_attr(x, "w:type", "paragraph");
    iso_xml_attr(x, "w:customStyle", "1");
    iso_xml_attr(x, "w:styleId", id);
    iso_xml_empty_attr(x, "w:name", "w:val", name);
    iso_xml_empty_attr(x, "w:basedOn", "w:val", base);
    iso_xml_empty_attr(x, "w:next", "w:val", "Normal");
    iso_xml_start(x, "w:pPr");
    iso_xml_start(x, "w:numPr");
    val_int(x, "w:numId", "w:val", 0);
    iso_xml_end(x);
    iso_xml_end(x);
    iso_xml_end(x);
  }
}

static void level(iso_xml *x, int ilvl) {
  char text[40] = "";
  size_t n = 0;
  for (int i = 0; i <= ilvl; i++)
    n += (size_t)snprintf(text + n, sizeof text - n, i ? ".%%%d" : "%%%d", i + 1);
  char style[16];
  snprintf(style, sizeof style, "Heading%d", ilvl + 1);
  iso_xml_start(x, "w:lvl");
  iso_xml_attr_int(x, "w:ilvl", ilvl);
  val_int(x, "w:start", "w:val", 1);
  iso_xml_empty_attr(x, "w:numFmt", "w:val", "decimal");
  if (ilvl < 6) /* Heading 1 to 6; the last three levels Word requires */
    iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  /* "1.2 Scope": the number, a space (ISO_PR_NUMBER_SEP), the text */
  iso_xml_empty_attr(x, "w:suff", "w:val", "space");
  iso_xml_empty_attr(x, "w:lvlText", "w:val", text);
  iso_xml_empty_attr(x, "w:lvlJc", "w:val", "left");
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:ind");
  iso_xml_attr(x, "w:left", "0");
  iso_xml_attr(x, "w:firstLine", "0");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_heading_abstract(const docx *c, iso_xml *x) {
  if (!docx_numbered(c))
    return;
  iso_xml_start(x, "w:abstractNum");
  iso_xml_attr_int(x, "w:abstractNumId", ABSTRACT_HEADING);
  iso_xml_empty_attr(x, "w:nsid", "w:val", "1500A0FF");
  iso_xml_empty_attr(x, "w:multiLevelType", "w:val", "multilevel");
  iso_xml_empty_attr(x, "w:name", "w:val", "ISMS Headings");
  for (int i = 0; i < 9; i++) /* Word wants all nine levels */
    level(x, i);
  iso_xml_end(x);
}

void docx_heading_num(const docx *c, iso_xml *x) {
  if (!docx_numbered(c))
    return;
  iso_xml_start(x, "w:num");
  iso_xml_attr_int(x, "w:numId", DOCX_NUM_HEADING);
  val_int(x, "w:abstractNumId", "w:val", ABSTRACT_HEADING);
  iso_xml_end(x);
}
