/* word/numbering.xml: one abstract definition for bullets and one for
 * numbers, then a w:num per list so every list restarts (startOverride at
 * the list's own level). numIds 1 and 2 are what the List Bullet and List
 * Number styles point at. */
#include <stdio.h>

#include "docx.h"
#include "present.h"

static void val(iso_xml *x, const char *name, const char *v) {
  iso_xml_empty_attr(x, name, "w:val", v);
}

static void val_int(iso_xml *x, const char *name, long v) {
  iso_xml_start(x, name);
  iso_xml_attr_int(x, "w:val", v);
  iso_xml_end(x);
}

/* w:numFmt of the presentation layer's schemes */
static const char *num_fmt(int ordered, int ilvl) {
  switch (iso_pr_list_format(ordered, ilvl)) {
  case ISO_PR_NUM_DECIMAL:
    return "decimal";
  case ISO_PR_NUM_LOWER_ALPHA:
    return "lowerLetter";
  case ISO_PR_NUM_LOWER_ROMAN:
    return "lowerRoman";
  default:
    return "bullet";
  }
}

static void level(docx *c, iso_xml *x, int ordered, int ilvl) {
  char text[16];
  iso_xml_start(x, "w:lvl");
  iso_xml_attr_int(x, "w:ilvl", ilvl);
  val_int(x, "w:start", 1);
  val(x, "w:numFmt", num_fmt(ordered, ilvl));
  if (ordered)
    snprintf(text, sizeof text, "%%%d%s", ilvl + 1, ISO_PR_NUM_SUFFIX);
  else
    snprintf(text, sizeof text, "%s", iso_pr_bullet(ilvl));
  val(x, "w:lvlText", text);
  val(x, "w:lvlJc", "left");
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:ind");
  iso_xml_attr_int(x, "w:left", DOCX_TWIPS(ISO_PR_LIST_INDENT) * (ilvl + 1));
  iso_xml_attr_int(x, "w:hanging", DOCX_TWIPS(ISO_PR_LIST_INDENT));
  iso_xml_end(x);
  iso_xml_end(x);
  if (!ordered) {
    /* the bullet glyphs are in the body font (Liberation, Arial have them) */
    iso_xml_start(x, "w:rPr");
    iso_xml_start(x, "w:rFonts");
    iso_xml_attr(x, "w:ascii", c->theme->font_body);
    iso_xml_attr(x, "w:hAnsi", c->theme->font_body);
    iso_xml_attr(x, "w:hint", "default");
    iso_xml_end(x);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

static void abstract_num(docx *c, iso_xml *x, int id, int ordered) {
  char nsid[16];
  iso_xml_start(x, "w:abstractNum");
  iso_xml_attr_int(x, "w:abstractNumId", id);
  /* a fixed nsid: Word uses it to tell definitions apart when pasting */
  snprintf(nsid, sizeof nsid, "%08X", 0x1500A000u + (unsigned)id);
  val(x, "w:nsid", nsid);
  val(x, "w:multiLevelType", "hybridMultilevel");
  val(x, "w:name", ordered ? "ISMS Numbers" : "ISMS Bullets");
  for (int i = 0; i < DOCX_LIST_LEVELS; i++)
    level(c, x, ordered, i);
  iso_xml_end(x);
}

static void num(iso_xml *x, int id, int abstract, int ilvl, int start) {
  iso_xml_start(x, "w:num");
  iso_xml_attr_int(x, "w:numId", id);
  val_int(x, "w:abstractNumId", abstract);
  if (ilvl >= 0) {
    iso_xml_start(x, "w:lvlOverride");
    iso_xml_attr_int(x, "w:ilvl", ilvl);
    val_int(x, "w:startOverride", start);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

void docx_part_numbering(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:numbering");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  abstract_num(c, x, DOCX_ABSTRACT_BULLET, 0);
  abstract_num(c, x, DOCX_ABSTRACT_ORDERED, 1);
  docx_heading_abstract(c, x);
  num(x, DOCX_NUM_BULLET_BASE, DOCX_ABSTRACT_BULLET, -1, 0);
  num(x, DOCX_NUM_ORDERED_BASE, DOCX_ABSTRACT_ORDERED, -1, 0);
  for (size_t i = 0; i < c->n_nums; i++) {
    const docx_num *n = &c->nums[i];
    num(x, DOCX_NUM_FIRST + (int)i,
        n->ordered ? DOCX_ABSTRACT_ORDERED : DOCX_ABSTRACT_BULLET, n->level,
        n->start > 0 ? n->start : 1);
  }
  docx_heading_num(c, x);
  iso_xml_end(x);
}
