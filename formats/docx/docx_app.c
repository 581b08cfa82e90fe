/* docProps/app.xml: the extended properties (application, company). */
#include "docx.h"

void docx_part_app(docx *c, iso_xml *x) {
  iso_xml_start(x, "Properties");
  iso_xml_attr(x, "xmlns",
               "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  iso_xml_attr(x, "xmlns:vt",
               "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  iso_xml_element(x, "Template", "Normal.dotm");
  if (c->meta->organization && *c->meta->organization)
    iso_xml_element(x, "Company", c->meta->organization);
  iso_xml_element(x, "LinksUpToDate", "false");
  iso_xml_element(x, "HyperlinksChanged", "false");
  /* no AppVersion: Word insists on its own "16.0000" form */
  iso_xml_element(x, "Application", "isoexport");
  iso_xml_element(x, "DocSecurity", "0");
  iso_xml_end(x);
}
