/* libFuzzer harness: bytes as an XML part of a reference template. Each
 * input goes through the element tree (src/xdom.c, walked whole with its
 * attributes looked up), then as each part the template readers parse
 * (DOCX styles.xml, document.xml and its relationships, ODT styles.xml)
 * inside an otherwise valid archive built in memory. Built by
 * `make fuzz` (clang). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "reference.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define W "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
static const char doc_xml[] =
    "<w:document " W "><w:body><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
    "</w:sectPr></w:body></w:document>";
static const char styles_xml[] = "<w:styles " W "/>";

/* Every element and attribute of the tree, without recursion. */
static void walk(const iso_xnode *root) {
  volatile size_t seen = 0;
  for (const iso_xnode *n = root; n;) {
    for (size_t i = 0; i < n->nattrs; i++)
      seen += strlen(n->attrs[3 * i + 2]);
    seen += iso_xdom_attr(n, "urn:x", "val") != NULL;
    seen += iso_xdom_attr_any(n, "val") != NULL;
    if (n->children) {
      n = n->children;
      continue;
    }
    while (n && !n->next)
      n = n->parent;
    n = n ? n->next : NULL;
  }
}

static int add(zip_t *z, const char *name, const void *p, size_t n) {
  zip_source_t *s = zip_source_buffer(z, p, n, 0);
  if (!s)
    return -1;
  if (zip_file_add(z, name, s, ZIP_FL_OVERWRITE) < 0) {
    zip_source_free(s);
    return -1;
  }
  return 0;
}

/* An archive with the parts PARTS (name, bytes pairs, DATA for a NULL
 * bytes) read back through the DOCX or the ODT reader. */
static void through_reader(int odt, const char *const *parts, size_t nparts,
                           const uint8_t *data, size_t size) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
  zip_t *z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
  if (!z) {
    if (src)
      zip_source_free(src);
    zip_error_fini(&ze);
    return;
  }
  zip_source_keep(src);
  int ok = 1;
  for (size_t i = 0; ok && i < nparts; i++) {
    const char *p = parts[2 * i + 1];
    ok = add(z, parts[2 * i], p ? (const void *)p : data, p ? strlen(p) : size) == 0;
  }
  if (!ok || zip_close(z) < 0) {
    if (ok)
      zip_discard(z);
    zip_source_free(src);
    zip_error_fini(&ze);
    return;
  }
  z = zip_open_from_source(src, ZIP_RDONLY, &ze);
  if (z) {
    iso_ref_values v;
    memset(&v, 0, sizeof v);
    char why[300];
    if (odt)
      iso_ref_odt(z, &v, why, sizeof why);
    else
      iso_ref_docx(z, &v, why, sizeof why);
    free(v.logo);
    zip_discard(z);
  } else {
    zip_source_free(src);
  }
  zip_error_fini(&ze);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > (1u << 20))
    return 0;
  iso_xdom_status st;
  iso_xdoc *d = iso_xdom_parse(data, size, &st);
  if (d)
    walk(iso_xdom_root(d));
  iso_xdom_free(d);
  const char *styles[] = {"word/document.xml", doc_xml, "word/styles.xml", NULL};
  through_reader(0, styles, 2, data, size);
  const char *document[] = {"word/document.xml", NULL, "word/styles.xml", styles_xml};
  through_reader(0, document, 2, data, size);
  const char *rels[] = {"word/document.xml", doc_xml, "word/styles.xml", styles_xml,
                        "word/_rels/document.xml.rels", NULL};
  through_reader(0, rels, 3, data, size);
  const char *odt[] = {"mimetype", "application/vnd.oasis.opendocument.text",
                       "styles.xml", NULL};
  through_reader(1, odt, 2, data, size);
  return 0;
}
