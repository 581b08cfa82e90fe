/* The XMP metadata packet of PDF/A files (xmp.c). */
#ifndef ISO_PDF_XMP_H
#define ISO_PDF_XMP_H

#include "internal.h"

/* Appends M's packet to OUT. 0, or -1 when out of memory. */
int pdf_xmp(const iso_meta *m, long long when, iso_buf *out);

#include "package/package.h"
/* The `custom` fields (xmp_custom.c): their rdf:Description, and their
 * schema as an item of pdfaExtension:schemas. Nothing without fields. */
void pdf_xmp_custom_values(iso_xml *w, const iso_meta *m);
void pdf_xmp_custom_schema(iso_xml *w, const iso_meta *m);

/* An item of pdfaExtension:schemas (xmp.c): open it with its title,
 * namespace and prefix, add its text properties, close it. */
void pdf_xmp_schema_open(iso_xml *w, const char *title, const char *ns,
                         const char *prefix);
void pdf_xmp_property(iso_xml *w, const char *name, const char *description);
void pdf_xmp_schema_close(iso_xml *w);

#endif
