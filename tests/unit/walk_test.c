/* The traversal contract (src/walk.h): a document with nested lists,
 * call-outs, tables and images with and without captions, page breaks
 * carried and not, two tables of contents and a closing block, walked
 * once; every decision the writers take from the events is checked
 * against what the document asks for. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "orient.h"
#include "tree.h"
#include "walk.h"

#define MAX_EVENTS 256

typedef struct rec {
  iso_walk_node enter[MAX_EVENTS], leave[MAX_EVENTS];
  size_t n_enter, n_leave;
  const iso_node *skip; /* enter returns ISO_WALK_SKIP for this node */
  int titles, ends, closings;
  iso_walk_closing closing[ISO_PR_CLOSING_MAX];
  long rows[ISO_PR_CLOSING_MAX]; /* each part's rows then, -1: none */
  char order[64]; /* T title, B body end, C closing, E first event */
} rec;

static void mark(rec *r, char c) {
  size_t n = strlen(r->order);
  if (n + 1 < sizeof r->order && (c != 'E' || !strchr(r->order, 'E')))
    r->order[n] = c;
}

static int on_title(void *u) {
  rec *r = u;
  r->titles++;
  mark(r, 'T');
  return 0;
}

static int on_enter(void *u, const iso_walk_node *e) {
  rec *r = u;
  mark(r, 'E');
  if (r->n_enter < MAX_EVENTS)
    r->enter[r->n_enter++] = *e;
  return e->node == r->skip ? ISO_WALK_SKIP : 0;
}

static int on_leave(void *u, const iso_walk_node *e) {
  rec *r = u;
  if (r->n_leave < MAX_EVENTS)
    r->leave[r->n_leave++] = *e;
  return 0;
}

static int on_body_end(void *u) {
  rec *r = u;
  r->ends++;
  mark(r, 'B');
  return 0;
}

static int on_closing(void *u, const iso_walk_closing *c) {
  rec *r = u;
  if (r->closings < ISO_PR_CLOSING_MAX) {
    r->closing[r->closings] = *c;
    r->rows[r->closings] = c->rows ? (long)c->rows->n : -1;
  }
  r->closings++;
  mark(r, 'C');
  return 0;
}

static const iso_walk_ops ops = {on_title, on_enter, on_leave, on_body_end,
                                 on_closing};

/* The recorded ENTER (or EXIT) event of N; NULL when it never came. */
static const iso_walk_node *ev(const rec *r, const iso_node *n, int exit) {
  const iso_walk_node *v = exit ? r->leave : r->enter;
  size_t k = exit ? r->n_leave : r->n_enter;
  for (size_t i = 0; i < k; i++)
    if (v[i].node == n)
      return &v[i];
  return NULL;
}

static iso_node *list(iso_node *parent, int ordered, int start) {
  iso_node *l = tree_node(parent, ISO_NODE_LIST);
  iso_node_set_list(l, ordered, start);
  return l;
}

static iso_node *item(iso_node *l, const char *text) {
  iso_node *it = tree_node(l, ISO_NODE_ITEM);
  if (text)
    tree_para(it, text);
  return it;
}

static iso_node *table(iso_node *parent, const char *caption) {
  iso_node *t = tree_node(parent, ISO_NODE_TABLE);
  iso_node_set_columns(t, 3);
  if (caption)
    iso_node_set_caption(t, caption);
  iso_node *row = tree_node(t, ISO_NODE_ROW);
  for (int i = 0; i < 2; i++) /* a short row: the table's columns count */
    tree_text(tree_node(row, ISO_NODE_CELL), "cell");
  return t;
}

static iso_node *image(iso_node *parent, const char *caption) {
  iso_node *n = tree_node(parent, ISO_NODE_IMAGE);
  if (caption)
    iso_node_set_caption(n, caption);
  return n;
}

/* Markers by depth and number, items' IN, lists in call-outs at depth 0
 * (as DOCX and ODT number them), the call-out's kind on all inside it. */
static void check_lists(const rec *r, iso_node *outer, iso_node *nested,
                        iso_node *deepest, iso_node *box, iso_node *box_list) {
  const iso_walk_node *e = ev(r, outer, 0);
  CHECK(e && e->ordered && e->depth == 0 && e->number == 3);
  const iso_node *it1 = iso_node_first_child(outer);
  const iso_node *it2 = iso_node_next(it1);
  e = ev(r, it1, 0);
  CHECK(e && e->number == 3 && e->depth == 0 && e->ordered);
  CHECK_STR(e ? e->marker : NULL, "3.");
  CHECK(e && e->in == ISO_WALK_IN_BODY && !e->in_callout);
  e = ev(r, it2, 0);
  CHECK_STR(e ? e->marker : NULL, "4.");
  /* the paragraph of an item stands in it */
  e = ev(r, iso_node_first_child(it1), 0);
  CHECK(e && e->type == ISO_NODE_PARAGRAPH && e->in == ISO_WALK_IN_ITEM);
  CHECK(e && !e->break_before);

  e = ev(r, nested, 0);
  CHECK(e && e->depth == 1 && e->number == 1);
  char m[32];
  iso_walk_list_marker(e, 1, m); /* what its second item will say */
  CHECK_STR(m, "b.");
  e = ev(r, iso_node_next(iso_node_first_child(nested)), 0);
  CHECK_STR(e ? e->marker : NULL, "b.");
  CHECK(e && e->depth == 1 && e->in == ISO_WALK_IN_ITEM);
  e = ev(r, iso_node_first_child(deepest), 0);
  CHECK_STR(e ? e->marker : NULL, "\xE2\x80\x93"); /* depth 2 bullet: en dash */
  CHECK(e && e->depth == 2 && !e->ordered);

  e = ev(r, box, 0);
  CHECK(e && e->callout == ISO_CALLOUT_WARNING && !e->in_callout);
  CHECK_STR(e ? e->style.label : NULL, "Warning");
  e = ev(r, iso_node_first_child(box), 0); /* its paragraph */
  CHECK(e && e->in == ISO_WALK_IN_CALLOUT && e->in_callout &&
        e->callout == ISO_CALLOUT_WARNING);
  e = ev(r, box_list, 0);
  CHECK(e && e->depth == 0 && e->in == ISO_WALK_IN_CALLOUT && e->in_callout);
  e = ev(r, iso_node_first_child(box_list), 0);
  CHECK_STR(e ? e->marker : NULL, "\xE2\x80\xA2"); /* depth 0 bullet */
  e = ev(r, iso_node_first_child(iso_node_first_child(box_list)), 0);
  CHECK(e && e->in == ISO_WALK_IN_ITEM && e->in_callout &&
        e->callout == ISO_CALLOUT_WARNING);
}

static void test_walk(void) {
  tree_doc = iso_document_new("walk.yaml");
  iso_meta *meta = iso_document_meta(tree_doc);
  meta->title = strdup("T");
  meta->history = calloc(1, sizeof *meta->history);
  meta->n_history = 1;

  /* heading 0: a section that says "Contents" itself */
  iso_node *s0 = tree_section(tree_doc, 1, "Contents");
  iso_node *toc_untitled = tree_node(s0, ISO_NODE_TOC);

  /* heading 1 */
  iso_node *s1 = tree_section(tree_doc, 1, "About");
  iso_node *toc_titled = tree_node(s1, ISO_NODE_TOC);
  iso_node *p_before = tree_para(s1, "before");
  iso_node *brk_para = tree_node(s1, ISO_NODE_PAGEBREAK);
  iso_node *p_carrier = tree_para(s1, "on a new page");
  iso_node *brk_table = tree_node(s1, ISO_NODE_PAGEBREAK); /* a table next */
  iso_node *t1 = table(s1, "First");
  iso_node *t_plain = table(s1, NULL);
  iso_node *i1 = image(s1, "Logo");
  iso_node *i_plain = image(s1, NULL);
  iso_node *i2 = image(s1, "Map");

  iso_node *outer = list(s1, 1, 3);
  iso_node *it1 = item(outer, "three");
  iso_node *nested = list(it1, 1, 1);
  item(nested, "a");
  iso_node *it_b = item(nested, "b");
  iso_node *deepest = list(it_b, 0, 1);
  item(deepest, "dash");
  item(outer, "four");

  iso_node *box = tree_node(s1, ISO_NODE_CALLOUT);
  iso_node_set_callout(box, ISO_CALLOUT_WARNING);
  tree_para(box, "careful");
  iso_node *box_list = list(box, 0, 1);
  item(box_list, "bullet");

  /* heading 2, inside "About"; heading 3 below the contents' levels */
  iso_node *s2 = tree_section(s1, 2, "Details");
  iso_node *t2 = table(s2, "Second");
  iso_node *s3 = tree_section(s2, 4, "Deep");
  iso_node *brk_section = tree_node(s3, ISO_NODE_PAGEBREAK); /* last in it */
  /* heading 4: the next section's heading carries that break */
  iso_node *s4 = tree_section(tree_doc, 1, "Next");

  rec *r = calloc(1, sizeof *r);
  r->skip = t_plain;
  CHECK(iso_walk(tree_doc, iso_theme_default(), &ops, r) == 0);

  /* parts in order: title, the tree, the body's end, the closing parts */
  CHECK_STR(r->order, "TEBCC");
  CHECK_INT(r->n_enter, r->n_leave); /* every enter has its leave */

  /* headings: levels and indices into the contents, on EXIT too */
  const iso_node *h[5] = {iso_node_first_child(s0), iso_node_first_child(s1),
                          iso_node_first_child(s2), iso_node_first_child(s3),
                          iso_node_first_child(s4)};
  int levels[5] = {1, 1, 2, 4, 1};
  for (size_t i = 0; i < 5; i++) {
    const iso_walk_node *e = ev(r, h[i], 0), *x = ev(r, h[i], 1);
    CHECK(e && e->heading == i && e->level == levels[i]);
    CHECK(x && x->heading == i && x->ev == ISO_EVENT_EXIT);
  }
  /* the closing parts follow the tree's headings in the contents */
  CHECK_INT(r->closings, 2);
  CHECK_INT(r->closing[0].heading, 5);
  CHECK_INT(r->closing[0].h.kind, ISO_PR_CLOSING_APPROVAL);
  CHECK_INT(r->closing[1].heading, 6);
  CHECK_INT(r->closing[1].h.kind, ISO_PR_CLOSING_HISTORY);
  CHECK(r->rows[0] > 0);     /* the approval rows come made */
  CHECK_INT(r->rows[1], -1); /* the history has none */

  /* page breaks: carried by the next body paragraph or heading, not by a
   * table; the carrier says so on ENTER only */
  const iso_walk_node *e = ev(r, brk_para, 0);
  CHECK(e && e->carried);
  e = ev(r, p_carrier, 0);
  CHECK(e && e->break_before && e->in == ISO_WALK_IN_BODY);
  e = ev(r, p_carrier, 1);
  CHECK(e && !e->break_before);
  e = ev(r, p_before, 0);
  CHECK(e && !e->break_before);
  e = ev(r, brk_table, 0);
  CHECK(e && !e->carried);
  e = ev(r, t1, 0);
  CHECK(e && !e->break_before);
  e = ev(r, brk_section, 0);
  CHECK(e && e->carried);
  e = ev(r, h[4], 0);
  CHECK(e && e->break_before);
  e = ev(r, h[1], 0);
  CHECK(e && !e->break_before);

  /* captions: tables and figures numbered apart, uncaptioned ones 0 */
  e = ev(r, t1, 0);
  CHECK(e && e->caption == 1 && e->columns == 3);
  e = ev(r, t_plain, 0);
  CHECK(e && e->caption == 0 && e->columns == 3);
  e = ev(r, t2, 0);
  CHECK(e && e->caption == 2);
  e = ev(r, t2, 1);
  CHECK(e && e->caption == 2); /* the same number on EXIT */
  e = ev(r, i1, 0);
  CHECK(e && e->caption == 1);
  e = ev(r, i_plain, 0);
  CHECK(e && e->caption == 0);
  e = ev(r, i2, 0);
  CHECK(e && e->caption == 2);

  /* a skipped node's children never come; its EXIT does */
  CHECK(ev(r, iso_node_first_child(t_plain), 0) == NULL);
  CHECK(ev(r, t_plain, 1) != NULL);
  /* a walked table's cells: their text stands in a cell */
  const iso_node *cell = iso_node_first_child(iso_node_first_child(t1));
  e = ev(r, iso_node_first_child(cell), 0);
  CHECK(e && e->type == ISO_NODE_TEXT && e->in == ISO_WALK_IN_CELL);

  /* the contents' title: not under a heading that says it already */
  e = ev(r, toc_untitled, 0);
  CHECK(e && !e->titled);
  e = ev(r, toc_titled, 0);
  CHECK(e && e->titled);

  check_lists(r, outer, nested, deepest, box, box_list);

  /* the contents: the tree's headings, then the closing block's */
  iso_walk_contents c;
  CHECK(iso_walk_contents_build(tree_doc, NULL, &c) == 0);
  CHECK_INT(c.n, 7);
  CHECK_INT(c.n_tree, 5);
  CHECK(c.n == 7 && c.h[1].node == h[1] && c.h[3].level == 4);
  CHECK(c.n == 7 && c.h[2].listed && !c.h[3].listed && c.h[6].listed);
  CHECK(c.n == 7 && c.h[5].node == NULL);
  CHECK_STR(c.n == 7 ? c.h[2].text : NULL, "Details");
  CHECK_STR(c.n == 7 ? c.h[5].text : NULL, "Approval and version control");
  iso_walk_contents_free(&c);
  free(r);
  iso_node_free(tree_doc);
}

/* A handler that stops the walk stops it: nothing more comes. */
static int stop_at_table(void *u, const iso_walk_node *e) {
  int *n = u;
  (*n)++;
  return e->type == ISO_NODE_TABLE ? -1 : 0;
}

static void test_stop(void) {
  tree_doc = iso_document_new("stop.yaml");
  iso_node *s = tree_section(tree_doc, 1, "S");
  table(s, NULL);
  tree_para(s, "after");
  int n = 0;
  iso_walk_ops stop = {NULL, stop_at_table, NULL, NULL, NULL};
  CHECK(iso_walk(tree_doc, iso_theme_default(), &stop, &n) == -1);
  CHECK_INT(n, 5); /* document, section, heading, its text, the table */
  iso_node_free(tree_doc);
}

/* Orientation (orient.h): the pages turn at the first block of a run of
 * the other orientation, sections pass theirs to subsections, a
 * subsection or a table may set its own, the closing block turns back,
 * and a page break next to a turn is carried by it. */
static void test_turns(void) {
  tree_doc = iso_document_new("turns.yaml");
  iso_meta *meta = iso_document_meta(tree_doc);
  meta->title = strdup("T");
  meta->history = calloc(1, sizeof *meta->history);
  meta->n_history = 1;
  iso_node *s0 = tree_section(tree_doc, 1, "Portrait");
  iso_node *p0 = tree_para(s0, "p0");
  iso_node *b0 = tree_node(s0, ISO_NODE_PAGEBREAK); /* before a turn */
  iso_node *s1 = tree_section(tree_doc, 1, "Wide");
  CHECK(iso_node_set_orientation(s1, ISO_ORIENT_LANDSCAPE) == 0);
  iso_node *p1 = tree_para(s1, "p1");
  iso_node *s11 = tree_section(s1, 2, "Wide too");
  iso_node *s12 = tree_section(s1, 2, "Narrow");
  CHECK(iso_node_set_orientation(s12, ISO_ORIENT_PORTRAIT) == 0);
  iso_node *s2 = tree_section(tree_doc, 1, "Portrait again");
  iso_node *t = table(s2, "Wide table");
  CHECK(iso_node_set_orientation(t, ISO_ORIENT_LANDSCAPE) == 0);
  iso_node *p2 = tree_para(s2, "after the table");
  iso_node *s3 = tree_node(tree_doc, ISO_NODE_SECTION); /* no heading */
  CHECK(iso_node_set_orientation(s3, ISO_ORIENT_LANDSCAPE) == 0);
  iso_node *b3 = tree_node(s3, ISO_NODE_PAGEBREAK); /* right after a turn */
  iso_node *p3 = tree_para(s3, "p3");
  CHECK(iso_node_set_orientation(p3, ISO_ORIENT_LANDSCAPE) == -1);
  CHECK(iso_pr_has_turns(tree_doc, iso_theme_default()));

  rec *r = calloc(1, sizeof *r);
  CHECK(iso_walk(tree_doc, iso_theme_default(), &ops, r) == 0);
  const iso_node *h1 = iso_node_first_child(s1), *h11 = iso_node_first_child(s11),
                 *h12 = iso_node_first_child(s12), *h2 = iso_node_first_child(s2);
  struct { const iso_node *n; int turn; } want[] = {
      {p0, 0}, {b0, 0}, {h1, ISO_WALK_TURN_LANDSCAPE}, {p1, 0}, {h11, 0},
      {h12, ISO_WALK_TURN_PORTRAIT}, {h2, 0}, {t, ISO_WALK_TURN_LANDSCAPE},
      {p2, ISO_WALK_TURN_PORTRAIT}, {b3, ISO_WALK_TURN_LANDSCAPE}, {p3, 0}};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    const iso_walk_node *e = ev(r, want[i].n, 0);
    CHECK(e != NULL);
    if (e)
      CHECK_INT(e->turn, want[i].turn);
  }
  /* the breaks write nothing and nothing carries them */
  CHECK(ev(r, b0, 0) && ev(r, b0, 0)->carried);
  CHECK(ev(r, h1, 0) && !ev(r, h1, 0)->break_before);
  CHECK(ev(r, b3, 0) && ev(r, b3, 0)->carried);
  CHECK(ev(r, p3, 0) && !ev(r, p3, 0)->break_before);
  /* only blocks of sections turn: not the table's rows, not on EXIT */
  for (size_t i = 0; i < r->n_enter; i++)
    if (r->enter[i].type == ISO_NODE_ROW || r->enter[i].type == ISO_NODE_CELL)
      CHECK_INT(r->enter[i].turn, 0);
  for (size_t i = 0; i < r->n_leave; i++)
    CHECK_INT(r->leave[i].turn, 0);
  CHECK(r->closings >= 1);
  CHECK_INT(r->closing[0].turn, ISO_WALK_TURN_PORTRAIT);
  for (int i = 1; i < r->closings && i < ISO_PR_CLOSING_MAX; i++)
    CHECK_INT(r->closing[i].turn, 0);
  free(r);
  iso_node_free(tree_doc);
}

int main(void) {
  test_walk();
  test_stop();
  test_turns();
  return check_done("walk_test");
}
