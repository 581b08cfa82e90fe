/* docProps/core.xml: the Dublin Core properties Word shows under File > Info. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "docx.h"

static void w3cdtf(long long t, char out[32]) {
  time_t tt = (time_t)t;
  struct tm tm;
  gmtime_r(&tt, &tm);
  strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void optional(iso_xml *x, const char *name, const char *v) {
  if (v && *v)
    iso_xml_element(x, name, v);
}

static void dated(iso_xml *x, const char *name, const char *when) {
  iso_xml_start(x, name);
  iso_xml_attr(x, "xsi:type", "dcterms:W3CDTF");
  iso_xml_text(x, when);
  iso_xml_end(x);
}

void docx_part_core(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  char when[32];
  w3cdtf(c->when, when);
  char *kw = iso_join(m->keywords, m->n_keywords, ", ");
  if (!kw) /* NULL only when out of memory */
    x->failed = 1;
  iso_xml_start(x, "cp:coreProperties");
  iso_xml_attr(x, "xmlns:cp",
               "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  iso_xml_attr(x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  iso_xml_attr(x, "xmlns:dcterms", "http://purl.org/dc/terms/");
  iso_xml_attr(x, "xmlns:dcmitype", "http://purl.org/dc/dcmitype/");
  iso_xml_attr(x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  optional(x, "dc:title", m->title);
  /* subject: the document type when one is given, else the subtitle */
  if (m->type != ISO_TYPE_OTHER || !m->subtitle || !*m->subtitle)
    optional(x, "dc:subject", iso_doc_type_label(c->lang, m->type));
  else
    optional(x, "dc:subject", m->subtitle);
  optional(x, "dc:creator", m->owner);
  optional(x, "cp:keywords", kw);
  optional(x, "dc:description", m->subtitle);
  optional(x, "cp:lastModifiedBy", m->owner);
  optional(x, "dc:identifier", m->id);
  optional(x, "cp:version", m->version);
  dated(x, "dcterms:created", when);
  dated(x, "dcterms:modified", when);
  optional(x, "cp:category", iso_doc_type_label(c->lang, m->type));
  optional(x, "cp:contentStatus", iso_status_label(c->lang, m->status));
  optional(x, "dc:language", iso_lang_tag(c->lang));
  iso_xml_end(x);
  free(kw);
}
