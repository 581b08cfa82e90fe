/* word/styles.xml: every look comes from a named style built from the theme,
 * so a customer restyles the whole document by editing styles. Built-in
 * styles use Word's own names ("heading 1", "toc 1", "caption") so Word and
 * LibreOffice treat them as their built-ins. Element order follows the XSD
 * sequences (CT_Style, CT_PPrBase, CT_RPr). */
#include <stdio.h>

#include "docx.h"
#include "present.h"

static void attr_long(iso_xml *x, const char *name, long v) {
  iso_xml_attr_int(x, name, v);
}

static void val(iso_xml *x, const char *name, const char *v) {
  iso_xml_empty_attr(x, name, "w:val", v);
}

static void val_long(iso_xml *x, const char *name, long v) {
  iso_xml_start(x, name);
  attr_long(x, "w:val", v);
  iso_xml_end(x);
}

static void fonts(iso_xml *x, const char *family) {
  iso_xml_start(x, "w:rFonts");
  iso_xml_attr(x, "w:ascii", family);
  iso_xml_attr(x, "w:hAnsi", family);
  iso_xml_attr(x, "w:eastAsia", family);
  iso_xml_attr(x, "w:cs", family);
  iso_xml_end(x);
}

static void size(iso_xml *x, double pt) {
  val_long(x, "w:sz", DOCX_HALFPT(pt));
  val_long(x, "w:szCs", DOCX_HALFPT(pt));
}

static void spacing(iso_xml *x, double before, double after, double line) {
  iso_xml_start(x, "w:spacing");
  attr_long(x, "w:before", DOCX_TWIPS(before));
  attr_long(x, "w:after", DOCX_TWIPS(after));
  if (line > 0) {
    attr_long(x, "w:line", (long)(line * 240 + 0.5));
    iso_xml_attr(x, "w:lineRule", "auto");
  }
  iso_xml_end(x);
}

/* Spacing with a line height of at least LINE points (the presentation
 * layer's line height). */
static void spacing_at_least(iso_xml *x, double before, double after,
                             double line) {
  iso_xml_start(x, "w:spacing");
  attr_long(x, "w:before", DOCX_TWIPS(before));
  attr_long(x, "w:after", DOCX_TWIPS(after));
  attr_long(x, "w:line", DOCX_TWIPS(line));
  iso_xml_attr(x, "w:lineRule", "atLeast");
  iso_xml_end(x);
}

/* The presentation layer's space of a paragraph role. */
static void role_spacing(docx *c, iso_xml *x, iso_pr_role role, int level) {
  iso_pr_para p = iso_pr_para_space(c->theme, role, level);
  spacing_at_least(x, p.before, p.after, p.line);
}

static void shading(iso_xml *x, const char *fill) {
  iso_xml_start(x, "w:shd");
  iso_xml_attr(x, "w:val", "clear");
  iso_xml_attr(x, "w:color", "auto");
  iso_xml_attr(x, "w:fill", fill);
  iso_xml_end(x);
}

static void border(iso_xml *x, const char *side, int eighths, const char *color,
                   int space) {
  iso_xml_start(x, side);
  iso_xml_attr(x, "w:val", "single");
  iso_xml_attr_int(x, "w:sz", eighths);
  iso_xml_attr_int(x, "w:space", space);
  iso_xml_attr(x, "w:color", color);
  iso_xml_end(x);
}

static void style_start(iso_xml *x, const char *type, const char *id,
                        const char *name, const char *based_on,
                        const char *next, int is_default) {
  iso_xml_start(x, "w:style");
  iso_xml_attr(x, "w:type", type);
  if (is_default)
    iso_xml_attr(x, "w:default", "1");
  iso_xml_attr(x, "w:styleId", id);
  val(x, "w:name", name);
  if (based_on)
    val(x, "w:basedOn", based_on);
  if (next)
    val(x, "w:next", next);
  iso_xml_empty(x, "w:qFormat");
}

static void doc_defaults(docx *c, iso_xml *x) {
  const iso_theme *t = c->theme;
  iso_xml_start(x, "w:docDefaults");
  iso_xml_start(x, "w:rPrDefault");
  iso_xml_start(x, "w:rPr");
  fonts(x, t->font_body);
  val(x, "w:color", t->color_text);
  size(x, t->size_body);
  iso_xml_start(x, "w:lang");
  iso_xml_attr(x, "w:val", iso_lang_tag(c->lang));
  iso_xml_attr(x, "w:eastAsia", iso_lang_tag(c->lang));
  iso_xml_attr(x, "w:bidi", "ar-SA");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_start(x, "w:pPrDefault");
  iso_xml_start(x, "w:pPr");
  role_spacing(c, x, ISO_PR_BODY, 0);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void normal(docx *c, iso_xml *x) {
  (void)c;
  style_start(x, "paragraph", "Normal", "Normal", NULL, NULL, 1);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:widowControl");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void title_style(docx *c, iso_xml *x, const char *id, double pt,
                        const char *color, int bold, double after) {
  style_start(x, "paragraph", id, id, "Normal", "Normal", 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  iso_xml_empty(x, "w:suppressAutoHyphens");
  spacing(x, 0, after, 1.0);
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  fonts(x, c->theme->font_heading);
  if (bold)
    iso_xml_empty(x, "w:b");
  val(x, "w:color", color);
  size(x, pt);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void heading(docx *c, iso_xml *x, int level) {
  char id[16], name[16];
  snprintf(id, sizeof id, "Heading%d", level);
  snprintf(name, sizeof name, "heading %d", level);
  double pt = c->theme->size_heading[level - 1];
  style_start(x, "paragraph", id, name, "Normal", "Normal", 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  iso_xml_empty(x, "w:keepLines");
  docx_heading_numpr(c, x, level);
  iso_pr_para p = iso_pr_para_space(c->theme, ISO_PR_HEADING, level);
  if (p.rule > 0) { /* the chapter rule: the border is below the space */
    iso_xml_start(x, "w:pBdr");
    border(x, "w:bottom", (int)(p.rule * 8 + 0.5), c->theme->color_accent,
           (int)(p.rule_gap + 0.5));
    iso_xml_end(x);
  }
  iso_xml_empty(x, "w:suppressAutoHyphens"); /* as the PDF's headings */
  role_spacing(c, x, ISO_PR_HEADING, level);
  val_long(x, "w:outlineLvl", level - 1);
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  fonts(x, c->theme->font_heading);
  iso_xml_empty(x, "w:b");
  iso_xml_empty(x, "w:bCs");
  if (level >= 5)
    iso_xml_empty(x, "w:i");
  val(x, "w:color", c->theme->color_heading);
  size(x, pt);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void toc_styles(docx *c, iso_xml *x) {
  style_start(x, "paragraph", "TOCHeading", "TOC Heading", "Normal", "Normal", 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  iso_xml_empty(x, "w:suppressAutoHyphens");
  role_spacing(c, x, ISO_PR_TOC_TITLE, 1);
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  fonts(x, c->theme->font_heading);
  iso_xml_empty(x, "w:b");
  val(x, "w:color", c->theme->color_heading);
  size(x, c->theme->size_heading[0]);
  iso_xml_end(x);
  iso_xml_end(x);
  for (int level = 1; level <= 3; level++) {
    char id[8], name[8];
    snprintf(id, sizeof id, "TOC%d", level);
    snprintf(name, sizeof name, "toc %d", level);
    style_start(x, "paragraph", id, name, "Normal", "Normal", 0);
    iso_xml_start(x, "w:pPr");
    iso_xml_start(x, "w:tabs");
    iso_xml_start(x, "w:tab");
    iso_xml_attr(x, "w:val", "right");
    iso_xml_attr(x, "w:leader", "dot");
    attr_long(x, "w:pos", c->text_width);
    iso_xml_end(x);
    iso_xml_end(x);
    role_spacing(c, x, ISO_PR_TOC_ENTRY, level);
    iso_xml_start(x, "w:ind");
    attr_long(x, "w:left", (level - 1) * 240L);
    iso_xml_end(x);
    iso_xml_end(x);
    if (level == 1) {
      iso_xml_start(x, "w:rPr");
      iso_xml_empty(x, "w:b");
      iso_xml_end(x);
    }
    iso_xml_end(x);
  }
}

static void list_style(docx *c, iso_xml *x, const char *id, const char *name,
                       int num_id) {
  style_start(x, "paragraph", id, name, "Normal", NULL, 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:numPr");
  val_long(x, "w:numId", num_id);
  iso_xml_end(x);
  role_spacing(c, x, ISO_PR_LIST_ITEM, 0);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void list_continue(docx *c, iso_xml *x) {
  style_start(x, "paragraph", "ListContinue", "List Continue", "Normal", NULL, 0);
  iso_xml_start(x, "w:pPr");
  role_spacing(c, x, ISO_PR_LIST_ITEM, 0);
  iso_xml_start(x, "w:ind");
  iso_xml_attr(x, "w:left", "360");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void caption(docx *c, iso_xml *x) {
  style_start(x, "paragraph", "Caption", "caption", "Normal", "Normal", 0);
  iso_xml_start(x, "w:pPr");
  role_spacing(c, x, ISO_PR_CAPTION, 0);
  iso_xml_end(x);
  /* upright in the text colour; the runs make the label bold and the text
   * italic (present.h) */
  iso_xml_start(x, "w:rPr");
  val(x, "w:color", c->theme->color_text);
  size(x, iso_pr_caption_size(c->theme));
  iso_xml_end(x);
  iso_xml_end(x);
}

static void figure(iso_xml *x) {
  style_start(x, "paragraph", "Figure", "Figure", "Normal", "Caption", 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  spacing(x, 6, 0, 1.0);
  val(x, "w:jc", "center");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void code_block(docx *c, iso_xml *x) {
  const char *b = c->theme->color_table_border;
  style_start(x, "paragraph", "CodeBlock", "Code Block", "Normal", "Normal", 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:pBdr");
  border(x, "w:top", 4, b, 4);
  border(x, "w:left", 4, b, 4);
  border(x, "w:bottom", 4, b, 4);
  border(x, "w:right", 4, b, 4);
  iso_xml_end(x);
  shading(x, "F5F5F5");
  iso_xml_empty(x, "w:suppressAutoHyphens"); /* code: never hyphenated */
  spacing(x, 3, 9, 1.0);
  iso_xml_start(x, "w:ind");
  iso_xml_attr(x, "w:left", "113");
  iso_xml_attr(x, "w:right", "113");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  fonts(x, c->theme->font_mono);
  iso_xml_empty(x, "w:noProof");
  size(x, c->theme->size_code);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* Call-outs: bordered, shaded paragraphs. Consecutive paragraphs with the
 * same borders merge into one box in Word and LibreOffice. */
static void callout(docx *c, iso_xml *x, const char *id, iso_callout_kind k) {
  iso_pr_callout s = iso_pr_callout_style(c->theme, c->lang, k);
  iso_pr_box b = iso_pr_callout_box(c->theme);
  char title_id[24], title_name[24];
  style_start(x, "paragraph", id, id, "Normal", id, 0);
  iso_xml_start(x, "w:pPr");
  /* the bar at the left; borders in the fill colour elsewhere only give the
   * box its padding (w:space), drawn inside the indents */
  iso_xml_start(x, "w:pBdr");
  border(x, "w:top", 4, s.fill, (int)(b.pad_top + 0.5));
  border(x, "w:left", (int)(ISO_PR_CALLOUT_BAR * 8), s.bar, (int)(b.pad_left + 0.5));
  border(x, "w:bottom", 4, s.fill, (int)(b.pad_bottom + 0.5));
  border(x, "w:right", 4, s.fill, (int)(b.pad_right + 0.5));
  iso_xml_end(x);
  shading(x, s.fill);
  spacing_at_least(x, 0, b.para_after, iso_pr_line_height(c->theme, c->theme->size_body));
  iso_xml_start(x, "w:ind");
  attr_long(x, "w:left", DOCX_TWIPS(ISO_PR_CALLOUT_BAR + b.pad_left));
  attr_long(x, "w:right", DOCX_TWIPS(b.pad_right));
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
  snprintf(title_id, sizeof title_id, "%sTitle", id);
  snprintf(title_name, sizeof title_name, "%s Title", id);
  style_start(x, "paragraph", title_id, title_name, id, id, 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  spacing_at_least(x, b.before, b.title_after,
                   iso_pr_line_height(c->theme, c->theme->size_body));
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  iso_xml_empty(x, "w:b");
  iso_xml_empty(x, "w:bCs");
  val(x, "w:color", c->theme->color_heading);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* The label over a principles block (iso_pr_principles_label): bold, in
 * the heading colour, kept with its list. */
static void principles_title(docx *c, iso_xml *x) {
  style_start(x, "paragraph", "PrinciplesTitle", "Principles Title", "Normal",
              "Normal", 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  spacing(x, c->theme->space_before + 3, 3, 0);
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  fonts(x, c->theme->font_heading);
  iso_xml_empty(x, "w:b");
  iso_xml_empty(x, "w:bCs");
  val(x, "w:color", c->theme->color_heading);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void table_paragraphs(docx *c, iso_xml *x) {
  style_start(x, "paragraph", "TableText", "Table Text", "Normal", NULL, 0);
  iso_xml_start(x, "w:pPr");
  spacing_at_least(x, 0, 0, iso_pr_line_height(c->theme, iso_pr_table_size(c->theme)));
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  size(x, iso_pr_table_size(c->theme));
  iso_xml_end(x);
  iso_xml_end(x);
  style_start(x, "paragraph", "TableHeading", "Table Heading", "TableText", NULL, 0);
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  iso_xml_empty(x, "w:b");
  iso_xml_empty(x, "w:bCs");
  val(x, "w:color", c->theme->color_heading);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void header_footer(docx *c, iso_xml *x, const char *id, const char *name,
                          int top_border) {
  style_start(x, "paragraph", id, name, "Normal", NULL, 0);
  iso_xml_start(x, "w:pPr");
  if (top_border) {
    iso_xml_start(x, "w:pBdr");
    border(x, "w:top", 4, c->theme->color_table_border, 4);
    iso_xml_end(x);
  } else {
    iso_xml_start(x, "w:pBdr");
    border(x, "w:bottom", 4, c->theme->color_table_border, 4);
    iso_xml_end(x);
  }
  iso_xml_start(x, "w:tabs");
  iso_xml_start(x, "w:tab");
  iso_xml_attr(x, "w:val", "right");
  attr_long(x, "w:pos", c->text_width);
  iso_xml_end(x);
  iso_xml_end(x);
  spacing(x, 0, 0, 1.0);
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  val(x, "w:color", ISO_PR_FURNITURE_COLOR); /* as in every format */
  size(x, c->theme->size_small);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void char_style(iso_xml *x, const char *id, const char *name) {
  iso_xml_start(x, "w:style");
  iso_xml_attr(x, "w:type", "character");
  iso_xml_attr(x, "w:styleId", id);
  val(x, "w:name", name);
  iso_xml_empty(x, "w:qFormat");
}

static void char_styles(docx *c, iso_xml *x) {
  char_style(x, "Hyperlink", "Hyperlink");
  iso_xml_start(x, "w:rPr");
  val(x, "w:color", c->theme->color_link);
  val(x, "w:u", "single");
  iso_xml_end(x);
  iso_xml_end(x);
  char_style(x, "InlineCode", "Inline Code");
  iso_xml_start(x, "w:rPr");
  fonts(x, c->theme->font_mono);
  iso_xml_empty(x, "w:noProof");
  size(x, c->theme->size_code);
  shading(x, "F2F2F2");
  iso_xml_end(x);
  iso_xml_end(x);
  char_style(x, "StatusMark", "Status Mark");
  iso_xml_start(x, "w:rPr");
  iso_xml_empty(x, "w:b");
  iso_xml_empty(x, "w:bCs");
  val(x, "w:color", c->theme->color_draft);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* the cell rule in eighths of a point */
#define RULE ((int)(ISO_PR_CELL_RULE * 8))

static void cell_margins(iso_xml *x) {
  static const char *const sides[] = {"w:top", "w:left", "w:bottom", "w:right"};
  iso_xml_start(x, "w:tblCellMar");
  for (int i = 0; i < 4; i++) {
    iso_xml_start(x, sides[i]);
    iso_xml_attr_int(x, "w:w", DOCX_TWIPS(ISO_PR_CELL_PAD));
    iso_xml_attr(x, "w:type", "dxa");
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

static void table_normal(iso_xml *x) {
  iso_xml_start(x, "w:style");
  iso_xml_attr(x, "w:type", "table");
  iso_xml_attr(x, "w:default", "1");
  iso_xml_attr(x, "w:styleId", "TableNormal");
  val(x, "w:name", "Normal Table");
  iso_xml_empty(x, "w:semiHidden");
  iso_xml_start(x, "w:tblPr");
  iso_xml_start(x, "w:tblInd");
  iso_xml_attr(x, "w:w", "0");
  iso_xml_attr(x, "w:type", "dxa");
  iso_xml_end(x);
  cell_margins(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* The conditional look of the header row (firstRow) or label column
 * (firstCol); tblLook on each table chooses which applies. */
static void table_cond(docx *c, iso_xml *x, const char *type) {
  iso_xml_start(x, "w:tblStylePr");
  iso_xml_attr(x, "w:type", type);
  iso_xml_start(x, "w:rPr");
  iso_xml_empty(x, "w:b");
  iso_xml_end(x);
  iso_xml_start(x, "w:tcPr");
  shading(x, c->theme->color_table_header);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void table_style(docx *c, iso_xml *x) {
  const char *b = c->theme->color_table_border;
  iso_xml_start(x, "w:style");
  iso_xml_attr(x, "w:type", "table");
  iso_xml_attr(x, "w:styleId", "IsmsTable");
  val(x, "w:name", "ISMS Table");
  val(x, "w:basedOn", "TableNormal");
  iso_xml_empty(x, "w:qFormat");
  iso_xml_start(x, "w:pPr");
  spacing(x, 0, 0, 1.0);
  iso_xml_end(x);
  iso_xml_start(x, "w:tblPr");
  iso_xml_start(x, "w:tblBorders");
  border(x, "w:top", RULE, b, 0);
  border(x, "w:left", RULE, b, 0);
  border(x, "w:bottom", RULE, b, 0);
  border(x, "w:right", RULE, b, 0);
  border(x, "w:insideH", RULE, b, 0);
  border(x, "w:insideV", RULE, b, 0);
  iso_xml_end(x);
  cell_margins(x);
  iso_xml_end(x);
  table_cond(c, x, "firstRow");
  table_cond(c, x, "firstCol");
  iso_xml_end(x);
}

void docx_part_styles(docx *c, iso_xml *x) {
  const iso_theme *t = c->theme;
  iso_xml_start(x, "w:styles");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  iso_xml_attr(x, "xmlns:r", DOCX_NS_R);
  doc_defaults(c, x);
  normal(c, x);
  title_style(c, x, "Title", t->size_title, t->color_heading, 1, 6);
  title_style(c, x, "Subtitle", t->size_subtitle, t->color_accent, 0, 12);
  for (int level = 1; level <= 6; level++)
    heading(c, x, level);
  docx_unnumbered_styles(c, x);
  toc_styles(c, x);
  list_style(c, x, "ListBullet", "List Bullet", DOCX_NUM_BULLET_BASE);
  list_style(c, x, "ListNumber", "List Number", DOCX_NUM_ORDERED_BASE);
  list_continue(c, x);
  caption(c, x);
  figure(x);
  code_block(c, x);
  callout(c, x, "Note", ISO_CALLOUT_NOTE);
  callout(c, x, "Tip", ISO_CALLOUT_TIP);
  callout(c, x, "Warning", ISO_CALLOUT_WARNING);
  principles_title(c, x);
  table_paragraphs(c, x);
  header_footer(c, x, "Header", "header", 0);
  header_footer(c, x, "Footer", "footer", 1);
  char_styles(c, x);
  table_normal(x);
  table_style(c, x);
  iso_xml_end(x);
}
