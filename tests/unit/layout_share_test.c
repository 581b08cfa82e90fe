/* One layout shared by the length check and the writers (src/layout/share.h):
 * the policy-length finding, the DOCX's and ODT's contents pages and page
 * counts come out as when every reader lays the document out itself; a
 * theme that changes the layout gets its own; the check keeps the default
 * theme's pages whatever was asked before it. The PDF draws the check's
 * layout, byte for byte the PDF of its own layout, unless its fonts would
 * lay the document out otherwise (a character shown as '?'). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"
#include "layout/doc.h"
#include "layout/share.h"
#include "writers.h"

static char path_buf[4096];
static const char *src_path(const char *rel) {
  const char *top = getenv("top_srcdir");
  snprintf(path_buf, sizeof path_buf, "%s/%s", top ? top : ".", rel);
  return path_buf;
}

static iso_node *load(const char *rel, int share) {
  iso_diags *d = iso_diags_new();
  iso_node *doc = iso_load_file(src_path(rel), NULL, d);
  iso_diags_free(d);
  CHECK(doc != NULL);
  if (doc && share)
    CHECK_INT(iso_layout_share(doc), 0);
  return doc;
}

/* Every diagnostic of D, one string. */
static char *diag_text(const iso_diags *d) {
  iso_buf b;
  iso_buf_init(&b);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    iso_buf_puts(&b, s);
    iso_buf_puts(&b, "\n");
    free(s);
  }
  iso_buf_append(&b, "", 1);
  char *out = strdup(b.data ? (const char *)b.data : "");
  iso_buf_free(&b);
  return out;
}

/* The length check's findings, one string. */
static char *lint(const iso_node *doc) {
  iso_diags *d = iso_diags_new();
  iso_check(doc, (iso_date){2026, 4, 1}, 0, d);
  char *out = diag_text(d);
  iso_diags_free(d);
  return out;
}

static iso_buf write(const iso_writer *w, const iso_node *doc, const iso_theme *t) {
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *d = iso_diags_new();
  CHECK_INT(iso_writer_run(w, doc, t, NULL, &b, d), 0);
  iso_diags_free(d);
  return b;
}

static int same_buf(const iso_buf *a, const iso_buf *b) {
  return a->len == b->len && a->len && memcmp(a->data, b->data, a->len) == 0;
}

static int same_pages(const iso_layout_pages *a, const iso_layout_pages *b) {
  return a->pages == b->pages && a->content_pages == b->content_pages &&
         a->n == b->n && (!a->n || memcmp(a->heading, b->heading, a->n * sizeof *a->heading) == 0);
}

static void lint_shared(void) {
  const char *f = "tests/lint/policy-length.bad.yaml";
  iso_node *fresh = load(f, 0), *shared = load(f, 1);
  if (!fresh || !shared)
    return;
  char *want = lint(fresh);
  CHECK(strstr(want, "pages long as laid out") != NULL);
  /* a theme with larger text asked first: the check still lays the policy
   * out with the default theme */
  iso_theme *big = iso_theme_copy(iso_theme_default());
  big->size_body *= 1.6;
  iso_layout_pages p;
  CHECK_INT(iso_layout_paginate(shared, big, &p), 0);
  iso_layout_pages_free(&p);
  char *got = lint(shared);
  CHECK_STR(got, want);
  CHECK_INT(iso_layout_share_runs(shared), 2);
  /* and the writers' copy of the default theme reuses the check's layout */
  iso_theme *def = iso_theme_copy(iso_theme_default());
  iso_buf a = write(&iso_writer_docx, fresh, def), b = write(&iso_writer_docx, shared, def);
  CHECK(same_buf(&a, &b));
  CHECK_INT(iso_layout_share_runs(shared), 2);
  iso_buf_free(&a), iso_buf_free(&b);
  free(want), free(got);
  iso_theme_free(big), iso_theme_free(def);
  iso_node_free(fresh), iso_node_free(shared);
}

static void contents_shared(void) {
  const char *f = "tests/cross/cross.yaml";
  iso_node *fresh = load(f, 0), *shared = load(f, 1);
  if (!fresh || !shared)
    return;
  char *l1 = lint(fresh), *l2 = lint(shared);
  CHECK_STR(l2, l1);
  free(l1), free(l2);
  CHECK_INT(iso_layout_share_runs(shared), 0); /* a procedure: no length check */
  iso_theme *def = iso_theme_copy(iso_theme_default());
  iso_theme *small = iso_theme_copy(iso_theme_default());
  small->page_height = 600; /* A5-ish: more pages, headings later */
  const iso_theme *themes[] = {def, small, def, small};
  for (int i = 0; i < 4; i++) {
    iso_buf a = write(&iso_writer_docx, fresh, themes[i]),
            b = write(&iso_writer_docx, shared, themes[i]);
    CHECK(same_buf(&a, &b));
    iso_buf_free(&a), iso_buf_free(&b);
    a = write(&iso_writer_odt, fresh, themes[i]), b = write(&iso_writer_odt, shared, themes[i]);
    CHECK(same_buf(&a, &b));
    iso_buf_free(&a), iso_buf_free(&b);
  }
  /* one layout per theme, not one per writer */
  CHECK_INT(iso_layout_share_runs(shared), 2);
  iso_layout_pages p1, p2, q;
  CHECK_INT(lay_paginate(fresh, small, &p1), 0);
  CHECK_INT(lay_paginate(fresh, def, &p2), 0);
  CHECK(!same_pages(&p1, &p2)); /* the themes do lay it out differently */
  CHECK(p1.n > 5);
  CHECK_INT(iso_layout_paginate(shared, small, &q), 0);
  CHECK(same_pages(&p1, &q));
  iso_layout_pages_free(&q);
  /* NULL is the default theme */
  CHECK_INT(iso_layout_paginate(shared, NULL, &q), 0);
  CHECK(same_pages(&p2, &q));
  CHECK_INT(iso_layout_share_runs(shared), 2);
  /* the answer is the caller's copy */
  if (q.n)
    q.heading[0] = 999;
  iso_layout_pages_free(&q);
  CHECK_INT(iso_layout_paginate(shared, def, &q), 0);
  CHECK(same_pages(&p2, &q));
  iso_layout_pages_free(&q), iso_layout_pages_free(&p1), iso_layout_pages_free(&p2);
  iso_theme_free(def), iso_theme_free(small);
  iso_node_free(fresh), iso_node_free(shared);
}

static iso_node *parse(const char *yaml, int share) {
  iso_diags *d = iso_diags_new();
  iso_node *doc = iso_load_string(yaml, strlen(yaml), "mem.yaml", ".", NULL, d);
  iso_diags_free(d);
  CHECK(doc != NULL);
  if (doc && share)
    CHECK_INT(iso_layout_share(doc), 0);
  return doc;
}

/* The PDF of FRESH (laid out by the PDF) and of SHARED after the check:
 * the same bytes and the same diagnostics; RUNS layouts of SHARED in all. */
static void pdf_same(iso_node *fresh, iso_node *shared, const iso_theme *t,
                     size_t runs, const char *warning) {
  char *l = lint(shared);
  free(l);
  iso_buf a, b;
  iso_buf_init(&a), iso_buf_init(&b);
  iso_diags *da = iso_diags_new(), *db = iso_diags_new();
  CHECK_INT(iso_writer_run(&iso_writer_pdf, fresh, t, NULL, &a, da), 0);
  CHECK_INT(iso_writer_run(&iso_writer_pdf, shared, t, NULL, &b, db), 0);
  CHECK(same_buf(&a, &b));
  char *ta = diag_text(da), *tb = diag_text(db);
  CHECK_STR(tb, ta);
  if (warning) /* as often as the PDF's own layout says it: not replayed */
    CHECK(strstr(tb, warning) != NULL);
  CHECK_INT(iso_layout_share_runs(shared), runs);
  free(ta), free(tb);
  iso_diags_free(da), iso_diags_free(db);
  iso_buf_free(&a), iso_buf_free(&b);
}

#define POLICY(extra, text) \
  "document:\n  id: P-1\n  title: Tietoturvapolitiikka\n  type: policy\n" \
  "  language: fi\n  organization: Esimerkki Oy\n  version: \"1.0\"\n" \
  "  status: draft\n  owner: Maija Meikäläinen\n  next_review: 2027-01-31\n" extra \
  "sections:\n  - title: Tarkoitus\n    content: " text "\n" \
  "  - title: Soveltamisala\n    content:\n      - \"Käyttöoikeudet ≤ 24 h, " \
  "hinta 5 € – *tärkeä* ja **lihavoitu** teksti.\"\n"

static void pdf_shared(void) {
  iso_theme *def = iso_theme_copy(iso_theme_default());
  /* files the PDF's layout was the check's: one layout */
  const char *files[] = {"tests/lint/policy-length.bad.yaml",
                         "samples/information-security-policy.yaml",
                         "samples/tietoturvapolitiikka.yaml"};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    iso_node *fresh = load(files[i], 0), *shared = load(files[i], 1);
    if (fresh && shared)
      pdf_same(fresh, shared, def, 1, NULL);
    iso_node_free(fresh), iso_node_free(shared);
  }
  /* Finnish with characters outside Windows-1252 (Type 0 fonts) */
  const char *fi = POLICY("", "Äöå-merkit ja ≤ sekä € piirretään.");
  iso_node *fresh = parse(fi, 0), *shared = parse(fi, 1);
  if (fresh && shared)
    pdf_same(fresh, shared, def, 1, NULL);
  iso_node_free(fresh), iso_node_free(shared);
  /* a character no font has: the PDF shows '?', which the check measured
   * as itself, so the PDF lays the document out again */
  const char *cjk = POLICY("", "Merkki 中 ja 😀 kysymysmerkkeinä.");
  fresh = parse(cjk, 0), shared = parse(cjk, 1);
  if (fresh && shared)
    pdf_same(fresh, shared, def, 2, "U+4E2D is not in the font");
  iso_node_free(fresh), iso_node_free(shared);
  /* a theme family that is not installed: both fall back to Liberation
   * Sans, the warning comes once */
  iso_theme *nofont = iso_theme_copy(iso_theme_default());
  free(nofont->font_body);
  nofont->font_body = strdup("No Such Font Family");
  fresh = parse(fi, 0), shared = parse(fi, 1);
  if (fresh && shared) {
    iso_layout_pages p;
    CHECK_INT(iso_layout_paginate(shared, nofont, &p), 0); /* as the DOCX */
    iso_layout_pages_free(&p);
    pdf_same(fresh, shared, nofont, 2, "is not installed as TrueType");
  }
  iso_node_free(fresh), iso_node_free(shared);
  iso_theme_free(nofont);
  iso_theme_free(def);
}

int main(void) {
  lint_shared();
  contents_shared();
  pdf_shared();
  return check_done("layout_share_test");
}
