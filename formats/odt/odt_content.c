/* content.xml: automatic styles (table geometry, cell shading, frames),
 * then the body: title block, sections, closing approval block. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "odt.h"
#include "orient.h"

/* ---- automatic styles ---------------------------------------------- */

static void cell_style(odt_ctx *c, const char *name, const char *background,
                       const char *border, double padding) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "table-cell");
  iso_xml_start(x, "style:table-cell-properties");
  if (background)
    odt_attr_color(x, "fo:background-color", background);
  odt_attr_len(x, "fo:padding", padding);
  iso_xml_attrf(x, "fo:border", "%gpt solid #%.6s", ISO_PR_CELL_RULE, border);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* A call-out: a one-cell table with the box's fill, its bar at the left
 * and its padding (present.h). */
static void callout_cell_style(odt_ctx *c, const char *name, iso_pr_callout s) {
  iso_xml *x = c->x;
  iso_pr_box b = iso_pr_callout_box(c->t);
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "table-cell");
  iso_xml_start(x, "style:table-cell-properties");
  odt_attr_color(x, "fo:background-color", s.fill);
  odt_attr_len(x, "fo:padding-top", b.pad_top);
  odt_attr_len(x, "fo:padding-bottom", b.pad_bottom);
  odt_attr_len(x, "fo:padding-left", b.pad_left);
  odt_attr_len(x, "fo:padding-right", b.pad_right);
  iso_xml_attrf(x, "fo:border-left", "%gpt solid #%.6s", ISO_PR_CALLOUT_BAR, s.bar);
  iso_xml_attr(x, "fo:border-right", "none");
  iso_xml_attr(x, "fo:border-top", "none");
  iso_xml_attr(x, "fo:border-bottom", "none");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void table_margins(odt_ctx *c, double before, double after) {
  odt_attr_len(c->x, "fo:margin-top", before);
  odt_attr_len(c->x, "fo:margin-bottom", after);
}

void odt_table_style(odt_ctx *c, const char *name, int whole) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "table");
  iso_xml_start(x, "style:table-properties");
  odt_attr_len(x, "style:width", c->text_width);
  if (strcmp(name, "Callout") == 0) {
    iso_pr_box b = iso_pr_callout_box(c->t);
    table_margins(c, b.before, b.after);
  } else {
    table_margins(c, 0, iso_pr_table_after(c->t));
  }
  iso_xml_attr(x, "table:align", "margins");
  if (whole) /* label/value tables stay on one page (present.h) */
    iso_xml_attr(x, "style:may-break-between-rows", "false");
  iso_xml_end(x);
  iso_xml_end(x);
}

/* Column widths: absolute for the layout, relative (rel-width) so a user
 * who changes the page keeps the proportions. */
void odt_column_style(odt_ctx *c, const char *name, double share) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "table-column");
  iso_xml_start(x, "style:table-column-properties");
  odt_attr_len(x, "style:column-width", c->text_width * share);
  long long rel = llround(share * 10000.0);
  iso_xml_attrf(x, "style:rel-column-width", "%lld*", rel > 0 ? rel : 1);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void body_table_styles(odt_ctx *c) {
  iso_iter it;
  iso_iter_init(&it, c->doc);
  iso_event ev;
  int no = 0;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || !iso_node_is_table(n))
      continue;
    char name[48];
    snprintf(name, sizeof name, "Tbl%d", ++no);
    /* as wide as the text of its pages (orient.h) */
    double own_width = c->text_width;
    c->text_width = odt_text_width(c, iso_pr_landscape(n, c->t));
    odt_table_style(c, name, 0);
    int cols = iso_pr_table_columns(n);
    double *w = calloc((size_t)cols, sizeof *w);
    if (!w || iso_pr_columns(n, cols, c->text_width, iso_pr_table_size(c->t),
                             iso_metrics_measure, c->metrics, w)) {
      free(w);
      c->text_width = own_width;
      c->x->failed = 1;
      return;
    }
    for (int i = 0; i < cols; i++) {
      snprintf(name, sizeof name, "Tbl%d.C%d", no, i + 1);
      odt_column_style(c, name, w[i] / c->text_width);
    }
    c->text_width = own_width;
    free(w);
  }
}

static void fixed_table_styles(odt_ctx *c) {
  odt_table_style(c, "Kv", 1);
  odt_column_style(c, "Kv.A", iso_pr_kv_weights[0]);
  odt_column_style(c, "Kv.B", iso_pr_kv_weights[1]);
  odt_table_style(c, "Callout", 0);
  odt_column_style(c, "Callout.A", 1.0);
  odt_table_style(c, "History", 0);
  for (int i = 0; i < ISO_PR_HISTORY_COLS; i++) {
    char name[32];
    snprintf(name, sizeof name, "History.C%d", i + 1);
    odt_column_style(c, name, iso_pr_history_weights[i]);
  }
}

static void cell_styles(odt_ctx *c) {
  const iso_theme *t = c->t;
  cell_style(c, "TH", t->color_table_header, t->color_table_border, ISO_PR_CELL_PAD);
  cell_style(c, "TD", NULL, t->color_table_border, ISO_PR_CELL_PAD);
  cell_style(c, "TK", t->color_table_header, t->color_table_border, ISO_PR_CELL_PAD);
  static const char *const names[3] = {"CalloutNote", "CalloutTip", "CalloutWarning"};
  for (int k = 0; k < 3; k++) {
    iso_pr_callout s = iso_pr_callout_style(t, c->lang, (iso_callout_kind)k);
    callout_cell_style(c, names[k], s);
  }
}

static void row_style(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", ODT_ROW);
  iso_xml_attr(x, "style:family", "table-row");
  iso_xml_start(x, "style:table-row-properties");
  iso_xml_attr(x, "fo:keep-together", "always");
  iso_xml_end(x);
  iso_xml_end(x);
}

/* A paragraph style ISO_PR_BREAK_HEIGHT high that starts a new page: with
 * a break before (MASTER NULL), or of MASTER's pages (the paragraphs that
 * turn the pages, odt.h ODT_TURN). */
static void thin_style(odt_ctx *c, const char *name, const char *master) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "paragraph");
  iso_xml_attr(x, "style:parent-style-name", "Standard");
  if (master)
    iso_xml_attr(x, "style:master-page-name", master);
  iso_xml_start(x, "style:paragraph-properties");
  if (!master)
    iso_xml_attr(x, "fo:break-before", "page"); /* see ISO_PR_BREAK_HEIGHT */
  iso_xml_attr(x, "fo:margin-top", "0pt");
  iso_xml_attr(x, "fo:margin-bottom", "0pt");
  odt_attr_len(x, "fo:line-height", ISO_PR_BREAK_HEIGHT);
  iso_xml_end(x);
  iso_xml_start(x, "style:text-properties");
  odt_attr_len(x, "fo:font-size", ISO_PR_BREAK_HEIGHT);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* Headings and body paragraphs that start a new page (present.h,
 * iso_pr_break_carrier): their style with a break before. */
static void break_style(odt_ctx *c, const char *name, const char *parent) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "paragraph");
  iso_xml_attr(x, "style:parent-style-name", parent);
  iso_xml_start(x, "style:paragraph-properties");
  iso_xml_attr(x, "fo:break-before", "page");
  iso_xml_attr(x, "fo:margin-top", "0pt"); /* the top of a page */
  iso_xml_end(x);
  iso_xml_end(x);
}

static void break_styles(odt_ctx *c) {
  for (int i = 1; i <= 6; i++) {
    char name[16], parent[32];
    snprintf(name, sizeof name, ODT_BREAK_HEADING "%d", i);
    snprintf(parent, sizeof parent, "Heading_20_%d", i);
    break_style(c, name, parent);
  }
  break_style(c, ODT_BREAK_BODY, ODT_TEXT_BODY);
}

static void frame_style(odt_ctx *c) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", "fr1");
  iso_xml_attr(x, "style:family", "graphic");
  iso_xml_attr(x, "style:parent-style-name", "Graphics");
  iso_xml_start(x, "style:graphic-properties");
  iso_xml_attr(x, "style:vertical-pos", "top");
  iso_xml_attr(x, "style:vertical-rel", "baseline");
  iso_xml_end(x);
  iso_xml_end(x);
}

void odt_body_automatic_styles(odt_ctx *c) {
  iso_xml_start(c->x, "office:automatic-styles");
  cell_styles(c);
  fixed_table_styles(c);
  body_table_styles(c);
  odt_signoff_styles(c);
  row_style(c);
  thin_style(c, "PageBreak", NULL);
  break_styles(c);
  if (c->turns) {
    thin_style(c, ODT_TURN, odt_turned_master(c));
    thin_style(c, ODT_TURN_BACK, ODT_MASTER);
  }
  frame_style(c);
  iso_xml_end(c->x);
}

/* ---- body ---------------------------------------------------------- */

static void sequence_decls(iso_xml *x) {
  static const char *const names[] = {"Table", "Figure"};
  iso_xml_start(x, "text:sequence-decls");
  for (int i = 0; i < 2; i++) {
    iso_xml_start(x, "text:sequence-decl");
    iso_xml_attr(x, "text:display-outline-level", "0");
    iso_xml_attr(x, "text:name", names[i]);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

static void office_body(odt_ctx *c) {
  iso_xml_start(c->x, "office:body");
  iso_xml_start(c->x, "office:text");
  sequence_decls(c->x);
  odt_walk(c);
  iso_xml_end(c->x);
  iso_xml_end(c->x);
}

int odt_content_xml(odt_ctx *c, iso_zip *z) {
  iso_xml x;
  iso_xml_begin(&x);
  c->x = &x;
  iso_xml_start(&x, "office:document-content");
  odt_namespaces(&x);
  odt_font_face_decls(c);
  odt_body_automatic_styles(c);
  office_body(c);
  iso_xml_end(&x);
  c->x = NULL;
  return iso_zip_add_xml(z, "content.xml", &x);
}
