/* Document control in the body: the title block on page one and the closing
 * "Approval and version control" block with the sign-off table
 * (odt_signoff.c), the revision history and the acknowledgement table. */
#include <stdio.h>

#include "odt.h"

/* ---- label/value tables --------------------------------------------- */

void odt_kv_table_start(odt_ctx *c, const char *name) {
  iso_xml *x = c->x;
  iso_xml_start(x, "table:table");
  iso_xml_attr(x, "table:name", name);
  iso_xml_attr(x, "table:style-name", "Kv");
  iso_xml_empty_attr(x, "table:table-column", "table:style-name", "Kv.A");
  iso_xml_empty_attr(x, "table:table-column", "table:style-name", "Kv.B");
}

void odt_kv_row(odt_ctx *c, const char *label, const char *value) {
  if (!value || !*value)
    return;
  iso_xml *x = c->x;
  odt_row_start(c);
  iso_xml_start(x, "table:table-cell");
  iso_xml_attr(x, "table:style-name", "TK");
  iso_xml_attr(x, "office:value-type", "string");
  odt_p_start(c, "text:p", "Table_20_Contents");
  odt_span(c, "Strong_20_Emphasis", label);
  iso_xml_end(x);
  iso_xml_end(x);
  odt_cell_start(c, 0);
  odt_text(c, value, 0);
  odt_cell_end(c);
  iso_xml_end(x);
}

void odt_kv_table_end(odt_ctx *c) { iso_xml_end(c->x); }

/* ---- title block ------------------------------------------------------ */

/* The logo above the title, when the theme puts it on the title page. */
static void title_logo(odt_ctx *c) {
  const iso_image *img = iso_pr_title_logo(c->m, c->t);
  if (!img || c->logo < 0)
    return;
  double w, h;
  iso_pr_title_logo_box(img, c->text_width, &w, &h);
  odt_p_start(c, "text:p", ODT_TEXT_BODY);
  odt_image_frame(c, &c->pics[c->logo], w, h, "fr1", "Logo");
  iso_xml_end(c->x);
}

static void title_paragraphs(odt_ctx *c) {
  title_logo(c);
  odt_p_start(c, "text:p", "Title");
  odt_text(c, c->m->title, 0);
  iso_xml_end(c->x);
  if (c->m->subtitle && *c->m->subtitle) {
    odt_p_start(c, "text:p", "Subtitle");
    odt_text(c, c->m->subtitle, 0);
    iso_xml_end(c->x);
  }
  const char *mark = iso_status_mark(c->lang, c->m->status);
  if (mark) { /* on page one as well as in every header */
    odt_p_start(c, "text:p", ODT_TEXT_BODY);
    odt_span(c, "Status_20_Mark", mark);
    iso_xml_end(c->x);
  }
}

static void kv_rows(odt_ctx *c, const iso_pr_kv *kv) {
  for (size_t i = 0; i < kv->n; i++)
    odt_kv_row(c, kv->label[i], kv->value[i]);
}

static void title_table(odt_ctx *c) {
  iso_pr_kv kv;
  if (iso_pr_title_rows(c->m, &kv))
    c->x->failed = 1;
  odt_kv_table_start(c, "DocumentControl");
  kv_rows(c, &kv);
  odt_kv_table_end(c);
  iso_pr_kv_free(&kv);
}

void odt_title_block(odt_ctx *c) {
  title_paragraphs(c);
  title_table(c);
}

/* ---- closing block ---------------------------------------------------- */

static void closing_heading(odt_ctx *c, const char *title, int level,
                            size_t heading) {
  char style[32], mark[32];
  snprintf(style, sizeof style, "Heading_20_%d", level);
  odt_p_start(c, "text:h", style);
  iso_xml_attr_int(c->x, "text:outline-level", level);
  odt_bookmark_name(heading, mark);
  iso_xml_empty_attr(c->x, "text:bookmark-start", "text:name", mark);
  odt_text(c, title, 0);
  iso_xml_empty_attr(c->x, "text:bookmark-end", "text:name", mark);
  iso_xml_end(c->x);
}

static void history_cell(odt_ctx *c, int header, const char *text) {
  odt_cell_start(c, header);
  odt_text(c, text, 0);
  odt_cell_end(c);
}

static void history_header(odt_ctx *c) {
  iso_xml_start(c->x, "table:table-header-rows");
  odt_row_start(c);
  for (int i = 0; i < ISO_PR_HISTORY_COLS; i++)
    history_cell(c, 1, iso_pr_history_head(c->lang, i));
  iso_xml_end(c->x);
  iso_xml_end(c->x);
}

static void history_row(odt_ctx *c, size_t r) {
  odt_row_start(c);
  for (int i = 0; i < ISO_PR_HISTORY_COLS; i++) {
    char buf[32];
    history_cell(c, 0, iso_pr_history_cell(c->m, r, i, buf));
  }
  iso_xml_end(c->x);
}

static void history_table(odt_ctx *c) {
  iso_xml_start(c->x, "table:table");
  iso_xml_attr(c->x, "table:name", "RevisionHistory");
  iso_xml_attr(c->x, "table:style-name", "History");
  for (int i = 1; i <= ISO_PR_HISTORY_COLS; i++) {
    iso_xml_start(c->x, "table:table-column");
    iso_xml_attrf(c->x, "table:style-name", "History.C%d", i);
    iso_xml_end(c->x);
  }
  history_header(c);
  for (size_t i = 0; i < c->m->n_history; i++)
    history_row(c, i);
  iso_xml_end(c->x);
}

/* One part of the closing block: its heading, then its table(s). */
void odt_closing_part(odt_ctx *c, const iso_walk_closing *cl) {
  const iso_pr_heading *h = &cl->h;
  closing_heading(c, h->text, h->level, cl->heading);
  switch (h->kind) {
  case ISO_PR_CLOSING_APPROVAL:
    odt_kv_table_start(c, "Approval");
    kv_rows(c, cl->rows);
    odt_kv_table_end(c);
    odt_signoff_table(c);
    break;
  case ISO_PR_CLOSING_HISTORY:
    history_table(c);
    break;
  case ISO_PR_CLOSING_ACK:
    odt_ack_table(c);
    break;
  }
}
