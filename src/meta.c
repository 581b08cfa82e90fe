/* Metadata helpers shared by every writer. */

#include "internal.h"

const char *iso_status_name(iso_status s) {
  static const char *const n[] = {"draft", "review", "approved", "retired"};
  return (s >= ISO_STATUS_DRAFT && s <= ISO_STATUS_RETIRED) ? n[s] : "draft";
}

const char *iso_doc_type_name(iso_doc_type t) {
  static const char *const n[] = {"other", "policy", "manual", "procedure",
                                  "instruction", "plan", "record"};
  return (t >= ISO_TYPE_OTHER && t <= ISO_TYPE_RECORD) ? n[t] : "other";
}

const char *iso_status_label(iso_lang lang, iso_status s) {
  switch (s) {
  case ISO_STATUS_REVIEW:
    return iso_label(lang, ISO_L_STATUS_REVIEW);
  case ISO_STATUS_APPROVED:
    return iso_label(lang, ISO_L_STATUS_APPROVED);
  case ISO_STATUS_RETIRED:
    return iso_label(lang, ISO_L_STATUS_RETIRED);
  default:
    return iso_label(lang, ISO_L_STATUS_DRAFT);
  }
}

const char *iso_status_mark(iso_lang lang, iso_status s) {
  if (s == ISO_STATUS_APPROVED)
    return NULL;
  return iso_label(lang, s == ISO_STATUS_RETIRED ? ISO_L_MARK_RETIRED
                                                 : ISO_L_MARK_DRAFT);
}

long long iso_write_timestamp(const iso_meta *m, const iso_write_options *o) {
  if (o && o->has_timestamp)
    return o->timestamp;
  if (m) {
    if (m->approved.year)
      return iso_date_epoch(m->approved);
    iso_date newest = {0, 0, 0};
    for (size_t i = 0; i < m->n_history; i++)
      if (m->history[i].date.year && iso_date_cmp(m->history[i].date, newest) > 0)
        newest = m->history[i].date;
    if (newest.year)
      return iso_date_epoch(newest);
    if (m->effective.year)
      return iso_date_epoch(m->effective);
  }
  iso_date y2k = {2000, 1, 1};
  return iso_date_epoch(y2k);
}
