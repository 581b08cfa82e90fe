/* settings.xml: only what makes the layout independent of the printer, so
 * every machine paginates the same way. */
#include "odt.h"

static void config_item(iso_xml *x, const char *name, const char *type,
                        const char *value) {
  iso_xml_start(x, "config:config-item");
  iso_xml_attr(x, "config:name", name);
  iso_xml_attr(x, "config:type", type);
  iso_xml_text(x, value);
  iso_xml_end(x);
}

static void configuration_settings(iso_xml *x) {
  iso_xml_start(x, "config:config-item-set");
  iso_xml_attr(x, "config:name", "ooo:configuration-settings");
  config_item(x, "PrinterIndependentLayout", "string", "high-resolution");
  iso_xml_end(x);
}

int odt_settings_xml(odt_ctx *c, iso_zip *z) {
  (void)c;
  iso_xml x;
  iso_xml_begin(&x);
  iso_xml_start(&x, "office:document-settings");
  odt_namespaces(&x);
  iso_xml_start(&x, "office:settings");
  configuration_settings(&x);
  iso_xml_end(&x);
  iso_xml_end(&x);
  return iso_zip_add_xml(z, "settings.xml", &x);
}
