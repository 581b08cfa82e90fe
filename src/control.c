/* The document-control texts every writer shows (footer, approval block). */
#include <string.h>

#include "isoexport.h"

void iso_control_line1(const iso_meta *m, iso_buf *out) {
  const char *sep = " \xC2\xB7 "; /* middle dot */
  int first = 1;
#define PART(...)                                                              \
  do {                                                                         \
    if (!first)                                                                \
      iso_buf_puts(out, sep);                                                  \
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
  out[0].value = (m->owner && *m->owner) ? m->owner : "\xE2\x80\x93";
  out[1].label = iso_label(lang, ISO_L_APPROVER);
  out[1].value = (m->approver && *m->approver) ? m->approver : "\xE2\x80\x93";
  out[2].label = iso_label(lang, ISO_L_APPROVAL_DATE);
  if (m->approved.year) {
    iso_date_format(lang, m->approved, out[2].buf);
    out[2].value = out[2].buf;
  } else {
    out[2].value = iso_label(lang, ISO_L_NOT_APPROVED);
  }
  out[3].label = iso_label(lang, ISO_L_NEXT_REVIEW);
  iso_date_format(lang, m->next_review, out[3].buf);
  out[3].value = out[3].buf[0] ? out[3].buf : "\xE2\x80\x93";
}
