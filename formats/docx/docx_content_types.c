/* [Content_Types].xml: a Default per extension, an Override per XML part. */
#include "docx.h"

#define CT_OOXML "application/vnd.openxmlformats-officedocument."
#define CT_WML CT_OOXML "wordprocessingml."

static void default_type(iso_xml *x, const char *ext, const char *type) {
  iso_xml_start(x, "Default");
  iso_xml_attr(x, "Extension", ext);
  iso_xml_attr(x, "ContentType", type);
  iso_xml_end(x);
}

static void override_type(iso_xml *x, const char *part, const char *type) {
  iso_xml_start(x, "Override");
  iso_xml_attr(x, "PartName", part);
  iso_xml_attr(x, "ContentType", type);
  iso_xml_end(x);
}

static int has_media(const docx *c, iso_image_format f) {
  for (size_t i = 0; i < c->n_media; i++)
    if (c->media[i].img->info.format == f)
      return 1;
  return 0;
}

void docx_part_content_types(docx *c, iso_xml *x) {
  iso_xml_start(x, "Types");
  iso_xml_attr(x, "xmlns",
               "http://schemas.openxmlformats.org/package/2006/content-types");
  default_type(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
  default_type(x, "xml", "application/xml");
  if (has_media(c, ISO_IMAGE_PNG))
    default_type(x, "png", "image/png");
  if (has_media(c, ISO_IMAGE_JPEG))
    default_type(x, "jpeg", "image/jpeg");
  override_type(x, "/word/document.xml", CT_WML "document.main+xml");
  override_type(x, "/word/styles.xml", CT_WML "styles+xml");
  override_type(x, "/word/numbering.xml", CT_WML "numbering+xml");
  override_type(x, "/word/settings.xml", CT_WML "settings+xml");
  override_type(x, "/word/fontTable.xml", CT_WML "fontTable+xml");
  override_type(x, "/word/header1.xml", CT_WML "header+xml");
  override_type(x, "/word/footer1.xml", CT_WML "footer+xml");
  if (c->hdr2_rel) { /* turned pages' (docx_section.c) */
    override_type(x, "/word/header2.xml", CT_WML "header+xml");
    override_type(x, "/word/footer2.xml", CT_WML "footer+xml");
  }
  override_type(x, "/docProps/core.xml",
                "application/vnd.openxmlformats-package.core-properties+xml");
  override_type(x, "/docProps/app.xml", CT_OOXML "extended-properties+xml");
  override_type(x, "/docProps/custom.xml", CT_OOXML "custom-properties+xml");
  iso_xml_end(x);
}
