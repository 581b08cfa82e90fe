/* meta.xml: document properties, with the document-control fields as
 * user-defined properties (shown in File > Properties > Custom). */
#include <stdio.h>

#include "odt.h"

static void element(iso_xml *x, const char *name, const char *text) {
  if (text && *text)
    iso_xml_element(x, name, text);
}

static void timestamp(char out[64], long long t) {
  iso_date d = iso_date_from_epoch(t);
  int s = (int)((t - iso_date_epoch(d)) % 86400);
  snprintf(out, 64, "%04d-%02d-%02dT%02d:%02d:%02d", d.year % 10000, d.month % 100,
           d.day % 100, s / 3600, s / 60 % 60, s % 60);
}

static void user_defined(iso_xml *x, const char *name, const char *type,
                         const char *value) {
  if (!value || !*value)
    return;
  iso_xml_start(x, "meta:user-defined");
  iso_xml_attr(x, "meta:name", name);
  iso_xml_attr(x, "meta:value-type", type);
  iso_xml_text(x, value);
  iso_xml_end(x);
}

static void user_date(iso_xml *x, const char *name, iso_date d) {
  char s[11];
  if (!d.year)
    return;
  iso_date_iso(d, s);
  user_defined(x, name, "date", s);
}

static void office_meta(odt_ctx *c, iso_xml *x) {
  const iso_meta *m = c->m;
  char when[64];
  timestamp(when, c->when);
  iso_xml_start(x, "office:meta");
  char gen[64];
  snprintf(gen, sizeof gen, "isoexport/%s", iso_version());
  element(x, "meta:generator", gen);
  element(x, "dc:title", m->title);
  /* the subject: the subtitle, or else the kind of document */
  element(x, "dc:subject", m->subtitle ? m->subtitle : iso_doc_type_name(m->type));
  for (size_t i = 0; i < m->n_keywords; i++)
    element(x, "meta:keyword", m->keywords[i]);
  element(x, "meta:initial-creator", m->owner);
  element(x, "dc:creator", m->owner);
  element(x, "meta:creation-date", when);
  element(x, "dc:date", when);
  element(x, "dc:language", iso_lang_tag(m->language));
  user_defined(x, "Document ID", "string", m->id);
  user_defined(x, "Version", "string", m->version);
  user_defined(x, "Status", "string", iso_status_name(m->status));
  user_defined(x, "Classification", "string", m->classification);
  user_defined(x, "Document type", "string", iso_doc_type_name(m->type));
  user_defined(x, "Owner", "string", m->owner);
  user_defined(x, "Approver", "string", m->approver);
  user_date(x, "Approval date", m->approved);
  user_date(x, "Effective", m->effective);
  user_date(x, "Next review", m->next_review);
  user_defined(x, "Retention", "string", m->retention);
  user_defined(x, "Master copy", "string", m->master_copy);
  for (size_t i = 0; i < m->n_custom; i++) /* `custom`, under its names */
    user_defined(x, m->custom[i].name, "string", m->custom[i].value);
  iso_xml_end(x);
}

int odt_meta_xml(odt_ctx *c, iso_zip *z) {
  iso_xml x;
  iso_xml_begin(&x);
  iso_xml_start(&x, "office:document-meta");
  odt_namespaces(&x);
  office_meta(c, &x);
  iso_xml_end(&x);
  return iso_zip_add_xml(z, "meta.xml", &x);
}
