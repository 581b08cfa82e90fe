/* Document control in the body: the title block on page one (title,
 * subtitle and every metadata field in a label/value table) and, at the
 * end, the approval block with the four control fields and the revision
 * history. Texts come from src/control.c and src/labels.c so every format
 * says the same. */
#include <stdlib.h>

#include "docx.h"

static void label_row(docx *c, iso_xml *x, const long *cols, iso_label_id id,
                      const char *value) {
  docx_tr_start(x, 0);
  docx_tc_text(x, cols[0], iso_label(c->lang, id), 1);
  docx_tc_text(x, cols[1], value ? value : "", 0);
  iso_xml_end(x);
}

static void optional_row(docx *c, iso_xml *x, const long *cols, iso_label_id id,
                         const char *value) {
  if (value && *value)
    label_row(c, x, cols, id, value);
}

static void control_rows(docx *c, iso_xml *x, const long *cols) {
  iso_control_field f[ISO_CONTROL_FIELDS];
  iso_control_fields(c->meta, f);
  static const iso_label_id ids[ISO_CONTROL_FIELDS] = {
      ISO_L_OWNER, ISO_L_APPROVER, ISO_L_APPROVAL_DATE, ISO_L_NEXT_REVIEW};
  for (int i = 0; i < ISO_CONTROL_FIELDS; i++) {
    docx_tr_start(x, 0);
    docx_tc_text(x, cols[0], f[i].label ? f[i].label : iso_label(c->lang, ids[i]), 1);
    docx_tc_text(x, cols[1], f[i].value, 0);
    iso_xml_end(x);
  }
}

static void label_columns(docx *c, long cols[2]) {
  cols[0] = c->text_width * 3 / 10;
  cols[1] = c->text_width - cols[0];
}

static void metadata_table(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  long cols[2];
  char date[32], interval[48];
  label_columns(c, cols);
  docx_tbl_start(c, x, cols, 2, 1);
  label_row(c, x, cols, ISO_L_ID, m->id);
  label_row(c, x, cols, ISO_L_DOC_TYPE, iso_doc_type_label(c->lang, m->type));
  label_row(c, x, cols, ISO_L_VERSION, m->version);
  label_row(c, x, cols, ISO_L_STATUS, iso_status_label(c->lang, m->status));
  optional_row(c, x, cols, ISO_L_CLASSIFICATION, m->classification);
  optional_row(c, x, cols, ISO_L_ORGANIZATION, m->organization);
  control_rows(c, x, cols);
  iso_date_format(c->lang, m->effective, date);
  optional_row(c, x, cols, ISO_L_EFFECTIVE, date);
  iso_review_interval_text(c->lang, m->review_months, interval);
  optional_row(c, x, cols, ISO_L_REVIEW_INTERVAL, interval);
  char *dist = iso_join(m->distribution, m->n_distribution, ", ");
  if (!dist)
    x->failed = 1;
  optional_row(c, x, cols, ISO_L_DISTRIBUTION, dist);
  free(dist);
  char *kw = iso_join(m->keywords, m->n_keywords, ", ");
  if (!kw)
    x->failed = 1;
  optional_row(c, x, cols, ISO_L_KEYWORDS, kw);
  free(kw);
  docx_tbl_end(x);
}

void docx_title_block(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  docx_para_text(x, "Title", m->title);
  if (m->subtitle && *m->subtitle)
    docx_para_text(x, "Subtitle", m->subtitle);
  const char *mark = iso_status_mark(c->lang, m->status);
  if (mark) {
    docx_rpr r = {0, 0, "StatusMark"};
    iso_xml_start(x, "w:p");
    docx_run(x, mark, r);
    iso_xml_end(x);
  }
  metadata_table(c, x);
}

static void history_table(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  static const iso_label_id heads[] = {ISO_L_H_VERSION, ISO_L_H_DATE, ISO_L_H_AUTHOR,
                                       ISO_L_H_CHANGES, ISO_L_H_APPROVER};
  static const int share[] = {12, 16, 22, 32, 18};
  long cols[5];
  for (int i = 0; i < 5; i++)
    cols[i] = c->text_width * share[i] / 100;
  docx_tbl_start(c, x, cols, 5, 0);
  docx_tr_start(x, 1);
  for (int i = 0; i < 5; i++)
    docx_tc_text(x, cols[i], iso_label(c->lang, heads[i]), 1);
  iso_xml_end(x);
  for (size_t i = 0; i < m->n_history; i++) {
    const iso_revision *r = &m->history[i];
    char date[32];
    iso_date_format(c->lang, r->date, date);
    docx_tr_start(x, 0);
    docx_tc_text(x, cols[0], r->version, 0);
    docx_tc_text(x, cols[1], date, 0);
    docx_tc_text(x, cols[2], r->author, 0);
    docx_tc_text(x, cols[3], r->changes, 0);
    docx_tc_text(x, cols[4], r->approver ? r->approver : "\xE2\x80\x93", 0);
    iso_xml_end(x);
  }
  docx_tbl_end(x);
}

void docx_approval_block(docx *c, iso_xml *x) {
  long cols[2];
  label_columns(c, cols);
  docx_heading(c, x, NULL, 1, iso_label(c->lang, ISO_L_APPROVAL_BLOCK));
  docx_tbl_start(c, x, cols, 2, 1);
  control_rows(c, x, cols);
  docx_tbl_end(x);
  if (c->meta->n_history) {
    docx_heading(c, x, NULL, 2, iso_label(c->lang, ISO_L_HISTORY));
    history_table(c, x);
  }
}
