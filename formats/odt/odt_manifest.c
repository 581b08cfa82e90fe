/* META-INF/manifest.xml: every part of the package, ODF 1.3. */
#include "odt.h"

static void file_entry(iso_xml *x, const char *path, const char *type) {
  iso_xml_start(x, "manifest:file-entry");
  iso_xml_attr(x, "manifest:full-path", path);
  if (path[0] == '/' && !path[1])
    iso_xml_attr(x, "manifest:version", "1.3");
  iso_xml_attr(x, "manifest:media-type", type);
  iso_xml_end(x);
}

static void manifest(odt_ctx *c, iso_xml *x) {
  iso_xml_start(x, "manifest:manifest");
  iso_xml_attr(x, "xmlns:manifest",
               "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
  iso_xml_attr(x, "manifest:version", "1.3");
  file_entry(x, "/", "application/vnd.oasis.opendocument.text");
  file_entry(x, "content.xml", "text/xml");
  file_entry(x, "styles.xml", "text/xml");
  file_entry(x, "meta.xml", "text/xml");
  file_entry(x, "settings.xml", "text/xml");
  for (size_t i = 0; i < c->n_pics; i++)
    file_entry(x, c->pics[i].name, c->pics[i].media_type);
  iso_xml_end(x);
}

int odt_manifest_xml(odt_ctx *c, iso_zip *z) {
  iso_xml x;
  iso_xml_begin(&x);
  manifest(c, &x);
  return iso_zip_add_xml(z, "META-INF/manifest.xml", &x);
}
