/* styles.xml: the named styles a user restyles in LibreOffice (paragraph,
 * text, graphic and list styles), then the page layout and master page.
 * Values come from the theme. */
#include <stdio.h>
#include <string.h>

#include "odt.h"
#include "orient.h"

void odt_font_face_decls(odt_ctx *c) {
  iso_xml *x = c->x;
  const char *fonts[3] = {c->t->font_body, c->t->font_heading, c->t->font_mono};
  const char *generic[3] = {"swiss", "swiss", "modern"};
  iso_xml_start(x, "office:font-face-decls");
  for (int i = 0; i < 3; i++) {
    int dup = 0;
    for (int j = 0; j < i; j++)
      dup |= fonts[j] && fonts[i] && strcmp(fonts[i], fonts[j]) == 0;
    if (dup || !fonts[i] || !*fonts[i])
      continue;
    iso_xml_start(x, "style:font-face");
    iso_xml_attr(x, "style:name", fonts[i]);
    odt_attr_font_family(x, "svg:font-family", fonts[i]);
    iso_xml_attr(x, "style:font-family-generic", generic[i]);
    iso_xml_attr(x, "style:font-pitch", i == 2 ? "fixed" : "variable");
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

/* ---- building blocks ---------------------------------------------- */

static void style_start(iso_xml *x, const char *family, const char *name,
                        const char *display, const char *parent) {
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  if (display)
    iso_xml_attr(x, "style:display-name", display);
  iso_xml_attr(x, "style:family", family);
  if (parent)
    iso_xml_attr(x, "style:parent-style-name", parent);
}

static void text_font_attrs(odt_ctx *c, const char *font, double size,
                            const char *color, int bold, int italic) {
  iso_xml *x = c->x;
  if (font)
    iso_xml_attr(x, "style:font-name", font);
  if (size > 0)
    odt_attr_len(x, "fo:font-size", size);
  if (color)
    odt_attr_color(x, "fo:color", color);
  if (bold)
    iso_xml_attr(x, "fo:font-weight", bold > 0 ? "bold" : "normal");
  if (italic)
    iso_xml_attr(x, "fo:font-style", italic > 0 ? "italic" : "normal");
}

static void text_font(odt_ctx *c, const char *font, double size, const char *color,
                      int bold, int italic) {
  iso_xml_start(c->x, "style:text-properties");
  text_font_attrs(c, font, size, color, bold, italic);
  iso_xml_end(c->x);
}

/* Headings and code: never hyphenated, as in the PDF. */
static void text_font_whole_words(odt_ctx *c, const char *font, double size,
                                  const char *color, int bold, int italic) {
  iso_xml_start(c->x, "style:text-properties");
  text_font_attrs(c, font, size, color, bold, italic);
  iso_xml_attr(c->x, "fo:hyphenate", "false");
  iso_xml_end(c->x);
}

static void para_spacing(iso_xml *x, double before, double after) {
  odt_attr_len(x, "fo:margin-top", before);
  odt_attr_len(x, "fo:margin-bottom", after);
}

/* The presentation layer's space of a paragraph role, with its line height
 * as a minimum and, for chapter headings, the rule below. */
static void role_spacing(odt_ctx *c, iso_pr_role role, int level) {
  iso_xml *x = c->x;
  iso_pr_para p = iso_pr_para_space(c->t, role, level);
  para_spacing(x, p.before, p.after);
  odt_attr_len(x, "style:line-height-at-least", p.line);
  if (p.rule > 0) {
    char b[64], w[32];
    odt_len(w, p.rule);
    snprintf(b, sizeof b, "%s solid #%.6s", w, c->t->color_accent);
    iso_xml_attr(x, "fo:border-bottom", b);
    odt_attr_len(x, "fo:padding-bottom", p.rule_gap);
  }
}

/* ---- default and paragraph styles ---------------------------------- */

static void default_paragraph_style(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:default-style");
  iso_xml_attr(x, "style:family", "paragraph");
  iso_xml_start(x, "style:paragraph-properties");
  iso_xml_attr(x, "fo:hyphenation-ladder-count", "no-limit");
  iso_xml_attr(x, "style:writing-mode", "lr-tb");
  iso_xml_end(x);
  iso_xml_start(x, "style:text-properties");
  iso_xml_attr(x, "style:font-name", c->t->font_body);
  odt_attr_len(x, "fo:font-size", c->t->size_body);
  const char *tag = iso_lang_tag(c->lang); /* "fi-FI" */
  char lang[3] = {tag[0], tag[1], 0};
  iso_xml_attr(x, "fo:language", lang);
  iso_xml_attr(x, "fo:country", tag + 3);
  /* hyphenation as the PDF's (src/layout/layout.c): LibreOffice's default
   * two characters each side (English patterns keep three at the end) */
  iso_xml_attr(x, "fo:hyphenate", "true");
  iso_xml_attr(x, "fo:hyphenation-remain-char-count", "2");
  iso_xml_attr(x, "fo:hyphenation-push-char-count", "2");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void default_table_style(odt_ctx *c) {
  iso_xml_start(c->x, "style:default-style");
  iso_xml_attr(c->x, "style:family", "table");
  iso_xml_start(c->x, "style:table-properties");
  iso_xml_attr(c->x, "table:border-model", "collapsing");
  iso_xml_end(c->x);
  iso_xml_end(c->x);
}

static void standard_style(odt_ctx *c) {
  style_start(c->x, "paragraph", "Standard", NULL, NULL);
  iso_xml_attr(c->x, "style:class", "text");
  text_font(c, c->t->font_body, c->t->size_body, c->t->color_text, 0, 0);
  iso_xml_end(c->x);
}

static void text_body_style(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", ODT_TEXT_BODY, "Text body", "Standard");
  iso_xml_attr(x, "style:class", "text");
  iso_xml_start(x, "style:paragraph-properties");
  role_spacing(c, ISO_PR_BODY, 0);
  iso_xml_attr(x, "fo:orphans", "2");
  iso_xml_attr(x, "fo:widows", "2");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void list_paragraph_style(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", ODT_LIST_PARA, NULL, ODT_TEXT_BODY);
  iso_xml_attr(x, "style:class", "list");
  iso_xml_start(x, "style:paragraph-properties");
  role_spacing(c, ISO_PR_LIST_ITEM, 0);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void heading_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", "Heading", NULL, "Standard");
  iso_xml_attr(x, "style:next-style-name", ODT_TEXT_BODY);
  iso_xml_attr(x, "style:class", "text");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, c->t->size_body * 1.2, c->t->space_after);
  iso_xml_attr(x, "fo:keep-with-next", "always");
  iso_xml_end(x);
  text_font_whole_words(c, c->t->font_heading, 0, c->t->color_heading, 1, 0);
  iso_xml_end(x);
  for (int i = 1; i <= 6; i++) {
    char name[32], display[32];
    snprintf(name, sizeof name, "Heading_20_%d", i);
    snprintf(display, sizeof display, "Heading %d", i);
    style_start(x, "paragraph", name, display, "Heading");
    iso_xml_attr(x, "style:next-style-name", ODT_TEXT_BODY);
    iso_xml_attr_int(x, "style:default-outline-level", i);
    iso_xml_attr(x, "style:class", "text");
    iso_xml_start(x, "style:paragraph-properties");
    role_spacing(c, ISO_PR_HEADING, i);
    iso_xml_end(x);
    text_font(c, NULL, c->t->size_heading[i - 1], NULL, 0, i >= 5 ? 1 : 0);
    iso_xml_end(x);
  }
}

static void title_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", "Title", NULL, "Heading");
  iso_xml_attr(x, "style:next-style-name", "Subtitle");
  iso_xml_attr(x, "style:class", "chapter");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, 0, c->t->space_after);
  iso_xml_end(x);
  text_font(c, NULL, c->t->size_title, NULL, 0, 0);
  iso_xml_end(x);
  style_start(x, "paragraph", "Subtitle", NULL, "Heading");
  iso_xml_attr(x, "style:next-style-name", ODT_TEXT_BODY);
  iso_xml_attr(x, "style:class", "chapter");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, 0, c->t->space_after * 3);
  iso_xml_end(x);
  text_font(c, NULL, c->t->size_subtitle, c->t->color_accent, -1, 0);
  iso_xml_end(x);
}

static void table_paragraph_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", "Table_20_Contents", "Table Contents", "Standard");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, 0, 0);
  odt_attr_len(x, "style:line-height-at-least",
               iso_pr_line_height(c->t, iso_pr_table_size(c->t)));
  iso_xml_end(x);
  text_font(c, NULL, iso_pr_table_size(c->t), NULL, 0, 0);
  iso_xml_end(x);
  style_start(x, "paragraph", "Table_20_Heading", "Table Heading", "Table_20_Contents");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  iso_xml_attr(x, "fo:keep-with-next", "always");
  iso_xml_end(x);
  text_font(c, NULL, 0, c->t->color_heading, 1, 0);
  iso_xml_end(x);
}

static void caption_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", "Caption", NULL, "Standard");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  role_spacing(c, ISO_PR_CAPTION, 0);
  iso_xml_end(x);
  text_font(c, NULL, iso_pr_caption_size(c->t), NULL, 0, 0); /* present.h */
  iso_xml_end(x);
  /* tables are captioned above (kept with the table), figures below */
  style_start(x, "paragraph", "Table", NULL, "Caption");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  iso_xml_attr(x, "fo:keep-with-next", "always");
  iso_xml_end(x);
  iso_xml_end(x);
  style_start(x, "paragraph", "Figure", NULL, "Caption");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  iso_xml_attr(x, "fo:text-align", "center");
  iso_xml_end(x);
  iso_xml_end(x);
  style_start(x, "paragraph", "Image", NULL, "Standard");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, c->t->space_after, 0);
  iso_xml_attr(x, "fo:text-align", "center");
  iso_xml_attr(x, "fo:keep-with-next", "always");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void code_style(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", "Preformatted_20_Text", "Preformatted Text", "Standard");
  iso_xml_attr(x, "style:class", "html");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, c->t->space_after / 2, c->t->space_after);
  iso_xml_attr(x, "fo:background-color", "#F2F2F2");
  iso_xml_attr(x, "fo:padding", "4pt");
  iso_xml_attr(x, "fo:border", "0.5pt solid #D9D9D9");
  iso_xml_end(x);
  text_font_whole_words(c, c->t->font_mono, c->t->size_code, NULL, 0, 0);
  iso_xml_end(x);
}

static void callout_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_pr_box b = iso_pr_callout_box(c->t);
  style_start(x, "paragraph", "Callout_20_Title", "Callout Title", "Standard");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, 0, b.title_after);
  odt_attr_len(x, "style:line-height-at-least",
               iso_pr_line_height(c->t, c->t->size_body));
  iso_xml_attr(x, "fo:keep-with-next", "always");
  iso_xml_end(x);
  text_font(c, NULL, 0, c->t->color_heading, 1, 0);
  iso_xml_end(x);
  /* the label over a principles block (iso_pr_principles_label) */
  style_start(x, "paragraph", "Principles_20_Title", "Principles Title", "Standard");
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, c->t->space_before + 3, 3);
  iso_xml_attr(x, "fo:keep-with-next", "always");
  iso_xml_end(x);
  text_font(c, c->t->font_heading, 0, c->t->color_heading, 1, 0);
  iso_xml_end(x);
  style_start(x, "paragraph", "Callout_20_Text", "Callout Text", ODT_TEXT_BODY);
  iso_xml_attr(x, "style:class", "extra");
  iso_xml_start(x, "style:paragraph-properties");
  para_spacing(x, 0, b.para_after);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void header_footer_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  const char *names[2] = {"Header", "Footer"};
  for (int i = 0; i < 2; i++) {
    style_start(x, "paragraph", names[i], NULL, "Standard");
    iso_xml_attr(x, "style:class", "extra");
    iso_xml_start(x, "style:paragraph-properties");
    para_spacing(x, 0, 0);
    iso_xml_start(x, "style:tab-stops");
    iso_xml_start(x, "style:tab-stop");
    odt_attr_len(x, "style:position", c->text_width);
    iso_xml_attr(x, "style:type", "right");
    iso_xml_end(x);
    iso_xml_end(x);
    iso_xml_end(x);
    text_font(c, NULL, c->t->size_small, ISO_PR_FURNITURE_COLOR, 0, 0);
    iso_xml_end(x);
  }
  if (!c->turns)
    return;
  const char *turned[2] = {ODT_HEADER_TURNED, ODT_FOOTER_TURNED};
  const char *display[2] = {"Header Turned", "Footer Turned"};
  double width = odt_text_width(c, !iso_pr_theme_landscape(c->t));
  for (int i = 0; i < 2; i++) {
    style_start(x, "paragraph", turned[i], display[i], names[i]);
    iso_xml_attr(x, "style:class", "extra");
    iso_xml_start(x, "style:paragraph-properties");
    iso_xml_start(x, "style:tab-stops");
    iso_xml_start(x, "style:tab-stop");
    odt_attr_len(x, "style:position", width);
    iso_xml_attr(x, "style:type", "right");
    iso_xml_end(x);
    iso_xml_end(x);
    iso_xml_end(x);
    iso_xml_end(x);
  }
}

static void contents_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "paragraph", "Contents_20_Heading", "Contents Heading", "Heading");
  iso_xml_attr(x, "style:class", "index");
  iso_xml_start(x, "style:paragraph-properties");
  role_spacing(c, ISO_PR_TOC_TITLE, 1);
  iso_xml_end(x);
  text_font(c, NULL, c->t->size_heading[0], NULL, 0, 0);
  iso_xml_end(x);
  style_start(x, "paragraph", "Index", NULL, "Standard");
  iso_xml_attr(x, "style:class", "index");
  iso_xml_end(x);
  for (int i = 1; i <= 6; i++) {
    char name[32], display[32];
    snprintf(name, sizeof name, "Contents_20_%d", i);
    snprintf(display, sizeof display, "Contents %d", i);
    style_start(x, "paragraph", name, display, "Index");
    iso_xml_attr(x, "style:class", "index");
    iso_xml_start(x, "style:paragraph-properties");
    odt_attr_len(x, "fo:margin-left", (i - 1) * 12.0);
    odt_attr_len(x, "fo:margin-right", 0);
    role_spacing(c, ISO_PR_TOC_ENTRY, i);
    iso_xml_start(x, "style:tab-stops");
    iso_xml_start(x, "style:tab-stop");
    odt_attr_len(x, "style:position", c->text_width - (i - 1) * 12.0);
    iso_xml_attr(x, "style:type", "right");
    iso_xml_attr(x, "style:leader-style", "dotted");
    iso_xml_attr(x, "style:leader-text", ".");
    iso_xml_end(x);
    iso_xml_end(x);
    iso_xml_end(x);
    if (i == 1)
      text_font(c, NULL, 0, NULL, 1, 0);
    iso_xml_end(x);
  }
}

/* ---- text and graphic styles -------------------------------------- */

static void text_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "text", "Strong_20_Emphasis", "Strong Emphasis", NULL);
  text_font(c, NULL, 0, NULL, 1, 0);
  iso_xml_end(x);
  style_start(x, "text", "Emphasis", NULL, NULL);
  text_font(c, NULL, 0, NULL, 0, 1);
  iso_xml_end(x);
  style_start(x, "text", "Source_20_Text", "Source Text", NULL);
  text_font_whole_words(c, c->t->font_mono, c->t->size_code, NULL, 0, 0);
  iso_xml_end(x);
  const char *links[2][2] = {{"Internet_20_link", "Internet link"},
                             {"Visited_20_Internet_20_Link", "Visited Internet Link"}};
  for (int i = 0; i < 2; i++) {
    style_start(x, "text", links[i][0], links[i][1], NULL);
    iso_xml_start(x, "style:text-properties");
    odt_attr_color(x, "fo:color", c->t->color_link);
    iso_xml_attr(x, "style:text-underline-style", "solid");
    iso_xml_attr(x, "style:text-underline-width", "auto");
    iso_xml_attr(x, "style:text-underline-color", "font-color");
    iso_xml_end(x);
    iso_xml_end(x);
  }
  style_start(x, "text", "Index_20_Link", "Index Link", NULL);
  iso_xml_end(x);
  style_start(x, "text", "Status_20_Mark", "Status Mark", NULL);
  text_font(c, NULL, 0, c->t->color_draft, 1, 0);
  iso_xml_end(x);
}

static void graphic_style(odt_ctx *c) {
  iso_xml *x = c->x;
  style_start(x, "graphic", "Graphics", NULL, NULL);
  iso_xml_start(x, "style:graphic-properties");
  iso_xml_attr(x, "style:vertical-pos", "top");
  iso_xml_attr(x, "style:vertical-rel", "baseline");
  iso_xml_attr(x, "style:horizontal-pos", "center");
  iso_xml_attr(x, "style:horizontal-rel", "paragraph");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void office_styles(odt_ctx *c) {
  iso_xml_start(c->x, "office:styles");
  default_paragraph_style(c);
  default_table_style(c);
  standard_style(c);
  text_body_style(c);
  list_paragraph_style(c);
  heading_styles(c);
  title_styles(c);
  table_paragraph_styles(c);
  caption_styles(c);
  code_style(c);
  callout_styles(c);
  header_footer_styles(c);
  contents_styles(c);
  text_styles(c);
  graphic_style(c);
  odt_list_styles(c);
  iso_xml_end(c->x);
}

int odt_styles_xml(odt_ctx *c, iso_zip *z) {
  iso_xml x;
  iso_xml_begin(&x);
  c->x = &x;
  iso_xml_start(&x, "office:document-styles");
  odt_namespaces(&x);
  odt_font_face_decls(c);
  office_styles(c);
  odt_page_layout(c);
  /* what comes before the master pages is the theme's; they carry the
   * document's own header and footer */
  size_t split = x.out.len;
  odt_master_styles(c);
  iso_xml_end(&x);
  c->x = NULL;
  return iso_zip_add_xml_split(z, "styles.xml", &x, split);
}
