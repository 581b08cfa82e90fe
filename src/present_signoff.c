/* The sign-off table, the acknowledgement table and the "uncontrolled when
 * printed" footer line, as every format shows them (present.h). */
#include "present.h"

/* role, name, date, signature: the signature gets the widest column */
const double iso_pr_signoff_weights[ISO_PR_SIGNOFF_COLS] = {0.28, 0.24, 0.14,
                                                            0.34};

const char *iso_pr_signoff_head(iso_lang lang, int col) {
  static const iso_label_id ids[ISO_PR_SIGNOFF_COLS] = {
      ISO_L_S_ROLE, ISO_L_S_NAME, ISO_L_S_DATE, ISO_L_S_SIGNATURE};
  return col >= 0 && col < ISO_PR_SIGNOFF_COLS ? iso_label(lang, ids[col]) : "";
}

const char *iso_pr_signoff_cell(const iso_meta *m, size_t r, int col,
                                char buf[32]) {
  if (r >= m->n_signoff)
    return "";
  const iso_signoff *s = &m->signoff[r];
  switch (col) {
  case 0:
    return s->role ? s->role : "";
  case 1:
    return s->name ? s->name : "";
  case 2:
    iso_date_format(m->language, s->date, buf); /* "" when not given */
    return buf;
  default:
    return ""; /* the signature: signed on paper, or digitally later */
  }
}

/* name, date, signature */
const double iso_pr_ack_weights[ISO_PR_ACK_COLS] = {0.4, 0.2, 0.4};

const char *iso_pr_ack_head(iso_lang lang, int col) {
  static const iso_label_id ids[ISO_PR_ACK_COLS] = {ISO_L_S_NAME, ISO_L_S_DATE,
                                                    ISO_L_S_SIGNATURE};
  return col >= 0 && col < ISO_PR_ACK_COLS ? iso_label(lang, ids[col]) : "";
}

const char *iso_pr_ack_text(iso_lang lang) {
  return iso_label(lang, ISO_L_ACK_TEXT);
}

const char *iso_pr_uncontrolled(const iso_meta *m, const iso_theme *t) {
  int on = m->uncontrolled ? m->uncontrolled > 0
                           : (t && t->uncontrolled_when_printed);
  return on ? iso_label(m->language, ISO_L_UNCONTROLLED) : NULL;
}
