/* docProps/custom.xml: document control as custom properties, so document
 * management systems and Word fields (DOCPROPERTY) can use them. */
#include <stdlib.h>

#include "docx.h"

#define FMTID "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

static void property(iso_xml *x, int *pid, const char *name, const char *value) {
  if (!value || !*value)
    return; /* absent fields are left out rather than written empty */
  iso_xml_start(x, "property");
  iso_xml_attr(x, "fmtid", FMTID);
  iso_xml_attr_int(x, "pid", (*pid)++);
  iso_xml_attr(x, "name", name);
  iso_xml_element(x, "vt:lpwstr", value);
  iso_xml_end(x);
}

static void date_property(iso_xml *x, int *pid, const char *name, iso_date d) {
  char s[11];
  if (!d.year)
    return;
  iso_date_iso(d, s);
  property(x, pid, name, s);
}

void docx_part_custom(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  int pid = 2; /* 0 and 1 are reserved */
  char interval[48];
  iso_review_interval_text(ISO_LANG_EN, m->review_months, interval);
  char *dist = iso_join(m->distribution, m->n_distribution, ", ");
  if (!dist) /* NULL only when out of memory */
    x->failed = 1;
  iso_xml_start(x, "Properties");
  iso_xml_attr(x, "xmlns",
               "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
  iso_xml_attr(x, "xmlns:vt",
               "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  property(x, &pid, "Document ID", m->id);
  property(x, &pid, "Version", m->version);
  property(x, &pid, "Status", iso_status_name(m->status));
  property(x, &pid, "Classification", m->classification);
  property(x, &pid, "Owner", m->owner);
  property(x, &pid, "Approver", m->approver);
  date_property(x, &pid, "Approval date", m->approved);
  date_property(x, &pid, "Next review", m->next_review);
  date_property(x, &pid, "Effective", m->effective);
  property(x, &pid, "Review interval", interval);
  property(x, &pid, "Document type", iso_doc_type_name(m->type));
  property(x, &pid, "Organization", m->organization);
  property(x, &pid, "Distribution", dist);
  property(x, &pid, "Retention", m->retention);
  property(x, &pid, "Master copy", m->master_copy);
  /* the document's own fields, under their own names (the loader keeps
   * them apart from the names above) */
  for (size_t i = 0; i < m->n_custom; i++)
    property(x, &pid, m->custom[i].name, m->custom[i].value);
  iso_xml_end(x);
  free(dist);
}
