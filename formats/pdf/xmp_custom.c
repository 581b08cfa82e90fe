/* The document's `custom` fields in the XMP packet of a PDF/A file: a
 * namespace of their own, one property a field, described in the packet's
 * extension schema as PDF/A requires. An XMP property's name is an XML
 * name, so a field's name is written with its letters and digits kept and
 * everything else as '_' ("Cost centre" is isocustom:Cost_centre); the
 * description in the schema gives the name as written. */
#include <stdio.h>
#include <string.h>

#include "xmp.h"

#define NS_CUSTOM "urn:isoexport:ns:custom:1.0/"
#define NAME_MAX_BYTES 128

/* Whether the UTF-8 sequence at S (N bytes) is a Latin letter that XML
 * names may hold (U+00C0 to U+017F but the two signs). */
static int latin_letter(const unsigned char *s, size_t n) {
  if (n < 2 || (s[1] & 0xC0) != 0x80)
    return 0;
  unsigned cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
  return (s[0] & 0xE0) == 0xC0 && cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 &&
         cp != 0xF7;
}

static void xml_name(const char *name, char out[NAME_MAX_BYTES]) {
  const unsigned char *s = (const unsigned char *)name;
  size_t n = 0, len = strlen(name);
  for (size_t i = 0; i < len && n + 3 < NAME_MAX_BYTES;) {
    int ok = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
             s[i] == '_' || (n > 0 && ((s[i] >= '0' && s[i] <= '9') ||
                                       s[i] == '-' || s[i] == '.'));
    if (ok) {
      out[n++] = (char)s[i++];
    } else if (latin_letter(s + i, len - i)) {
      out[n++] = (char)s[i++];
      out[n++] = (char)s[i++];
    } else {
      out[n++] = '_';
      for (i++; i < len && (s[i] & 0xC0) == 0x80; i++)
        ;
    }
  }
  out[n] = '\0';
}

/* Field I's property name, made unique by its number when two names come
 * out alike. */
static void prop_name(const iso_meta *m, size_t i, char out[NAME_MAX_BYTES]) {
  xml_name(m->custom[i].name, out);
  for (size_t j = 0; j < i; j++) {
    char other[NAME_MAX_BYTES];
    xml_name(m->custom[j].name, other);
    if (!strcmp(other, out)) {
      size_t n = strlen(out);
      snprintf(out + n, NAME_MAX_BYTES - n, "_%zu", i + 1);
      return;
    }
  }
}

void pdf_xmp_custom_values(iso_xml *w, const iso_meta *m) {
  if (!m->n_custom)
    return;
  iso_xml_start(w, "rdf:Description");
  iso_xml_attr(w, "rdf:about", "");
  iso_xml_attr(w, "xmlns:isocustom", NS_CUSTOM);
  for (size_t i = 0; i < m->n_custom; i++) {
    char name[NAME_MAX_BYTES + 16] = "isocustom:";
    prop_name(m, i, name + strlen(name));
    iso_xml_element(w, name, m->custom[i].value);
  }
  iso_xml_end(w);
}

void pdf_xmp_custom_schema(iso_xml *w, const iso_meta *m) {
  if (!m->n_custom)
    return;
  pdf_xmp_schema_open(w, "isoexport custom document-control fields",
                      NS_CUSTOM, "isocustom");
  for (size_t i = 0; i < m->n_custom; i++) {
    char name[NAME_MAX_BYTES], desc[NAME_MAX_BYTES + 64];
    prop_name(m, i, name);
    snprintf(desc, sizeof desc, "The custom field '%s'", m->custom[i].name);
    pdf_xmp_property(w, name, desc);
  }
  pdf_xmp_schema_close(w);
}
