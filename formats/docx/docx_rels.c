/* Relationship parts: _rels/.rels (the package) and word/_rels/NAME.rels. */
#include <stdio.h>

#include "docx.h"

#define NS_RELS "http://schemas.openxmlformats.org/package/2006/relationships"

static void relationship(iso_xml *x, const char *id, const char *type,
                         const char *target, int external) {
  iso_xml_start(x, "Relationship");
  iso_xml_attr(x, "Id", id);
  iso_xml_attr(x, "Type", type);
  iso_xml_attr(x, "Target", target);
  if (external)
    iso_xml_attr(x, "TargetMode", "External");
  iso_xml_end(x);
}

void docx_part_package_rels(docx *c, iso_xml *x) {
  (void)c;
  iso_xml_start(x, "Relationships");
  iso_xml_attr(x, "xmlns", NS_RELS);
  relationship(x, "rId1", DOCX_REL_BASE "officeDocument", "word/document.xml", 0);
  /* core properties live under the package namespace, not officeDocument */
  relationship(x, "rId2",
               "http://schemas.openxmlformats.org/package/2006/relationships/"
               "metadata/core-properties",
               "docProps/core.xml", 0);
  relationship(x, "rId3", DOCX_REL_BASE "extended-properties", "docProps/app.xml", 0);
  relationship(x, "rId4", DOCX_REL_BASE "custom-properties", "docProps/custom.xml", 0);
  iso_xml_end(x);
}

void docx_part_rels(docx *c, iso_xml *x, const docx_rels *r) {
  (void)c;
  iso_xml_start(x, "Relationships");
  iso_xml_attr(x, "xmlns", NS_RELS);
  for (size_t i = 0; i < r->n; i++) {
    char id[24], type[160];
    snprintf(id, sizeof id, "rId%d", r->v[i].id);
    snprintf(type, sizeof type, "%s%s", DOCX_REL_BASE, r->v[i].type);
    relationship(x, id, type, r->v[i].target, r->v[i].external);
  }
  iso_xml_end(x);
}
