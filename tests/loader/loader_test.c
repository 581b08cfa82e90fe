/* Unit tests of the loader API: exact metadata, derived dates, positions,
 * Unicode, Markdown mapping, error collection, limits and the linter. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../unit/check.h"
#include "internal.h"

static iso_diags *diags;

static iso_node *load(const char *yaml) {
  iso_diags_clear(diags);
  return iso_load_string(yaml, strlen(yaml), "t.yaml", ".", NULL, diags);
}

/* The formatted diagnostic number I, or "" (static buffer). */
static const char *diag(size_t i) {
  static char buf[512];
  buf[0] = '\0';
  if (i < iso_diags_count(diags)) {
    char *s = iso_diag_format(iso_diags_get(diags, i));
    snprintf(buf, sizeof buf, "%s", s ? s : "");
    free(s);
  }
  return buf;
}

static const iso_node *child(const iso_node *n, int i) {
  const iso_node *c = iso_node_first_child(n);
  while (c && i-- > 0)
    c = iso_node_next(c);
  return c;
}

#define HEAD                                                                  \
  "document:\n"                                                               \
  "  id: ISMS-POL-01\n"                                                       \
  "  title: Tietoturvapolitiikka – äöå\n"                                     \
  "  type: policy\n"                                                          \
  "  version: 1.10\n"                                                         \
  "  status: approved\n"                                                      \
  "  language: fi\n"                                                          \
  "  owner: Päivi Äijälä\n"                                                   \
  "  approver: Jukka Korhonen\n"                                              \
  "  approved: 2026-01-31\n"                                                  \
  "  review_interval: 1 month\n"                                              \
  "  distribution: Koko henkilöstö\n"                                         \
  "  keywords: [a, \"b\"]\n"

static void test_metadata(void) {
  iso_node *doc = load(HEAD "sections:\n  - title: Tarkoitus\n");
  CHECK(doc != NULL);
  if (!doc)
    return;
  const iso_meta *m = iso_document_meta_const(doc);
  CHECK_STR(m->id, "ISMS-POL-01");
  CHECK_STR(m->title, "Tietoturvapolitiikka – äöå");
  CHECK_STR(m->version, "1.10"); /* not the number 1.1 */
  CHECK_INT(m->type, ISO_TYPE_POLICY);
  CHECK_INT(m->status, ISO_STATUS_APPROVED);
  CHECK_INT(m->language, ISO_LANG_FI);
  CHECK_STR(m->owner, "Päivi Äijälä");
  CHECK_INT(m->review_months, 1);
  /* 2026-01-31 + 1 month is clamped to the end of February */
  CHECK_INT(m->next_review.year, 2026);
  CHECK_INT(m->next_review.month, 2);
  CHECK_INT(m->next_review.day, 28);
  CHECK_INT(m->n_distribution, 1);
  CHECK_STR(m->distribution[0], "Koko henkilöstö");
  CHECK_INT(m->n_keywords, 2);
  CHECK_STR(m->keywords[1], "b");
  CHECK(m->subtitle == NULL && m->logo == NULL && m->approver != NULL);
  CHECK_STR(m->source, "t.yaml");
  /* the document node stands at the `document` key (lint positions) */
  CHECK_INT(iso_node_line(doc), 1);
  const iso_node *sec = child(doc, 0), *h = child(sec, 0);
  CHECK_INT(iso_node_get_type(sec), ISO_NODE_SECTION);
  CHECK_INT(iso_node_line(sec), 15);
  CHECK_INT(iso_node_column(sec), 5);
  CHECK_INT(iso_node_get_level(h), 1);
  CHECK_INT(iso_node_line(h), 15);
  CHECK_INT(iso_node_column(h), 12);
  iso_node_free(doc);

  doc = load(HEAD "  next_review: 2026-12-01\n"
                  "sections:\n  - {title: x}\n");
  CHECK(doc != NULL);
  if (doc) { /* an explicit next_review wins over the interval */
    CHECK_INT(iso_document_meta_const(doc)->next_review.month, 12);
    iso_node_free(doc);
  }
}

static void test_markdown_positions(void) {
  iso_node *doc = load(HEAD "sections:\n"
                            "  - title: \"**Bold** title\"\n"  /* line 15 */
                            "    content: |\n"                  /* 16 */
                            "      First *para*.\n"             /* 17 */
                            "\n"                                /* 18 */
                            "      1. one\n"                    /* 19 */
                            "      2. two\\\n"                  /* 20 */
                            "         more\n"                   /* 21 */
                            "\n"                                /* 22 */
                            "      | a | b |\n"                 /* 23 */
                            "      |---|---|\n"                 /* 24 */
                            "      | 1 | `x` |\n"               /* 25 */
                            "\n"
                            "      ```\n"                       /* 27 */
                            "      code <b>\n"
                            "      ```\n"
                            "    sections:\n"
                            "      - title: 1. Not a list\n");  /* 31 */
  CHECK(doc != NULL);
  if (!doc) {
    fprintf(stderr, "%s\n", diag(0));
    return;
  }
  const iso_node *sec = child(doc, 0);
  const iso_node *h = child(sec, 0);
  CHECK_INT(iso_node_get_type(child(h, 0)), ISO_NODE_STRONG);
  char *t = iso_node_plain_text(h);
  CHECK_STR(t, "Bold title");
  free(t);
  const iso_node *p = child(sec, 1);
  CHECK_INT(iso_node_get_type(p), ISO_NODE_PARAGRAPH);
  CHECK_INT(iso_node_line(p), 17);
  CHECK_INT(iso_node_column(p), 7);
  CHECK_INT(iso_node_get_type(child(p, 1)), ISO_NODE_EMPH);
  CHECK_INT(iso_node_column(child(p, 1)), 13);
  const iso_node *list = child(sec, 2);
  CHECK_INT(iso_node_get_type(list), ISO_NODE_LIST);
  CHECK_INT(iso_node_get_list_ordered(list), 1);
  CHECK_INT(iso_node_line(list), 19);
  const iso_node *item2 = child(list, 1);
  CHECK_INT(iso_node_line(item2), 20);
  const iso_node *para2 = child(item2, 0);
  CHECK_INT(iso_node_get_type(child(para2, 1)), ISO_NODE_LINEBREAK);
  CHECK_STR(iso_node_get_literal(child(para2, 2)), "more");
  const iso_node *table = child(sec, 3);
  CHECK_INT(iso_node_get_type(table), ISO_NODE_TABLE);
  CHECK_INT(iso_node_line(table), 23);
  CHECK_INT(iso_node_get_columns(table), 2);
  CHECK_INT(iso_node_get_row_header(child(table, 0)), 1);
  CHECK_INT(iso_node_get_row_header(child(table, 1)), 0);
  const iso_node *code = child(child(child(table, 1), 1), 0);
  CHECK_INT(iso_node_get_type(code), ISO_NODE_CODE);
  CHECK_STR(iso_node_get_literal(code), "x");
  const iso_node *cb = child(sec, 4);
  CHECK_INT(iso_node_get_type(cb), ISO_NODE_CODE_BLOCK);
  CHECK_STR(iso_node_get_literal(cb), "code <b>");
  CHECK_INT(iso_node_line(cb), 27);
  const iso_node *sub = child(sec, 5);
  CHECK_INT(iso_node_get_type(sub), ISO_NODE_SECTION);
  CHECK_INT(iso_node_get_level(child(sub, 0)), 2);
  t = iso_node_plain_text(child(sub, 0));
  CHECK_STR(t, "1. Not a list"); /* titles are never block Markdown */
  free(t);
  CHECK_INT(iso_node_line(sub), 31);
  iso_node_free(doc);
}

static void test_structured(void) {
  iso_node *doc = load(HEAD "sections:\n  - title: T\n    content:\n"
                            "      - objectives:\n"
                            "          - {objective: MFA, metric: coverage, deadline: 2026-06-30}\n"
                            "          - {objective: Reviews, metric: count, deadline: quarterly, owner: IT}\n");
  CHECK(doc != NULL);
  if (!doc)
    return;
  const iso_node *obj = child(child(doc, 0), 1);
  CHECK_INT(iso_node_get_type(obj), ISO_NODE_OBJECTIVES);
  CHECK_INT(iso_node_get_columns(obj), 4); /* no target column: unused */
  const iso_node *head = child(obj, 0);
  CHECK_INT(iso_node_get_row_header(head), 1);
  char *t = iso_node_plain_text(child(head, 0));
  CHECK_STR(t, iso_label(ISO_LANG_FI, ISO_L_OBJ_OBJECTIVE));
  free(t);
  t = iso_node_plain_text(child(head, 3));
  CHECK_STR(t, iso_label(ISO_LANG_FI, ISO_L_OBJ_OWNER));
  free(t);
  t = iso_node_plain_text(child(child(obj, 1), 2));
  CHECK_STR(t, "30.6.2026"); /* Finnish date format */
  free(t);
  CHECK(child(child(child(obj, 1), 3), 0) == NULL); /* empty owner cell */
  t = iso_node_plain_text(child(child(obj, 2), 2));
  CHECK_STR(t, "quarterly");
  free(t);
  iso_node_free(doc);
}

static void test_errors_collected(void) {
  iso_node *doc = load("document:\n"
                       "  id: X\n"
                       "  title:\n"
                       "  version: 1\n"
                       "  status: aproved\n"
                       "  owner: me\n"
                       "  nxt_review: 2026-02-30\n"
                       "sections: []\n");
  CHECK(doc == NULL);
  CHECK_STR(diag(0), "t.yaml:3:9: error: 'title' is empty; it needs a value");
  CHECK_STR(diag(1), "t.yaml:5:11: error: invalid status 'aproved' (expected "
                     "draft, review, approved or retired); did you mean "
                     "'approved'?");
  CHECK_STR(diag(2), "t.yaml:7:3: error: unknown key 'nxt_review' in document; "
                     "did you mean 'next_review'?");
  CHECK_STR(diag(3), "t.yaml:8:11: error: 'sections' is empty: a document "
                     "needs at least one section");
  /* a misspelt key is not reported missing as well */
  CHECK_INT(iso_diags_errors(diags), 4);
}

static void test_limits(void) {
  /* an alias bomb fails at once, without expanding anything */
  const char *bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                     "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                     "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                     "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                     "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
  clock_t t0 = clock();
  iso_node *doc = load(bomb);
  CHECK(doc == NULL);
  CHECK(strstr(diag(0), "aliases expand to more than 2000000 nodes") != NULL);
  /* deep nesting: bounded by max_depth */
  size_t n = 100000;
  char *deep = malloc(2 * n + 1);
  memset(deep, '[', n);
  memset(deep + n, ']', n);
  deep[2 * n] = '\0';
  doc = load(deep);
  CHECK(doc == NULL);
  CHECK_STR(diag(0), "t.yaml:1:65: error: nesting deeper than 64 levels");
  iso_load_options o = {.max_depth = 8};
  iso_diags_clear(diags);
  doc = iso_load_string(deep, 2 * n, "t.yaml", ".", &o, diags);
  CHECK(doc == NULL);
  CHECK_STR(diag(0), "t.yaml:1:9: error: nesting deeper than 8 levels");
  free(deep);
  CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
}

static void test_looks_like(void) {
  const char *a = "# comment\ndocument:\n  id: x\n";
  const char *b = "stages:\n  - build\ndocument_root: x\n";
  const char *c = "name: default\npage:\n  document: x\n";
  CHECK_INT(iso_looks_like_document(a, strlen(a)), 1);
  CHECK_INT(iso_looks_like_document(b, strlen(b)), 0);
  CHECK_INT(iso_looks_like_document(c, strlen(c)), 0);
  CHECK_INT(iso_looks_like_document("document:", 9), 1);
  CHECK_INT(iso_looks_like_document("", 0), 0);
  /* any YAML style: flow, quoted keys, a BOM, comments and '---' first */
  const char *yes[] = {
      "{document: {id: x}, sections: []}",
      "# c\n---\n{\"document\": {}}",
      "\xEF\xBB\xBFsections: []\n'document': {}\n",
      "? document\n: {}\n",
      "sections: [a,\n  b]\ndocument : {}\n",
      "title: a\xE2\x80\xA8" "b\ndocument: {}\n",
      "{theme: [, document: {}}", /* unreadable, but it names the key */
  };
  const char *no[] = {
      "{a: [{document: 1}], b: 2}", "[document, sections]", "document",
      "--- document\n", "a: {document: 1}\nb: 2\n", "x: 'document: 1'\n",
  };
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
    CHECK_INT(iso_looks_like_document(yes[i], strlen(yes[i])), 1);
  /* libyaml is handed the input 512 bytes at a time: keys and multi-byte
   * characters across those edges, anywhere in the first few KB */
  for (size_t pad = 490; pad < 3000; pad += 7) {
    char *t = malloc(pad + 64);
    memcpy(t, "a: '", 4);
    size_t at = 4;
    while (at < pad) /* "ä" and "€": two and three bytes */
      at += (size_t)sprintf(t + at, "%s", at % 3 ? "\xC3\xA4" : "\xE2\x82\xAC");
    strcpy(t + at, "'\ndocument: {}\n");
    CHECK_INT(iso_looks_like_document(t, strlen(t)), 1);
    strcpy(t + at, "'\nb: {document: 1}\n");
    CHECK_INT(iso_looks_like_document(t, strlen(t)), 0);
    free(t);
  }
  for (size_t i = 0; i < sizeof no / sizeof *no; i++)
    CHECK_INT(iso_looks_like_document(no[i], strlen(no[i])), 0);
  /* 100,000 brackets are read no further than the nesting limit */
  size_t n = 100000;
  char *deep = malloc(2 * n + 4);
  memcpy(deep, "a: ", 3);
  memset(deep + 3, '[', n);
  memset(deep + 3 + n, ']', n);
  deep[2 * n + 3] = '\0';
  clock_t t0 = clock();
  CHECK_INT(iso_looks_like_document(deep, strlen(deep)), 0);
  CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
  free(deep);
}

static void test_lint(void) {
  /* a plan: none of the type rules, so the rules for every document */
  iso_node *doc = load("document:\n  id: P\n  title: P\n  type: plan\n"
                       "  version: '1'\n  status: draft\n  owner: o\n"
                       "  next_review: 2026-05-01\n"
                       "sections:\n  - title: Purpose\n    content:\n"
                       "      - objectives:\n"
                       "          - {objective: Be secure, metric: feeling, deadline: yearly}\n");
  CHECK(doc != NULL);
  if (!doc)
    return;
  iso_date today = {2026, 6, 1};
  iso_diags_clear(diags);
  CHECK_INT(iso_check(doc, today, 0, diags), 0);
  CHECK_INT(iso_diags_warnings(diags), 2);
  /* in file order, each with its rule's id; document-control findings
   * point at the value concerned */
  CHECK_STR(diag(0), "t.yaml:8:16: warning: the review date 2026-05-01 has "
                     "passed (today is 2026-06-01) [review-overdue]");
  CHECK_STR(diag(1), "t.yaml:13:13: warning: objective 'Be secure' is not "
                     "measurable: give a 'target', or a metric with a number "
                     "[objective-measurable]");
  CHECK(iso_diags_get(diags, 1) &&
        iso_lint_rule_find(iso_diags_get(diags, 1)->rule) != NULL);
  iso_diags_clear(diags);
  CHECK_INT(iso_check(doc, today, 1, diags), 2);
  CHECK_STR(diag(0), "t.yaml:6:11: error: the document is not approved "
                     "(status: draft) [not-approved]");
  CHECK_STR(diag(1), "t.yaml:8:16: error: the review date 2026-05-01 has "
                     "passed (today is 2026-06-01) [review-overdue]");
  iso_date before = {2026, 4, 1};
  iso_diags_clear(diags);
  CHECK_INT(iso_check(doc, before, 1, diags), 1); /* only "not approved" */
  iso_node_free(doc);
  /* every rule has an id and a reason, and ids are unique */
  size_t n = 0;
  const iso_lint_rule *r = iso_lint_rules(&n);
  CHECK(n >= 22);
  for (size_t i = 0; i < n; i++) {
    CHECK(r[i].id && *r[i].id && r[i].why && *r[i].why && r[i].summary);
    CHECK(iso_lint_rule_find(r[i].id) == &r[i]);
  }
  CHECK(iso_lint_rule_find("no-such-rule") == NULL);
}

/* S with every LF replaced by EOL (caller frees). */
static char *with_eol(const char *s, const char *eol) {
  char *out = malloc(strlen(s) * strlen(eol) + 1), *o = out;
  for (; out && *s; s++)
    if (*s == '\n')
      o += sprintf(o, "%s", eol);
    else
      *o++ = *s;
  if (out)
    *o = '\0';
  return out;
}

/* Positions count lines as editors do, at LF, CRLF or a lone CR, however
 * the file's lines end: in the loader's own errors and in Markdown. */
static void test_line_ends(void) {
  const char *eols[] = {"\n", "\r\n", "\r"};
  for (size_t e = 0; e < 3; e++) {
    char *t = with_eol("a: 1\nb: 2\n\nc: x\xFFy\n", eols[e]);
    iso_node *doc = t ? load(t) : NULL;
    CHECK(doc == NULL);
    CHECK(strstr(diag(0), "t.yaml:4:5: error: invalid UTF-8") != NULL);
    free(t);
    t = with_eol(HEAD "sections:\n  - title: A\n    content: |\n"
                      "      One.\n\n      Two *b*.\n", eols[e]);
    doc = t ? load(t) : NULL;
    CHECK(doc != NULL);
    const iso_node *sec = doc ? child(doc, 0) : NULL;
    const iso_node *p = sec ? child(sec, 2) : NULL;
    CHECK(p && iso_node_get_type(p) == ISO_NODE_PARAGRAPH);
    if (p) {
      CHECK_INT(iso_node_line(p), 19);
      CHECK_INT(iso_node_column(p), 7);
      CHECK_INT(iso_node_column(child(p, 1)), 11);
    }
    iso_node_free(doc);
    free(t);
  }
  /* all three in one file */
  iso_node *doc = load("a: 1\r\nb: 2\rc: 3\nd: x\xFF\n");
  CHECK(doc == NULL);
  CHECK(strstr(diag(0), "t.yaml:4:5: error: invalid UTF-8") != NULL);
}

int main(void) {
  diags = iso_diags_new();
  test_line_ends();
  test_metadata();
  test_markdown_positions();
  test_structured();
  test_errors_collected();
  test_limits();
  test_looks_like();
  test_lint();
  iso_diags_free(diags);
  return check_done("loader_test");
}
