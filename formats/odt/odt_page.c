/* styles.xml, second half: list styles, the outline style, the page layout
 * and the master page whose header and footer carry the document control
 * data on every page. */
#include <stdio.h>
#include <string.h>

#include "odt.h"
#include "orient.h"

/* ---- list styles ---------------------------------------------------- */

static void level_properties(iso_xml *x, int level) {
  double indent = ISO_PR_LIST_INDENT;
  iso_xml_start(x, "style:list-level-properties");
  iso_xml_attr(x, "text:list-level-position-and-space-mode", "label-alignment");
  iso_xml_start(x, "style:list-level-label-alignment");
  iso_xml_attr(x, "text:label-followed-by", "listtab");
  odt_attr_len(x, "text:list-tab-stop-position", indent * level);
  odt_attr_len(x, "fo:text-indent", -indent);
  odt_attr_len(x, "fo:margin-left", indent * level);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void bullet_level(iso_xml *x, int level) {
  iso_xml_start(x, "text:list-level-style-bullet");
  iso_xml_attr_int(x, "text:level", level);
  iso_xml_attr(x, "text:bullet-char", iso_pr_bullet(level - 1));
  level_properties(x, level);
  iso_xml_end(x);
}

/* style:num-format of the presentation layer's schemes */
static const char *num_format(int level) {
  switch (iso_pr_list_format(1, level - 1)) {
  case ISO_PR_NUM_LOWER_ALPHA:
    return "a";
  case ISO_PR_NUM_LOWER_ROMAN:
    return "i";
  default:
    return "1";
  }
}

static void number_level(iso_xml *x, int level) {
  iso_xml_start(x, "text:list-level-style-number");
  iso_xml_attr_int(x, "text:level", level);
  iso_xml_attr(x, "style:num-suffix", ISO_PR_NUM_SUFFIX);
  iso_xml_attr(x, "style:num-format", num_format(level));
  level_properties(x, level);
  iso_xml_end(x);
}

static void list_style(iso_xml *x, const char *name, const char *display,
                       int numbered) {
  iso_xml_start(x, "text:list-style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:display-name", display);
  for (int level = 1; level <= 10; level++)
    numbered ? number_level(x, level) : bullet_level(x, level);
  iso_xml_end(x);
}

void odt_list_styles(odt_ctx *c) {
  list_style(c->x, ODT_BULLETS, "List 1", 0);
  list_style(c->x, ODT_NUMBERS, "Numbering 123", 1);
  odt_outline_style(c); /* odt_heading_num.c */
}

/* ---- page layout ---------------------------------------------------- */

/* ODF puts the header inside the page margin: the page margin shrinks by
 * the header's height so the body starts where the theme says. */
static double header_share(double margin) { return margin / 2; }

/* The header: LibreOffice counts the spacing, padding and rule in the
 * minimum height, so a min-height of the whole share starts the body at
 * the theme's margin whether the header holds a logo or a line of text.
 * The footer: from the layout's text bottom (lay_text_bottom, which makes
 * room for "Uncontrolled when printed") to the page's edge, so the body
 * ends where the PDF's ends; its rule and text keep the PDF's distances
 * below the body (src/layout/furniture.c). A footer that fitted only in
 * part had grown upwards and ended ODT pages a line early. */
static void header_footer_style(odt_ctx *c, const char *element, double h,
                                int footer) {
  iso_xml *x = c->x;
  double spacing = footer ? LAY_FOOT_RULE_GAP - 0.5 : 8.0;
  double padding = footer ? LAY_FOOT_TEXT_GAP : 3.0;
  iso_xml_start(x, element);
  iso_xml_start(x, "style:header-footer-properties");
  odt_attr_len(x, "fo:min-height", h > spacing + 1 ? h : spacing + 1);
  odt_attr_len(x, footer ? "fo:margin-top" : "fo:margin-bottom", spacing);
  iso_xml_attrf(x, footer ? "fo:border-top" : "fo:border-bottom",
                "0.5pt solid #%.6s", c->t->color_table_border);
  odt_attr_len(x, footer ? "fo:padding-top" : "fo:padding-bottom", padding);
  iso_xml_attr(x, "style:dynamic-spacing", "false");
  iso_xml_end(x);
  iso_xml_end(x);
}

/* The footer's height: the page below the layout's text area. */
static double footer_height(odt_ctx *c) {
  return c->t->page_height - lay_text_bottom(c->m, c->t);
}

static void page_layout_properties(odt_ctx *c, int landscape) {
  iso_xml *x = c->x;
  const iso_theme *t = c->t;
  double pw, ph;
  iso_pr_page_size(t, landscape, &pw, &ph);
  iso_xml_start(x, "style:page-layout-properties");
  odt_attr_len(x, "fo:page-width", pw);
  odt_attr_len(x, "fo:page-height", ph);
  iso_xml_attr(x, "style:print-orientation",
               pw > ph ? "landscape" : "portrait");
  odt_attr_len(x, "fo:margin-top", t->margin_top - header_share(t->margin_top));
  odt_attr_len(x, "fo:margin-bottom", 0);
  odt_attr_len(x, "fo:margin-left", t->margin_left);
  odt_attr_len(x, "fo:margin-right", t->margin_right);
  iso_xml_attr(x, "style:writing-mode", "lr-tb");
  iso_xml_end(x);
}

static void logo_frame_style(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", "MpLogo");
  iso_xml_attr(x, "style:family", "graphic");
  iso_xml_attr(x, "style:parent-style-name", "Graphics");
  iso_xml_start(x, "style:graphic-properties");
  iso_xml_attr(x, "style:vertical-pos", "middle");
  iso_xml_attr(x, "style:vertical-rel", "text");
  iso_xml_end(x);
  iso_xml_end(x);
}

void odt_page_layout(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_xml_start(x, "office:automatic-styles");
  logo_frame_style(c);
  odt_watermark_styles(c);
  int own = iso_pr_theme_landscape(c->t);
  /* pm2: the turned pages' (orient.h), the same margins, header and
   * footer */
  for (int i = 0; i < 1 + c->turns; i++) {
    iso_xml_start(x, "style:page-layout");
    iso_xml_attr(x, "style:name", i ? "pm2" : "pm1");
    page_layout_properties(c, i ? !own : own);
    header_footer_style(c, "style:header-style", header_share(c->t->margin_top), 0);
    header_footer_style(c, "style:footer-style", footer_height(c), 1);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

/* ---- master page ---------------------------------------------------- */

static void header_logo(odt_ctx *c) {
  if (c->logo < 0)
    return;
  const odt_picture *p = &c->pics[c->logo];
  double w, h;
  iso_pr_logo_box(p->img, c->text_width, &w, &h);
  odt_image_frame(c, p, w, h, "MpLogo", "Logo");
  odt_text(c, "  ", 0);
}

/* The presentation layer's header items; the right ones at the tab. */
static void header_paragraph(odt_ctx *c, const char *style) {
  iso_pr_header h;
  if (iso_pr_header_items(c->m, c->t, &h)) {
    c->x->failed = 1;
    return;
  }
  odt_p_start(c, "text:p", style);
  odt_watermark(c);
  if (h.logo)
    header_logo(c);
  odt_text(c, h.left, 0);
  iso_xml_empty(c->x, "text:tab");
  c->ws = 1;
  if (h.classification)
    odt_text(c, h.classification, 0);
  if (h.mark) {
    if (h.classification)
      odt_text(c, ISO_PR_SEP, 0);
    odt_span(c, "Status_20_Mark", h.mark);
  }
  iso_xml_end(c->x);
  iso_pr_header_free(&h);
}

static void page_of(odt_ctx *c) {
  iso_xml *x = c->x;
  odt_text(c, iso_label(c->lang, ISO_L_PAGE), 0);
  odt_text(c, " ", 0);
  iso_xml_start(x, "text:page-number");
  iso_xml_attr(x, "style:num-format", "1");
  iso_xml_attr(x, "text:select-page", "current");
  iso_xml_text(x, "1");
  iso_xml_end(x);
  c->ws = 0;
  odt_text(c, " ", 0);
  odt_text(c, iso_label(c->lang, ISO_L_PAGE_OF), 0);
  odt_text(c, " ", 0);
  iso_xml_start(x, "text:page-count");
  iso_xml_attr(x, "style:num-format", "1");
  char pages[16];
  snprintf(pages, sizeof pages, "%d", c->pages.pages > 0 ? c->pages.pages : 1);
  iso_xml_text(x, pages);
  iso_xml_end(x);
}

static void footer_line1(odt_ctx *c, const char *style) {
  iso_buf b;
  iso_buf_init(&b);
  iso_pr_footer_line1(c->m, c->t, &b);
  iso_buf_append(&b, "", 1);
  if (b.failed) /* never a footer with a silent gap */
    c->x->failed = 1;
  odt_p_start(c, "text:p", style);
  odt_text(c, b.failed ? "" : (const char *)b.data, 0);
  iso_buf_free(&b);
  iso_xml_empty(c->x, "text:tab");
  c->ws = 1;
  page_of(c);
  iso_xml_end(c->x);
}

static void footer_line2(odt_ctx *c) {
  iso_control_field f[ISO_THEME_ITEMS_MAX];
  int n = iso_pr_footer_fields(c->m, c->t, f);
  odt_p_start(c, "text:p", "Footer");
  for (int i = 0; i < n; i++) {
    if (i)
      odt_text(c, ISO_PR_SEP, 0);
    odt_span(c, "Strong_20_Emphasis", f[i].label);
    odt_text(c, ": ", 0);
    odt_text(c, f[i].value, 0);
  }
  iso_xml_end(c->x);
}

/* Line 3, when on: "Uncontrolled when printed", in bold. */
static void footer_line3(odt_ctx *c) {
  const char *s = iso_pr_uncontrolled(c->m, c->t);
  if (!s)
    return;
  odt_p_start(c, "text:p", "Footer");
  odt_span(c, "Strong_20_Emphasis", s);
  iso_xml_end(c->x);
}

/* A master page: the same header and footer on pages of either
 * orientation, the turned ones' right tab at their text's edge
 * (odt_styles.c). */
static void master_page(odt_ctx *c, const char *name, const char *layout,
                        int turned) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:master-page");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:page-layout-name", layout);
  c->furniture_turned = turned;
  iso_xml_start(x, "style:header");
  header_paragraph(c, turned ? ODT_HEADER_TURNED : "Header");
  iso_xml_end(x);
  iso_xml_start(x, "style:footer");
  footer_line1(c, turned ? ODT_FOOTER_TURNED : "Footer");
  footer_line2(c);
  footer_line3(c);
  iso_xml_end(x);
  iso_xml_end(x);
  c->furniture_turned = 0;
}

void odt_master_styles(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_xml_start(x, "office:master-styles");
  master_page(c, ODT_MASTER, "pm1", 0);
  if (c->turns)
    master_page(c, odt_turned_master(c), "pm2", 1);
  iso_xml_end(x);
}
