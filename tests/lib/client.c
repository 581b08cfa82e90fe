/* Another program using libisoexport through its installed header and
 * pkg-config alone (tests/lib/install.sh builds it against a DESTDIR).
 *
 *   client POLICY.yaml BAD.yaml OUTDIR
 *
 * loads a document, reads its document control through the accessors,
 * writes a PDF, a DOCX and an ODT, and checks the error paths, the options
 * (which replace the environment the library no longer reads) and that
 * libxml2's error handlers are the program's own afterwards. */
#include <isoexport.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;
#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                              \
    }                                                                          \
  } while (0)

static int generic_calls;
static void own_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
  generic_calls++;
}
static void own_structured(void *ctx, xmlErrorPtr e) {
  (void)ctx;
  (void)e;
}

/* Whether LEN bytes at P contain the string S. */
static int contains(const unsigned char *p, size_t len, const char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i + n <= len; i++)
    if (memcmp(p + i, s, n) == 0)
      return 1;
  return 0;
}

static size_t pdf_size(const iso_writer *pdf, const iso_node *doc,
                       const iso_options *o, const char *expect_date) {
  iso_diags *d = iso_diags_new();
  unsigned char *data = NULL;
  size_t len = 0;
  CHECK(iso_render(pdf, doc, NULL, o, &data, &len, d) == ISO_OK);
  CHECK(data && len > 1000 && memcmp(data, "%PDF-", 5) == 0);
  if (data && expect_date && !contains(data, len, expect_date)) {
    fprintf(stderr, "the PDF's dates are not %s\n", expect_date);
    failures++;
  }
  iso_free(data);
  iso_diags_free(d);
  return len;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: client POLICY.yaml BAD.yaml OUTDIR\n");
    return 2;
  }
  /* the version this was compiled against is the one that runs */
  CHECK(strcmp(iso_version(), ISO_VERSION_STRING) == 0);
  CHECK(iso_version_number() == ISO_VERSION_NUMBER);
  CHECK(strcmp(iso_strerror(ISO_ERR_NOMEM), "out of memory") == 0);
  CHECK(strcmp(iso_strerror((iso_error)999), "unknown error") == 0);

  xmlSetGenericErrorFunc(NULL, own_generic);
  xmlSetStructuredErrorFunc(NULL, own_structured);

  iso_diags *d = iso_diags_new();
  iso_node *doc = NULL;
  iso_error e = iso_load(argv[1], NULL, &doc, d);
  CHECK(e == ISO_OK && doc);
  if (!doc) {
    for (size_t i = 0; i < iso_diags_count(d); i++) {
      char *s = iso_diag_format(iso_diags_get(d, i));
      fprintf(stderr, "%s\n", s);
      iso_free(s);
    }
    return 1;
  }
  const iso_meta *m = iso_document_meta_const(doc);
  CHECK(strcmp(iso_meta_get(m, ISO_FIELD_TITLE), "Information Security Policy") == 0);
  CHECK(strcmp(iso_meta_get(m, ISO_FIELD_ID), "ISMS-POL-01") == 0);
  CHECK(iso_meta_get_status(m) == ISO_STATUS_APPROVED);
  CHECK(iso_meta_get_type(m) == ISO_TYPE_POLICY);
  iso_date approved = iso_meta_get_date(m, ISO_DATE_APPROVED);
  char day[11];
  iso_date_iso(approved, day);
  CHECK(strcmp(day, "2026-03-15") == 0);
  CHECK(iso_meta_history_count(m) >= 1);
  CHECK(iso_meta_distribution_count(m) == 3);
  CHECK(iso_meta_get(m, ISO_FIELD_LOGO) != NULL);
  CHECK(iso_meta_set(iso_document_meta(doc), ISO_FIELD_SOURCE, "x") ==
        ISO_ERR_ARGUMENT);
  CHECK(iso_node_get_type(doc) == ISO_NODE_DOCUMENT);
  CHECK(iso_node_get_type(iso_node_first_child(doc)) == ISO_NODE_SECTION);
  /* one convention: the tree refuses with ISO_ERR_ARGUMENT */
  iso_node *p = iso_node_new(ISO_NODE_PARAGRAPH, doc, 0, 0);
  CHECK(iso_node_append(doc, p) == ISO_ERR_ARGUMENT);
  iso_node_free(p);

  /* every default format, to files */
  const iso_writer *const *all = iso_writers();
  int written = 0;
  for (size_t i = 0; all[i]; i++) {
    if (!iso_writer_is_default(all[i]))
      continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/policy.%s", argv[3],
             iso_writer_extension(all[i]));
    CHECK(iso_render_file(all[i], doc, NULL, NULL, path, d) == ISO_OK);
    written++;
  }
  CHECK(written == 3);
  CHECK(iso_diags_errors(d) == 0);

  /* the timestamp comes from the options, never from SOURCE_DATE_EPOCH
   * (the test sets it to another day); by default from the approval date */
  const iso_writer *pdf = iso_writer_find("pdf");
  CHECK(pdf && iso_writer_find("no-such-format") == NULL);
  iso_options *o = iso_options_new();
  size_t subset = pdf_size(pdf, doc, NULL, "D:20260315000000Z");
  CHECK(iso_options_set_timestamp(o, 1700000000) == ISO_OK);
  CHECK(iso_options_set_timestamp(o, 5) == ISO_ERR_ARGUMENT);
  pdf_size(pdf, doc, o, "D:20231114221320Z");
  /* whole fonts only when asked (ISOEXPORT_WHOLE_FONTS is set too) */
  CHECK(iso_options_set_whole_fonts(o, 1) == ISO_OK);
  size_t whole = pdf_size(pdf, doc, o, NULL);
  if (!(2 * whole > 3 * subset)) {
    fprintf(stderr, "whole fonts %zu bytes, subset %zu\n", whole, subset);
    failures++;
  }
  iso_options_free(o);

  /* the host's libxml2 handlers are still its own */
  CHECK(xmlGenericError == own_generic);
  CHECK(xmlStructuredError == own_structured);
  CHECK(generic_calls == 0);

  /* errors: I/O, a bad document with its position, bad arguments */
  iso_node *none = NULL;
  iso_diags_clear(d);
  CHECK(iso_load("/nonexistent/doc.yaml", NULL, &none, d) == ISO_ERR_IO);
  CHECK(none == NULL && iso_diags_errors(d) == 1);
  iso_diags_clear(d);
  CHECK(iso_load(argv[2], NULL, &none, d) == ISO_ERR_DOCUMENT && !none);
  const iso_diag *g = iso_diags_get(d, 0);
  CHECK(g && iso_diag_severity(g) == ISO_SEV_ERROR && iso_diag_line(g) > 0 &&
        iso_diag_column(g) > 0 && strstr(iso_diag_file(g), argv[2]));
  unsigned char *bytes = NULL;
  size_t len = 0;
  CHECK(iso_render(NULL, doc, NULL, NULL, &bytes, &len, d) == ISO_ERR_ARGUMENT);
  CHECK(iso_render(pdf, NULL, NULL, NULL, &bytes, &len, d) == ISO_ERR_ARGUMENT);
  static const char yaml[] = "document:\n  title: [\n";
  CHECK(iso_load_memory(yaml, sizeof yaml - 1, "mem.yaml", ".", NULL, &none,
                        d) == ISO_ERR_DOCUMENT);

  /* a theme: the default's A4 page */
  double w = 0, h = 0;
  iso_theme_page_size(iso_theme_default(), &w, &h);
  CHECK(w > 595 && w < 596 && h > 841 && h < 842);

  iso_node_free(doc);
  iso_diags_free(d);
  if (failures)
    fprintf(stderr, "%d check(s) failed\n", failures);
  else
    printf("ok\n");
  return failures ? 1 : 0;
}
