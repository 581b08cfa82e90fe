/* The document information's texts (see info_text.h). */
#include <stdio.h>
#include <stdlib.h>

#include "info_text.h"

int pdf_info_text_make(const iso_meta *m, pdf_info_text *t) {
  snprintf(t->creator, sizeof t->creator, "isoexport %s", iso_version());
  t->title = m->title;
  t->author = m->owner;
  iso_buf subject;
  iso_buf_init(&subject);
  if (m->subtitle && *m->subtitle)
    iso_buf_puts(&subject, m->subtitle);
  else if (m->id)
    iso_buf_printf(&subject, "%s %s %s", m->id,
                   iso_label(m->language, ISO_L_VERSION),
                   m->version ? m->version : "");
  iso_buf_puts(&subject, "");
  char *keywords = iso_join(m->keywords, m->n_keywords, ", ");
  if (subject.failed || !keywords) {
    iso_buf_free(&subject);
    free(keywords);
    return -1;
  }
  t->subject = iso_buf_detach(&subject, NULL);
  if (!m->n_keywords) {
    free(keywords);
    keywords = NULL;
  }
  t->keywords = keywords;
  return 0;
}

void pdf_info_text_free(pdf_info_text *t) {
  free(t->subject);
  free(t->keywords);
  t->subject = t->keywords = NULL;
}
