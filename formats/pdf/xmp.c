/* The XMP metadata packet of a PDF/A-3b file (ISO 19005-3, 6.6): the PDF/A
 * identification, the Dublin Core, XMP and PDF properties that repeat the
 * Info dictionary (info_text.c, so they agree), and the document-control
 * values in an extension schema that PDF/A requires to be described in the
 * packet itself (pdfaExtension). Written with libxml2's xmlTextWriter,
 * which escapes every value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

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

static void start_desc(xmlTextWriterPtr w, const char *prefix,
                       const char *ns) {
  xmlTextWriterStartElement(w, BAD_CAST "rdf:Description");
  xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:about", BAD_CAST "");
  char attr[64];
  snprintf(attr, sizeof attr, "xmlns:%s", prefix);
  xmlTextWriterWriteAttribute(w, BAD_CAST attr, BAD_CAST ns);
}

static void elem(xmlTextWriterPtr w, const char *name, const char *text) {
  xmlTextWriterWriteElement(w, BAD_CAST name, BAD_CAST text);
}

/* A language alternative (dc:title, dc:description) with x-default. */
static void alt(xmlTextWriterPtr w, const char *name, const char *text) {
  xmlTextWriterStartElement(w, BAD_CAST name);
  xmlTextWriterStartElement(w, BAD_CAST "rdf:Alt");
  xmlTextWriterStartElement(w, BAD_CAST "rdf:li");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xml:lang", BAD_CAST "x-default");
  xmlTextWriterWriteString(w, BAD_CAST text);
  xmlTextWriterEndElement(w);
  xmlTextWriterEndElement(w);
  xmlTextWriterEndElement(w);
}

static void extension_schema(xmlTextWriterPtr w, const control_prop *p,
                             size_t n, const iso_meta *m) {
  xmlTextWriterStartElement(w, BAD_CAST "rdf:Description");
  xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:about", BAD_CAST "");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:pdfaExtension",
                              BAD_CAST "http://www.aiim.org/pdfa/ns/extension/");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:pdfaSchema",
                              BAD_CAST "http://www.aiim.org/pdfa/ns/schema#");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:pdfaProperty",
                              BAD_CAST "http://www.aiim.org/pdfa/ns/property#");
  xmlTextWriterStartElement(w, BAD_CAST "pdfaExtension:schemas");
  xmlTextWriterStartElement(w, BAD_CAST "rdf:Bag");
  xmlTextWriterStartElement(w, BAD_CAST "rdf:li");
  xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:parseType", BAD_CAST "Resource");
  elem(w, "pdfaSchema:schema",
       "isoexport document control (ISO/IEC 27001 7.5.3)");
  elem(w, "pdfaSchema:namespaceURI", NS_CONTROL);
  elem(w, "pdfaSchema:prefix", "isoctl");
  xmlTextWriterStartElement(w, BAD_CAST "pdfaSchema:property");
  xmlTextWriterStartElement(w, BAD_CAST "rdf:Seq");
  for (size_t i = 0; i < n; i++) {
    xmlTextWriterStartElement(w, BAD_CAST "rdf:li");
    xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:parseType",
                                BAD_CAST "Resource");
    elem(w, "pdfaProperty:name", p[i].name);
    elem(w, "pdfaProperty:valueType", "Text");
    elem(w, "pdfaProperty:category", "external");
    elem(w, "pdfaProperty:description", p[i].description);
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterEndElement(w); /* Seq */
  xmlTextWriterEndElement(w); /* property */
  xmlTextWriterEndElement(w); /* li */
  pdf_xmp_custom_schema(w, m);
  xmlTextWriterEndElement(w); /* Bag */
  xmlTextWriterEndElement(w); /* schemas */
  xmlTextWriterEndElement(w); /* Description */
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
  xmlBufferPtr buf = xmlBufferCreate();
  xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
  int rc = -1;
  if (!w || !dist)
    goto out;
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST " ");
  xmlTextWriterWritePI(w, BAD_CAST "xpacket",
                       BAD_CAST "begin=\"\xEF\xBB\xBF\" "
                                "id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  xmlTextWriterStartElement(w, BAD_CAST "x:xmpmeta");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:x", BAD_CAST "adobe:ns:meta/");
  xmlTextWriterStartElement(w, BAD_CAST "rdf:RDF");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:rdf", BAD_CAST NS_RDF);

  start_desc(w, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
  elem(w, "pdfaid:part", "3");
  elem(w, "pdfaid:conformance", "B");
  xmlTextWriterEndElement(w);

  start_desc(w, "dc", "http://purl.org/dc/elements/1.1/");
  elem(w, "dc:format", "application/pdf");
  if (it.title)
    alt(w, "dc:title", it.title);
  if (it.author) {
    xmlTextWriterStartElement(w, BAD_CAST "dc:creator");
    xmlTextWriterStartElement(w, BAD_CAST "rdf:Seq");
    elem(w, "rdf:li", it.author);
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
  }
  alt(w, "dc:description", it.subject);
  xmlTextWriterEndElement(w);

  start_desc(w, "xmp", "http://ns.adobe.com/xap/1.0/");
  elem(w, "xmp:CreateDate", when);
  elem(w, "xmp:ModifyDate", when);
  elem(w, "xmp:MetadataDate", when);
  elem(w, "xmp:CreatorTool", it.creator);
  xmlTextWriterEndElement(w);

  start_desc(w, "pdf", "http://ns.adobe.com/pdf/1.3/");
  elem(w, "pdf:Producer", it.creator);
  if (it.keywords)
    elem(w, "pdf:Keywords", it.keywords);
  xmlTextWriterEndElement(w);

  start_desc(w, "isoctl", NS_CONTROL);
  for (size_t i = 0; i < np; i++) {
    char name[64];
    snprintf(name, sizeof name, "isoctl:%s", p[i].name);
    if (p[i].value && *p[i].value)
      elem(w, name, p[i].value);
  }
  xmlTextWriterEndElement(w);

  pdf_xmp_custom_values(w, m);
  extension_schema(w, p, np, m);
  xmlTextWriterEndElement(w); /* rdf:RDF */
  xmlTextWriterEndElement(w); /* x:xmpmeta */
  xmlTextWriterWritePI(w, BAD_CAST "xpacket", BAD_CAST "end=\"w\"");
  if (xmlTextWriterEndDocument(w) < 0)
    goto out;
  xmlFreeTextWriter(w);
  w = NULL;
  iso_buf_append(out, xmlBufferContent(buf), (size_t)xmlBufferLength(buf));
  rc = out->failed ? -1 : 0;
out:
  if (w)
    xmlFreeTextWriter(w);
  if (buf)
    xmlBufferFree(buf);
  for (size_t i = 0; i < np; i++)
    if (p[i].free_value)
      free(p[i].value);
  free(dist);
  pdf_info_text_free(&it);
  return rc;
}
