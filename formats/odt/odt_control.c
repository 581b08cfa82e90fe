/* Document control in the body: the title block on page one and the closing
 * "Approval and version control" block with the revision history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
  iso_xml_start(x, "table:table-row");
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

static void title_paragraphs(odt_ctx *c) {
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

static void title_table(odt_ctx *c) {
  const iso_meta *m = c->m;
  iso_lang l = c->lang;
  iso_control_field f[ISO_CONTROL_FIELDS];
  iso_control_fields(m, f);
  char effective[32], interval[48];
  iso_date_format(l, m->effective, effective);
  iso_review_interval_text(l, m->review_months, interval);
  char *dist = iso_join(m->distribution, m->n_distribution, ", ");
  char *kw = iso_join(m->keywords, m->n_keywords, ", ");

  odt_kv_table_start(c, "DocumentControl");
  odt_kv_row(c, iso_label(l, ISO_L_ID), m->id);
  odt_kv_row(c, iso_label(l, ISO_L_DOC_TYPE), iso_doc_type_label(l, (int)m->type));
  odt_kv_row(c, iso_label(l, ISO_L_VERSION), m->version);
  odt_kv_row(c, iso_label(l, ISO_L_STATUS), iso_status_label(l, m->status));
  odt_kv_row(c, iso_label(l, ISO_L_CLASSIFICATION), m->classification);
  odt_kv_row(c, iso_label(l, ISO_L_ORGANIZATION), m->organization);
  for (int i = 0; i < ISO_CONTROL_FIELDS; i++)
    odt_kv_row(c, f[i].label, f[i].value);
  odt_kv_row(c, iso_label(l, ISO_L_EFFECTIVE), effective);
  odt_kv_row(c, iso_label(l, ISO_L_REVIEW_INTERVAL), interval);
  odt_kv_row(c, iso_label(l, ISO_L_DISTRIBUTION), dist);
  odt_kv_row(c, iso_label(l, ISO_L_KEYWORDS), kw);
  odt_kv_table_end(c);
  if (!dist || !kw) /* NULL only when out of memory */
    c->x->failed = 1;
  free(dist);
  free(kw);
}

void odt_title_block(odt_ctx *c) {
  title_paragraphs(c);
  title_table(c);
}

/* ---- closing block ---------------------------------------------------- */

int odt_closing_headings(odt_ctx *c, const char *titles[2], int levels[2]) {
  titles[0] = iso_label(c->lang, ISO_L_APPROVAL_BLOCK);
  levels[0] = 1;
  if (!c->m->n_history)
    return 1;
  titles[1] = iso_label(c->lang, ISO_L_HISTORY);
  levels[1] = 2;
  return 2;
}

static void closing_heading(odt_ctx *c, const char *title, int level) {
  char style[32], mark[32];
  snprintf(style, sizeof style, "Heading_20_%d", level);
  odt_p_start(c, "text:h", style);
  iso_xml_attr_int(c->x, "text:outline-level", level);
  snprintf(mark, sizeof mark, "_Toc%d", ++c->n_headings);
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
  static const iso_label_id cols[5] = {ISO_L_H_VERSION, ISO_L_H_DATE, ISO_L_H_AUTHOR,
                                       ISO_L_H_CHANGES, ISO_L_H_APPROVER};
  iso_xml_start(c->x, "table:table-header-rows");
  iso_xml_start(c->x, "table:table-row");
  for (int i = 0; i < 5; i++)
    history_cell(c, 1, iso_label(c->lang, cols[i]));
  iso_xml_end(c->x);
  iso_xml_end(c->x);
}

static void history_row(odt_ctx *c, const iso_revision *r) {
  char date[32];
  iso_date_format(c->lang, r->date, date);
  iso_xml_start(c->x, "table:table-row");
  history_cell(c, 0, r->version);
  history_cell(c, 0, date);
  history_cell(c, 0, r->author);
  history_cell(c, 0, r->changes);
  history_cell(c, 0, r->approver ? r->approver : "\xE2\x80\x93");
  iso_xml_end(c->x);
}

static void history_table(odt_ctx *c) {
  iso_xml_start(c->x, "table:table");
  iso_xml_attr(c->x, "table:name", "RevisionHistory");
  iso_xml_attr(c->x, "table:style-name", "History");
  for (int i = 1; i <= 5; i++) {
    iso_xml_start(c->x, "table:table-column");
    iso_xml_attrf(c->x, "table:style-name", "History.C%d", i);
    iso_xml_end(c->x);
  }
  history_header(c);
  for (size_t i = 0; i < c->m->n_history; i++)
    history_row(c, &c->m->history[i]);
  iso_xml_end(c->x);
}

void odt_closing_block(odt_ctx *c) {
  const char *titles[2];
  int levels[2];
  int n = odt_closing_headings(c, titles, levels);
  closing_heading(c, titles[0], levels[0]);
  iso_control_field f[ISO_CONTROL_FIELDS];
  iso_control_fields(c->m, f);
  odt_kv_table_start(c, "Approval");
  for (int i = 0; i < ISO_CONTROL_FIELDS; i++)
    odt_kv_row(c, f[i].label, f[i].value);
  odt_kv_table_end(c);
  if (n > 1) {
    closing_heading(c, titles[1], levels[1]);
    history_table(c);
  }
}
