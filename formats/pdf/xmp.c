/* The XMP metadata packet of a PDF/A-3b file (ISO 19005-3, 6.6): the PDF/A
 * identification, the Dublin Core, XMP and PDF properties that repeat the
 * Info dictionary (info_text.c, so they agree), and the document-control
 * values in an extension schema that PDF/A requires to be described in the
 * packet itself (pdfaExtension). Written with the parts' XML writer
 * (src/package/xml.c), which escapes every value, in the indented layout
 * libxml2's xmlTextWriter gave it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "package/package.h"

#include "info_text.h"
#include "pdfupdate.h"
#include "util.h"
#include "xmp.h"

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_CONTROL "urn:isoexport:ns:document-control:1.0/"

/* The document-control properties: name, description, value. */
typedef struct control_prop {
  const char *name, *description;
  char *value; /* owned when FREE */
  int free_value;
} control_prop;

static void start_desc(iso_xml *w, const char *prefix,
                       const char *ns) {
  iso_xml_start(w, "rdf:Description");
  iso_xml_attr(w, "rdf:about", "");
  char attr[64];
  snprintf(attr, sizeof attr, "xmlns:%s", prefix);
  iso_xml_attr(w, attr, ns);
}

static void elem(iso_xml *w, const char *name, const char *text) {
  iso_xml_element(w, name, text);
}

/* A language alternative (dc:title, dc:description) with x-default. */
static void alt(iso_xml *w, const char *name, const char *text) {
  iso_xml_start(w, name);
  iso_xml_start(w, "rdf:Alt");
  iso_xml_start(w, "rdf:li");
  iso_xml_attr(w, "xml:lang", "x-default");
  iso_xml_text(w, text);
  iso_xml_end(w);
  iso_xml_end(w);
  iso_xml_end(w);
}

/* One schema of pdfaExtension:schemas and its text properties, for ours
 * and the custom fields' (xmp_custom.c). */
void pdf_xmp_schema_open(iso_xml *w, const char *title, const char *ns,
                         const char *prefix) {
  iso_xml_start(w, "rdf:li");
  iso_xml_attr(w, "rdf:parseType", "Resource");
  elem(w, "pdfaSchema:schema", title);
  elem(w, "pdfaSchema:namespaceURI", ns);
  elem(w, "pdfaSchema:prefix", prefix);
  iso_xml_start(w, "pdfaSchema:property");
  iso_xml_start(w, "rdf:Seq");
}

void pdf_xmp_property(iso_xml *w, const char *name, const char *description) {
  iso_xml_start(w, "rdf:li");
  iso_xml_attr(w, "rdf:parseType", "Resource");
  elem(w, "pdfaProperty:name", name);
  elem(w, "pdfaProperty:valueType", "Text");
  elem(w, "pdfaProperty:category", "external");
  elem(w, "pdfaProperty:description", description);
  iso_xml_end(w);
}

void pdf_xmp_schema_close(iso_xml *w) {
  iso_xml_end(w); /* Seq */
  iso_xml_end(w); /* property */
  iso_xml_end(w); /* li */
}

static void extension_schema(iso_xml *w, const control_prop *p,
                             size_t n, const iso_meta *m) {
  iso_xml_start(w, "rdf:Description");
  iso_xml_attr(w, "rdf:about", "");
  iso_xml_attr(w, "xmlns:pdfaExtension",
                 "http://www.aiim.org/pdfa/ns/extension/");
  iso_xml_attr(w, "xmlns:pdfaSchema",
                 "http://www.aiim.org/pdfa/ns/schema#");
  iso_xml_attr(w, "xmlns:pdfaProperty",
                 "http://www.aiim.org/pdfa/ns/property#");
  iso_xml_start(w, "pdfaExtension:schemas");
  iso_xml_start(w, "rdf:Bag");
  pdf_xmp_schema_open(w, "isoexport document control (ISO/IEC 27001 7.5.3)",
                      NS_CONTROL, "isoctl");
  for (size_t i = 0; i < n; i++)
    pdf_xmp_property(w, p[i].name, p[i].description);
  pdf_xmp_schema_close(w);
  pdf_xmp_custom_schema(w, m);
  iso_xml_end(w); /* Bag */
  iso_xml_end(w); /* schemas */
  iso_xml_end(w); /* Description */
}

static char *date_text(iso_date d) {
  char b[11];
  if (!d.year)
    return NULL;
  iso_date_iso(d, b);
  return iso_strdup(b);
}

int pdf_xmp(const iso_meta *m, long long when_t, iso_buf *out) {
  pdf_info_text it;
  if (pdf_info_text_make(m, &it))
    return -1;
  char when[24];
  pdf_xmp_date(when_t, when);
  char months[16] = "";
  if (m->review_months)
    snprintf(months, sizeof months, "%d", m->review_months);
  char *dist = iso_join(m->distribution, m->n_distribution, ", ");
  control_prop p[] = {
      {"documentId", "The document's identifier", m->id, 0},
      {"version", "The document's version", m->version, 0},
      {"status", "draft, review, approved or retired",
       (char *)iso_status_name(m->status), 0},
      {"documentType", "policy, manual, procedure, instruction, plan, record "
                       "or other",
       (char *)iso_doc_type_name(m->type), 0},
      {"classification", "The document's classification", m->classification,
       0},
      {"organization", "The organization the document belongs to",
       m->organization, 0},
      {"owner", "Who owns the document", m->owner, 0},
      {"approver", "Who approved the document", m->approver, 0},
      {"approved", "Date of approval (YYYY-MM-DD)", date_text(m->approved), 1},
      {"effective", "Date from which the document applies (YYYY-MM-DD)",
       date_text(m->effective), 1},
      {"nextReview", "Date of the next review (YYYY-MM-DD)",
       date_text(m->next_review), 1},
      {"reviewIntervalMonths", "Months between reviews", months, 0},
      {"distribution", "Who the document is distributed to", dist, 0},
  };
  const size_t np = sizeof p / sizeof p[0];
  iso_xml x, *w = &x;
  iso_xml_begin_indented(w);
  int rc = -1;
  if (!dist)
    goto out;
  iso_xml_pi(w, "xpacket",
             "begin=\"\xEF\xBB\xBF\" "
             "id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  iso_xml_start(w, "x:xmpmeta");
  iso_xml_attr(w, "xmlns:x", "adobe:ns:meta/");
  iso_xml_start(w, "rdf:RDF");
  iso_xml_attr(w, "xmlns:rdf", NS_RDF);

  start_desc(w, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
  elem(w, "pdfaid:part", "3");
  elem(w, "pdfaid:conformance", "B");
  iso_xml_end(w);

  start_desc(w, "dc", "http://purl.org/dc/elements/1.1/");
  elem(w, "dc:format", "application/pdf");
  if (it.title)
    alt(w, "dc:title", it.title);
  if (it.author) {
    iso_xml_start(w, "dc:creator");
    iso_xml_start(w, "rdf:Seq");
    elem(w, "rdf:li", it.author);
    iso_xml_end(w);
    iso_xml_end(w);
  }
  alt(w, "dc:description", it.subject);
  iso_xml_end(w);

  start_desc(w, "xmp", "http://ns.adobe.com/xap/1.0/");
  elem(w, "xmp:CreateDate", when);
  elem(w, "xmp:ModifyDate", when);
  elem(w, "xmp:MetadataDate", when);
  elem(w, "xmp:CreatorTool", it.creator);
  iso_xml_end(w);

  start_desc(w, "pdf", "http://ns.adobe.com/pdf/1.3/");
  elem(w, "pdf:Producer", it.creator);
  if (it.keywords)
    elem(w, "pdf:Keywords", it.keywords);
  iso_xml_end(w);

  start_desc(w, "isoctl", NS_CONTROL);
  for (size_t i = 0; i < np; i++) {
    char name[64];
    snprintf(name, sizeof name, "isoctl:%s", p[i].name);
    if (p[i].value && *p[i].value)
      elem(w, name, p[i].value);
  }
  iso_xml_end(w);

  pdf_xmp_custom_values(w, m);
  extension_schema(w, p, np, m);
  iso_xml_end(w); /* rdf:RDF */
  iso_xml_end(w); /* x:xmpmeta */
  iso_xml_pi(w, "xpacket", "end=\"w\"");
  unsigned char *data;
  size_t len;
  if (iso_xml_finish(w, &data, &len) == 0) {
    iso_buf_append(out, data, len);
    free(data);
    rc = out->failed ? -1 : 0;
  }
out:
  iso_xml_discard(w);
  for (size_t i = 0; i < np; i++)
    if (p[i].free_value)
      free(p[i].value);
  free(dist);
  pdf_info_text_free(&it);
  return rc;
}
