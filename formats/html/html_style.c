/* The theme as one inline style sheet: fonts, sizes, colours and spacing
 * from the presentation layer (present.h), a screen layout one text width
 * wide, and a print style sheet whose page boxes carry the header and the
 * document-control footer on every page, as the other formats' pages do. */
#include <stdio.h>

#include "html.h"
#include "orient.h"

static void font(html_ctx *c, const char *family, const char *generic) {
  html_raw(c, "font-family:");
  html_css_string(c, family);
  html_rawf(c, ",%s;", generic);
}

static void len(html_ctx *c, const char *prop, double pt) {
  html_rawf(c, "%s:", prop);
  html_pt(c, pt);
  html_raw(c, ";");
}

static void color(html_ctx *c, const char *prop, const char *rrggbb) {
  html_rawf(c, "%s:", prop);
  html_color(c, rrggbb);
  html_raw(c, ";");
}

/* margin: BEFORE 0 AFTER, and the line height */
static void spacing(html_ctx *c, iso_pr_para p) {
  html_raw(c, "margin:");
  html_pt(c, p.before);
  html_raw(c, " 0 ");
  html_pt(c, p.after);
  html_raw(c, ";");
  len(c, "line-height", p.line);
}

static void body(html_ctx *c) {
  const iso_theme *t = c->t;
  html_raw(c, "body{");
  font(c, t->font_body, "sans-serif");
  len(c, "font-size", t->size_body);
  len(c, "line-height", iso_pr_line_height(t, t->size_body));
  color(c, "color", t->color_text);
  len(c, "max-width", c->text_width);
  html_raw(c, "margin:0 auto;padding:");
  html_pt(c, t->margin_top / 2);
  html_raw(c, " ");
  html_pt(c, t->margin_left / 2);
  html_raw(c, ";background:#fff}\n");
  html_raw(c, "p{");
  spacing(c, iso_pr_para_space(t, ISO_PR_BODY, 0));
  html_raw(c, "}\n");
  /* the title is an h1 but not a chapter: its own line height (the h1's
   * is a chapter's, smaller than the title, and cut the title's top at a
   * printed page's edge), no chapter rule; subtitle upright, as the other
   * formats set it */
  html_raw(c, ".title{");
  len(c, "font-size", t->size_title);
  len(c, "line-height", iso_pr_line_height(t, t->size_title));
  html_raw(c, "border-bottom:none;padding-bottom:0;margin:0 0 ");
  html_pt(c, t->space_after);
  html_raw(c, ";font-weight:bold}\n.subtitle{");
  len(c, "font-size", t->size_subtitle);
  color(c, "color", t->color_accent);
  html_raw(c, "margin:0 0 ");
  html_pt(c, t->space_after * 3);
  html_raw(c, "}\n");
  html_raw(c, "a{");
  color(c, "color", t->color_link);
  html_raw(c, "}\n");
}

static void headings(html_ctx *c) {
  const iso_theme *t = c->t;
  for (int level = 1; level <= 6; level++) {
    iso_pr_para p = iso_pr_para_space(t, ISO_PR_HEADING, level);
    html_rawf(c, ".h%d{", level);
    font(c, t->font_heading, "sans-serif");
    len(c, "font-size", t->size_heading[level - 1]);
    color(c, "color", t->color_heading);
    html_raw(c, "font-weight:bold;");
    spacing(c, p);
    if (p.rule > 0) {
      html_raw(c, "border-bottom:");
      html_pt(c, p.rule);
      html_raw(c, " solid ");
      html_color(c, t->color_accent);
      html_raw(c, ";");
      len(c, "padding-bottom", p.rule_gap);
    }
    html_raw(c, "}\n");
  }
  html_raw(c, ".principles-title,.toc-title{");
  font(c, t->font_heading, "sans-serif");
  color(c, "color", t->color_heading);
  html_raw(c, "font-weight:bold}\n.toc-title{");
  len(c, "font-size", t->size_heading[0]);
  spacing(c, iso_pr_para_space(t, ISO_PR_TOC_TITLE, 1));
  html_raw(c, "}\n");
}

/* Markers are the presentation layer's, written on each item
 * (data-marker): the browser's own numbering never shows. */
static void lists(html_ctx *c) {
  const iso_theme *t = c->t;
  html_raw(c, "ul,ol{margin:0;");
  len(c, "padding-left", ISO_PR_LIST_INDENT);
  html_raw(c, "}\nli::marker{content:attr(data-marker) \"\\a0 \"}\nli>p{");
  spacing(c, iso_pr_para_space(t, ISO_PR_LIST_ITEM, 0));
  html_raw(c, "}\n");
  html_raw(c, "nav.toc ul{list-style:none;padding-left:0}\nnav.toc li::marker{content:none}\n");
  for (int level = 1; level <= ISO_PR_TOC_LEVELS; level++) {
    html_rawf(c, "nav.toc .t%d{", level);
    spacing(c, iso_pr_para_space(t, ISO_PR_TOC_ENTRY, level));
    len(c, "padding-left", ISO_PR_LIST_INDENT * (level - 1));
    html_raw(c, "}\n");
  }
  html_raw(c, "nav.toc a{color:inherit;text-decoration:none}\n");
}

static void tables(html_ctx *c) {
  const iso_theme *t = c->t;
  double size = iso_pr_table_size(t);
  html_raw(c, "table{border-collapse:collapse;width:100%;table-layout:fixed;");
  len(c, "font-size", size);
  len(c, "line-height", iso_pr_line_height(t, size));
  html_raw(c, "margin:0 0 ");
  html_pt(c, iso_pr_table_after(t));
  html_raw(c, "}\nth,td{text-align:left;vertical-align:top;overflow-wrap:break-word;");
  html_raw(c, "border:");
  html_pt(c, ISO_PR_CELL_RULE);
  html_raw(c, " solid ");
  html_color(c, t->color_table_border);
  html_raw(c, ";");
  len(c, "padding", ISO_PR_CELL_PAD);
  html_raw(c, "}\nth{");
  color(c, "background", t->color_table_header);
  html_raw(c, "font-weight:bold}\n");
  html_raw(c, "caption,figcaption{text-align:left;");
  len(c, "font-size", iso_pr_caption_size(t));
  spacing(c, iso_pr_para_space(t, ISO_PR_CAPTION, 0));
  /* tables are captioned above, figures below and centred, as everywhere */
  html_raw(c, "}\ncaption{caption-side:top}\nfigcaption{text-align:center}\n"
              ".caption-label{font-weight:bold}\n.caption-text{font-style:italic}\n");
  html_raw(c, "tr.sign td{");
  len(c, "height", ISO_PR_MM(ISO_PR_SIGN_ROW_MM));
  html_raw(c, "}\ntr.ack td{");
  len(c, "height", ISO_PR_MM(ISO_PR_ACK_ROW_MM));
  html_raw(c, "}\n");
  html_raw(c, "figure{margin:0}\nfigure img{max-width:100%;height:auto}\n");
  html_raw(c, "pre,code{");
  font(c, t->font_mono, "monospace");
  html_raw(c, "}\npre{white-space:pre-wrap;");
  len(c, "font-size", t->size_code);
  html_raw(c, "}\n");
}

static void callouts(html_ctx *c) {
  const iso_theme *t = c->t;
  iso_pr_box b = iso_pr_callout_box(t);
  html_raw(c, ".callout{margin:");
  html_pt(c, b.before);
  html_raw(c, " 0 ");
  html_pt(c, b.after);
  html_raw(c, ";padding:");
  html_pt(c, b.pad_top);
  html_raw(c, " ");
  html_pt(c, b.pad_right);
  html_raw(c, " ");
  html_pt(c, b.pad_bottom);
  html_raw(c, " ");
  html_pt(c, b.pad_left);
  html_raw(c, ";border-left:");
  html_pt(c, ISO_PR_CALLOUT_BAR);
  html_raw(c, " solid;break-inside:avoid}\n.callout-title{font-weight:bold;margin:0 0 ");
  html_pt(c, b.title_after);
  html_raw(c, "}\n.callout p{margin:0 0 ");
  html_pt(c, b.para_after);
  html_raw(c, "}\n");
  static const char *const kind[] = {"note", "tip", "warning"};
  for (int k = 0; k < 3; k++) {
    iso_pr_callout s = iso_pr_callout_style(t, c->lang, (iso_callout_kind)k);
    html_rawf(c, ".callout-%s{", kind[k]);
    color(c, "background", s.fill);
    color(c, "border-left-color", s.bar);
    html_raw(c, "}\n");
  }
}

static void furniture(html_ctx *c) {
  const iso_theme *t = c->t;
  html_raw(c, ".watermark{position:fixed;top:50%;left:50%;z-index:-1;"
              "font-weight:bold;white-space:nowrap;line-height:1;pointer-events:none}\n");
  html_raw(c, ".mark{font-weight:bold;");
  color(c, "color", t->color_draft);
  html_raw(c, "}\n.page-header,.doc-control{");
  len(c, "font-size", t->size_small);
  color(c, "color", ISO_PR_FURNITURE_COLOR);
  html_raw(c, "}\n.page-header{display:flex;justify-content:space-between;"
              "align-items:center;gap:1em;border-bottom:");
  html_pt(c, 0.5);
  html_raw(c, " solid ");
  html_color(c, t->color_table_border);
  html_raw(c, ";margin-bottom:");
  html_pt(c, t->space_after * 2);
  html_raw(c, "}\n.page-header img{vertical-align:middle;margin-right:0.5em}\n");
  html_raw(c, ".doc-control{border-top:");
  html_pt(c, 0.5);
  html_raw(c, " solid ");
  html_color(c, t->color_table_border);
  html_raw(c, ";margin-top:");
  html_pt(c, t->space_after * 3);
  html_raw(c, "}\n.doc-control p{margin:0.2em 0}\n.uncontrolled{font-weight:bold}\n");
}

/* The page header's and footer's items as CSS strings, 8 pt from the text
 * as the ODT writer's header and footer stand (odt_page.c). */
static void margin_boxes(html_ctx *c) {
  const iso_theme *t = c->t;
  iso_pr_header h;
  if (iso_pr_header_items(c->m, c->t, &h)) {
    c->failed = 1;
    return;
  }
  html_raw(c, "@top-left{content:");
  html_css_string(c, h.left);
  html_raw(c, ";vertical-align:bottom;text-align:left;padding-bottom:8pt;color:#" ISO_PR_FURNITURE_COLOR "}\n");
  if (h.classification || h.mark) {
    html_raw(c, "@top-right{content:");
    if (h.classification)
      html_css_string(c, h.classification);
    if (h.classification && h.mark)
      html_css_string(c, ISO_PR_SEP);
    if (h.mark)
      html_css_string(c, h.mark);
    html_raw(c, ";vertical-align:bottom;text-align:right;padding-bottom:8pt;color:#" ISO_PR_FURNITURE_COLOR ";");
    if (h.mark) { /* the status mark's colour, for the whole box */
      color(c, "color", t->color_draft);
      html_raw(c, "font-weight:bold;");
    }
    html_raw(c, "}\n");
  }
  iso_pr_header_free(&h);
  iso_buf line1;
  iso_buf_init(&line1);
  iso_pr_footer_line1(c->m, c->t, &line1);
  iso_buf_append(&line1, "", 1);
  if (line1.failed) {
    c->failed = 1;
    iso_buf_free(&line1);
    return;
  }
  html_raw(c, "@bottom-left{content:");
  html_css_string(c, (const char *)line1.data);
  iso_buf_free(&line1);
  iso_control_field f[ISO_THEME_ITEMS_MAX];
  int n = iso_pr_footer_fields(c->m, c->t, f);
  html_raw(c, " \"\\a \"");
  for (int i = 0; i < n; i++) {
    if (i)
      html_css_string(c, ISO_PR_SEP);
    html_css_string(c, f[i].label);
    html_css_string(c, ": ");
    html_css_string(c, f[i].value);
  }
  const char *u = iso_pr_uncontrolled(c->m, t);
  if (u) {
    html_raw(c, " \"\\a \"");
    html_css_string(c, u);
  }
  html_raw(c, ";white-space:pre-wrap;vertical-align:top;text-align:left;padding-top:8pt;color:#" ISO_PR_FURNITURE_COLOR "}\n");
  /* "Page 2 of 5": the labels around the browser's page counters */
  html_raw(c, "@bottom-right{content:");
  html_css_string(c, iso_label(c->lang, ISO_L_PAGE));
  html_raw(c, " \" \" counter(page) \" \" ");
  html_css_string(c, iso_label(c->lang, ISO_L_PAGE_OF));
  html_raw(c, " \" \" counter(pages);vertical-align:top;text-align:right;white-space:nowrap;"
              "padding-top:8pt;color:#" ISO_PR_FURNITURE_COLOR "}\n");
}

/* Named pages for sections and tables with their own orientation
 * (html_body.c's classes): the theme's page turned, or as it is. */
static void orientation_pages(html_ctx *c) {
  if (!iso_pr_has_turns(c->doc, c->t))
    return;
  for (int land = 0; land < 2; land++) {
    double w, h;
    iso_pr_page_size(c->t, land, &w, &h);
    html_raw(c, land ? "@page landscape{size:" : "@page portrait{size:");
    html_pt(c, w);
    html_raw(c, " ");
    html_pt(c, h);
    html_raw(c, land ? "}\n.landscape{page:landscape}\n"
                     : "}\n.portrait{page:portrait}\n");
  }
}

static void print(html_ctx *c) {
  const iso_theme *t = c->t;
  html_raw(c, "@page{size:");
  html_pt(c, t->page_width);
  html_raw(c, " ");
  html_pt(c, t->page_height);
  html_raw(c, ";margin:");
  html_pt(c, t->margin_top);
  html_raw(c, " ");
  html_pt(c, t->margin_right);
  html_raw(c, " ");
  html_pt(c, t->margin_bottom);
  html_raw(c, " ");
  html_pt(c, t->margin_left);
  html_raw(c, ";");
  font(c, t->font_body, "sans-serif");
  len(c, "font-size", t->size_small);
  color(c, "color", t->color_text);
  html_raw(c, "\n");
  margin_boxes(c);
  html_raw(c, "}\n@media print{\nbody{max-width:none;margin:0;padding:0}\n"
              ".page-header,.doc-control{display:none}\n"
              ".break{break-before:page}\n.pagebreak{break-after:page}\n"
              "tr,.callout,figure{break-inside:avoid}\n"
              "table.kv,table.signoff{break-inside:avoid}\n"
              "thead{display:table-header-group}\n"
              "h1,h2,h3,h4,h5,h6,caption,.principles-title,.callout-title{break-after:avoid}\n"
              "a{color:inherit}\n"
              "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n}\n");
}

void html_style_common(html_ctx *c) {
  body(c);
  headings(c);
  tables(c);
  furniture(c);
}

void html_style(html_ctx *c) {
  html_raw(c, "<style>\n");
  html_style_common(c);
  lists(c);
  callouts(c);
  print(c);
  orientation_pages(c);
  html_raw(c, "</style>\n");
}
