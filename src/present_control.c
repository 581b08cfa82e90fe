/* Document control as every format shows it: the footer's control line and
 * fields, the title block's and the approval block's label/value rows, the
 * revision history and the closing block's headings. */
#include <stdlib.h>
#include <string.h>

#include "present.h"

void iso_control_line1(const iso_meta *m, iso_buf *out) {
  int first = 1;
#define PART(...)                                                              \
  do {                                                                         \
    if (!first)                                                                \
      iso_buf_puts(out, ISO_PR_SEP);                                           \
    first = 0;                                                                 \
    iso_buf_printf(out, __VA_ARGS__);                                          \
  } while (0)
  if (m->id && *m->id)
    PART("%s", m->id);
  if (m->title && *m->title)
    PART("%s", m->title);
  if (m->version && *m->version)
    PART("%s %s", iso_label(m->language, ISO_L_VERSION), m->version);
  PART("%s", iso_status_label(m->language, m->status));
  if (m->classification && *m->classification)
    PART("%s", m->classification);
#undef PART
}

void iso_control_fields(const iso_meta *m, iso_control_field out[ISO_CONTROL_FIELDS]) {
  memset(out, 0, sizeof(iso_control_field) * ISO_CONTROL_FIELDS);
  iso_lang lang = m->language;
  out[0].label = iso_label(lang, ISO_L_OWNER);
  out[0].value = (m->owner && *m->owner) ? m->owner : ISO_PR_NONE;
  out[1].label = iso_label(lang, ISO_L_APPROVER);
  out[1].value = (m->approver && *m->approver) ? m->approver : ISO_PR_NONE;
  out[2].label = iso_label(lang, ISO_L_APPROVAL_DATE);
  if (m->approved.year) {
    iso_date_format(lang, m->approved, out[2].buf);
    out[2].value = out[2].buf;
  } else {
    out[2].value = iso_label(lang, ISO_L_NOT_APPROVED);
  }
  out[3].label = iso_label(lang, ISO_L_NEXT_REVIEW);
  iso_date_format(lang, m->next_review, out[3].buf);
  out[3].value = out[3].buf[0] ? out[3].buf : ISO_PR_NONE;
}

/* ---- label/value tables ---------------------------------------------- */

const double iso_pr_kv_weights[2] = {0.3, 0.7};

static void row(iso_pr_kv *kv, const char *label, const char *value) {
  if (!value || !*value || kv->n >= ISO_PR_KV_MAX)
    return;
  kv->label[kv->n] = label;
  kv->value[kv->n] = value;
  kv->n++;
}

int iso_pr_title_rows(const iso_meta *m, iso_pr_kv *kv) {
  iso_lang l = m->language;
  memset(kv, 0, sizeof *kv);
  iso_control_fields(m, kv->cf);
  iso_date_format(l, m->effective, kv->effective);
  iso_review_interval_text(l, m->review_months, kv->interval);
  kv->dist = iso_join(m->distribution, m->n_distribution, ", ");
  kv->keywords = iso_join(m->keywords, m->n_keywords, ", ");
  row(kv, iso_label(l, ISO_L_ID), m->id);
  row(kv, iso_label(l, ISO_L_DOC_TYPE), iso_doc_type_label(l, (int)m->type));
  row(kv, iso_label(l, ISO_L_VERSION), m->version);
  row(kv, iso_label(l, ISO_L_STATUS), iso_status_label(l, m->status));
  row(kv, iso_label(l, ISO_L_CLASSIFICATION), m->classification);
  row(kv, iso_label(l, ISO_L_ORGANIZATION), m->organization);
  for (int i = 0; i < ISO_CONTROL_FIELDS; i++)
    row(kv, kv->cf[i].label, kv->cf[i].value);
  row(kv, iso_label(l, ISO_L_EFFECTIVE), kv->effective);
  row(kv, iso_label(l, ISO_L_REVIEW_INTERVAL), kv->interval);
  row(kv, iso_label(l, ISO_L_RETENTION), m->retention);
  row(kv, iso_label(l, ISO_L_MASTER_COPY), m->master_copy);
  row(kv, iso_label(l, ISO_L_DISTRIBUTION), kv->dist);
  row(kv, iso_label(l, ISO_L_KEYWORDS), kv->keywords);
  for (size_t i = 0; i < m->n_custom; i++)
    row(kv, m->custom[i].name, m->custom[i].value);
  return kv->dist && kv->keywords ? 0 : -1; /* NULL only when out of memory */
}

void iso_pr_approval_rows(const iso_meta *m, iso_pr_kv *kv) {
  memset(kv, 0, sizeof *kv);
  iso_control_fields(m, kv->cf);
  for (int i = 0; i < ISO_CONTROL_FIELDS; i++)
    row(kv, kv->cf[i].label, kv->cf[i].value);
  row(kv, iso_label(m->language, ISO_L_RETENTION), m->retention);
  row(kv, iso_label(m->language, ISO_L_MASTER_COPY), m->master_copy);
}

void iso_pr_kv_free(iso_pr_kv *kv) {
  free(kv->dist);
  free(kv->keywords);
  kv->dist = kv->keywords = NULL;
}

/* ---- revision history ------------------------------------------------- */

/* version, date, author, changes, approver */
const double iso_pr_history_weights[ISO_PR_HISTORY_COLS] = {0.11, 0.15, 0.2,
                                                            0.34, 0.2};

const char *iso_pr_history_head(iso_lang lang, int col) {
  static const iso_label_id ids[ISO_PR_HISTORY_COLS] = {
      ISO_L_H_VERSION, ISO_L_H_DATE, ISO_L_H_AUTHOR, ISO_L_H_CHANGES,
      ISO_L_H_APPROVER};
  return col >= 0 && col < ISO_PR_HISTORY_COLS ? iso_label(lang, ids[col]) : "";
}

const char *iso_pr_history_cell(const iso_meta *m, size_t r, int col,
                                char buf[32]) {
  if (r >= m->n_history)
    return "";
  const iso_revision *v = &m->history[r];
  switch (col) {
  case 0:
    return v->version ? v->version : "";
  case 1:
    iso_date_format(m->language, v->date, buf);
    return buf;
  case 2:
    return v->author ? v->author : "";
  case 3:
    return v->changes ? v->changes : "";
  case 4:
    return v->approver && *v->approver ? v->approver : ISO_PR_NONE;
  default:
    return "";
  }
}

int iso_pr_closing_headings(const iso_meta *m,
                            iso_pr_heading out[ISO_PR_CLOSING_MAX]) {
  int n = 0;
  out[n++] = (iso_pr_heading){iso_label(m->language, ISO_L_APPROVAL_BLOCK), 1,
                              ISO_PR_CLOSING_APPROVAL};
  if (m->n_history)
    out[n++] = (iso_pr_heading){iso_label(m->language, ISO_L_HISTORY), 2,
                                ISO_PR_CLOSING_HISTORY};
  if (m->acknowledgement)
    out[n++] = (iso_pr_heading){iso_label(m->language, ISO_L_ACKNOWLEDGEMENT),
                                2, ISO_PR_CLOSING_ACK};
  return n;
}
