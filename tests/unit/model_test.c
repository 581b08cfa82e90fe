/* Unit tests of the document model (src/node.c): containment rules, the
 * iterator, plain text and freeing deep trees. */
#include <stdlib.h>

#include "check.h"
#include "internal.h"

static void test_containment(void) {
  CHECK(iso_node_can_contain(ISO_NODE_DOCUMENT, ISO_NODE_SECTION));
  CHECK(!iso_node_can_contain(ISO_NODE_DOCUMENT, ISO_NODE_PARAGRAPH));
  CHECK(iso_node_can_contain(ISO_NODE_SECTION, ISO_NODE_TABLE));
  CHECK(iso_node_can_contain(ISO_NODE_SECTION, ISO_NODE_OBJECTIVES));
  CHECK(!iso_node_can_contain(ISO_NODE_SECTION, ISO_NODE_TEXT));
  CHECK(iso_node_can_contain(ISO_NODE_ITEM, ISO_NODE_LIST));
  CHECK(!iso_node_can_contain(ISO_NODE_ITEM, ISO_NODE_TABLE));
  CHECK(!iso_node_can_contain(ISO_NODE_CALLOUT, ISO_NODE_TABLE));
  CHECK(iso_node_can_contain(ISO_NODE_ROW, ISO_NODE_CELL));
  CHECK(!iso_node_can_contain(ISO_NODE_TABLE, ISO_NODE_CELL));
  CHECK(iso_node_can_contain(ISO_NODE_STRONG, ISO_NODE_EMPH));
  CHECK(!iso_node_can_contain(ISO_NODE_TEXT, ISO_NODE_TEXT));
  CHECK(!iso_node_can_contain(ISO_NODE_PARAGRAPH, ISO_NODE_PARAGRAPH));

  iso_node *doc = iso_document_new("x.yaml");
  iso_node *sec = iso_node_new(ISO_NODE_SECTION, doc, 3, 5);
  iso_node *h1 = iso_node_new(ISO_NODE_HEADING, doc, 3, 12);
  iso_node *h2 = iso_node_new(ISO_NODE_HEADING, doc, 4, 12);
  iso_node *p = iso_node_new(ISO_NODE_PARAGRAPH, doc, 5, 7);
  CHECK_INT(iso_node_append(doc, p), ISO_ERR_ARGUMENT); /* refused, nothing changed */
  CHECK(iso_node_parent(p) == NULL && iso_node_first_child(doc) == NULL);
  CHECK_INT(iso_node_append(doc, sec), 0);
  CHECK_INT(iso_node_append(sec, p), 0);
  /* a heading comes first and only once */
  CHECK_INT(iso_node_append(sec, h1), ISO_ERR_ARGUMENT);
  iso_node_free(h1);
  CHECK_INT(iso_node_append(iso_node_new(ISO_NODE_SECTION, doc, 0, 0), h2), 0);
  iso_node_free(iso_node_parent(h2));
  CHECK_INT(iso_node_append(sec, p), ISO_ERR_ARGUMENT); /* already has a parent */
  CHECK_STR(iso_node_file(p), "x.yaml");
  CHECK_INT(iso_node_line(p), 5);
  CHECK_INT(iso_node_column(p), 7);
  CHECK(iso_node_document(p) == doc);
  CHECK(iso_node_new(ISO_NODE_DOCUMENT, doc, 0, 0) == NULL);
  CHECK(iso_node_is_block(p) && !iso_node_is_inline(p));
  iso_node_unlink(p);
  CHECK(iso_node_first_child(sec) == NULL && iso_node_parent(p) == NULL);
  iso_node_free(p);
  iso_node_free(doc);
}

static void test_iterator_and_text(void) {
  iso_node *doc = iso_document_new(NULL);
  iso_node *sec = iso_node_new(ISO_NODE_SECTION, doc, 0, 0);
  iso_node *h = iso_node_new(ISO_NODE_HEADING, doc, 0, 0);
  iso_node *t1 = iso_node_new(ISO_NODE_TEXT, doc, 0, 0);
  iso_node *st = iso_node_new(ISO_NODE_STRONG, doc, 0, 0);
  iso_node *t2 = iso_node_new(ISO_NODE_TEXT, doc, 0, 0);
  iso_node *br = iso_node_new(ISO_NODE_LINEBREAK, doc, 0, 0);
  iso_node *code = iso_node_new(ISO_NODE_CODE, doc, 0, 0);
  iso_node_set_literal(t1, "Tietoturva ");
  iso_node_set_literal(t2, "äöå €");
  iso_node_set_literal(code, "x");
  CHECK_INT(iso_node_append(doc, sec), 0);
  CHECK_INT(iso_node_append(sec, h), 0);
  CHECK_INT(iso_node_append(h, t1), 0);
  CHECK_INT(iso_node_append(h, st), 0);
  CHECK_INT(iso_node_append(st, t2), 0);
  CHECK_INT(iso_node_append(h, br), 0);
  CHECK_INT(iso_node_append(h, code), 0);
  char *s = iso_node_plain_text(h);
  CHECK(s != NULL);
  if (s)
    CHECK(strncmp(s, "Tietoturva äöå €", strlen("Tietoturva äöå €")) == 0);
  free(s);
  /* ENTER and EXIT in document order */
  static const char *const want =
      "+document+section+heading+text-text+strong+text-text-strong"
      "+linebreak-linebreak+code-code-heading-section-document";
  char got[256] = "";
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    strcat(got, ev == ISO_EVENT_ENTER ? "+" : "-");
    strcat(got, iso_node_type_name(iso_node_get_type(iso_iter_node(&it))));
  }
  CHECK_STR(got, want);
  iso_node_free(doc);
}

/* A hostile depth: freeing and walking must not recurse. */
static void test_deep(void) {
  iso_node *doc = iso_document_new(NULL);
  iso_node *sec = iso_node_new(ISO_NODE_SECTION, doc, 0, 0);
  iso_node *p = iso_node_new(ISO_NODE_PARAGRAPH, doc, 0, 0);
  iso_node_append(doc, sec);
  iso_node_append(sec, p);
  iso_node *cur = p;
  int n = 200000, ok = 1;
  for (int i = 0; i < n && ok; i++) {
    iso_node *e = iso_node_new(ISO_NODE_EMPH, doc, 0, 0);
    ok = e && iso_node_append(cur, e) == 0;
    cur = e;
  }
  CHECK(ok);
  size_t events = 0;
  iso_iter it;
  iso_iter_init(&it, doc);
  while (iso_iter_next(&it) != ISO_EVENT_DONE)
    events++;
  CHECK_INT(events, 2 * (size_t)(n + 3));
  iso_node_free(doc);
}

int main(void) {
  test_containment();
  test_iterator_and_text();
  test_deep();
  return check_done("model_test");
}
