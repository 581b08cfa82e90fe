/* The traversal contract (walk.h): one walk of a document for every
 * writer, with the decisions every format shares attached to its events. */
#include <stdlib.h>
#include <string.h>

#include "orient.h"
#include "util.h"
#include "walk.h"

static int clamp_level(int level) { return level < 1 ? 1 : level > 6 ? 6 : level; }

static int is_table(iso_node_type t) {
  return t == ISO_NODE_TABLE || t == ISO_NODE_OBJECTIVES || t == ISO_NODE_RISKS ||
         t == ISO_NODE_ROLES;
}

/* ---- contents -------------------------------------------------------- */

static int contents_add(iso_walk_contents *c, const iso_node *n, int level,
                        const char *text) {
  iso_walk_heading *v = realloc(c->h, (c->n + 1) * sizeof *v);
  if (!v)
    return -1;
  c->h = v;
  iso_walk_heading *h = &c->h[c->n];
  h->node = n;
  h->level = clamp_level(level);
  h->listed = h->level <= ISO_PR_TOC_LEVELS;
  h->number = NULL;
  h->text = n ? iso_node_plain_text(n) : iso_strdup(text);
  if (!h->text)
    return -1;
  c->n++;
  return 0;
}

/* Each heading's number (present_number.c), when the document numbers
 * them. */
static int contents_number(const iso_node *doc, const iso_theme *t,
                           iso_walk_contents *out) {
  iso_pr_numbers nums;
  if (iso_pr_heading_numbers(doc, t, &nums))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < out->n && rc == 0; i++) {
    const char *num = iso_pr_number(&nums, i);
    if (num && !(out->h[i].number = iso_strdup(num)))
      rc = -1;
  }
  iso_pr_numbers_free(&nums);
  return rc;
}

int iso_walk_contents_build(const iso_node *doc, const iso_theme *t,
                            iso_walk_contents *out) {
  memset(out, 0, sizeof *out);
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(n) == ISO_NODE_HEADING &&
        contents_add(out, n, iso_node_get_level(n), NULL))
      goto oom;
  }
  out->n_tree = out->n;
  const iso_meta *m = iso_document_meta_const(doc);
  iso_pr_heading closing[ISO_PR_CLOSING_MAX];
  int k = m ? iso_pr_closing_headings(m, closing) : 0;
  for (int i = 0; i < k; i++)
    if (contents_add(out, NULL, closing[i].level, closing[i].text))
      goto oom;
  if (contents_number(doc, t, out))
    goto oom;
  return 0;
oom:
  iso_walk_contents_free(out);
  return -1;
}

void iso_walk_contents_free(iso_walk_contents *c) {
  for (size_t i = 0; i < c->n; i++)
    free(c->h[i].text), free(c->h[i].number);
  free(c->h);
  memset(c, 0, sizeof *c);
}

/* ---- the walk ---------------------------------------------------------- */

typedef struct walk {
  const iso_theme *theme;
  iso_lang lang;
  const iso_node *carrier; /* the block the pending page break rides on */
  size_t headings;         /* headings entered so far */
  int tables, figures;     /* captions numbered so far */
  iso_pr_numbers numbers;  /* the headings' numbers, with `numbering` */
  int landscape;           /* the orientation of the pages so far */
  int fresh;               /* turned, and no block placed since */
  int absorbed;            /* this PAGEBREAK is carried by a turn */
} walk;

/* The nearest enclosing item, call-out or cell, the list depth and the
 * enclosing call-out at any depth. */
static iso_walk_in where(const iso_node *n, int *depth, const iso_node **box) {
  iso_walk_in in = ISO_WALK_IN_BODY;
  int d = 0, found = 0;
  *box = NULL;
  for (const iso_node *p = iso_node_parent(n); p; p = iso_node_parent(p)) {
    iso_node_type t = iso_node_get_type(p);
    if (t == ISO_NODE_LIST)
      d++;
    if (t == ISO_NODE_CALLOUT && !*box)
      *box = p;
    if (found)
      continue;
    if (t == ISO_NODE_ITEM)
      in = ISO_WALK_IN_ITEM, found = 1;
    else if (t == ISO_NODE_CALLOUT)
      in = ISO_WALK_IN_CALLOUT, found = 1;
    else if (t == ISO_NODE_CELL)
      in = ISO_WALK_IN_CELL, found = 1;
  }
  if (depth)
    *depth = d;
  return in;
}

static void item_marker(iso_walk_node *e) {
  const iso_node *list = e->parent;
  int index = 0;
  for (const iso_node *k = iso_node_first_child(list); k && k != e->node;
       k = iso_node_next(k))
    index++;
  e->ordered = iso_node_get_list_ordered(list);
  e->number = iso_node_get_list_start(list) + index;
  iso_pr_list_marker(e->ordered, e->depth, e->number, e->marker);
}

void iso_walk_list_marker(const iso_walk_node *list, int i, char out[32]) {
  iso_pr_list_marker(list->ordered, list->depth, list->number + i, out);
}

/* The decisions of an ENTER event; EXIT repeats them (from the state the
 * enter left, which the walk keeps per node only where it must). */
static void decide(walk *w, iso_walk_node *e) {
  const iso_node *n = e->node;
  int depth = 0;
  const iso_node *box;
  e->in = where(n, &depth, &box);
  if (box) {
    e->in_callout = 1;
    e->callout = iso_node_get_callout(box);
  }
  switch (e->type) {
  case ISO_NODE_HEADING:
    e->level = clamp_level(iso_node_get_level(n));
    e->heading = w->headings;
    e->heading_number = iso_pr_number(&w->numbers, e->heading);
    /* fall through */
  case ISO_NODE_PARAGRAPH:
    e->break_before = n == w->carrier;
    break;
  case ISO_NODE_PAGEBREAK: /* or carried by a turn (turn()) */
    e->carried = e->carried || iso_pr_break_carrier(n) != NULL;
    break;
  case ISO_NODE_LIST:
    e->depth = depth;
    e->ordered = iso_node_get_list_ordered(n);
    e->number = iso_node_get_list_start(n);
    break;
  case ISO_NODE_ITEM:
    e->depth = depth - 1; /* its own list counted */
    item_marker(e);
    break;
  case ISO_NODE_CALLOUT:
    e->callout = iso_node_get_callout(n);
    e->style = iso_pr_callout_style(w->theme, w->lang, e->callout);
    break;
  case ISO_NODE_TOC:
    e->titled = iso_pr_toc_titled(n);
    break;
  case ISO_NODE_IMAGE:
    break;
  default:
    if (is_table(e->type))
      e->columns = iso_pr_table_columns(n);
    break;
  }
}

/* A block of a section: where the orientation can turn. */
static int section_block(const iso_walk_node *e) {
  iso_node_type pt = e->parent ? iso_node_get_type(e->parent) : ISO_NODE_DOCUMENT;
  return e->type != ISO_NODE_SECTION &&
         (pt == ISO_NODE_SECTION || pt == ISO_NODE_DOCUMENT);
}

/* The turn of the pages at block E (walk.h), and page breaks absorbed by
 * one: a break right after a turn, or right before one (the next block in
 * document order, or the closing block, has the other orientation), would
 * make an empty page in a word processor. Runs before decide(), so the
 * carrier it drops gets no break_before. */
static void turn(walk *w, iso_walk_node *e) {
  w->absorbed = 0;
  if (!section_block(e))
    return;
  int land = iso_pr_landscape(e->node, w->theme);
  if (land != w->landscape) {
    e->turn = land ? ISO_WALK_TURN_LANDSCAPE : ISO_WALK_TURN_PORTRAIT;
    w->landscape = land;
    w->fresh = 1;
    w->carrier = NULL;
  }
  if (e->type != ISO_NODE_PAGEBREAK) {
    w->fresh = 0;
    return;
  }
  const iso_node *next = iso_pr_next_block(e->node);
  int next_land = next ? iso_pr_landscape(next, w->theme)
                       : iso_pr_theme_landscape(w->theme);
  e->carried = w->absorbed = w->fresh || next_land != w->landscape;
}

/* State moves on entering: counters and the pending break. Caption
 * numbers are given on ENTER; EXIT sees the same number. */
static void advance(walk *w, iso_walk_node *e) {
  const iso_node *n = e->node;
  if (e->type == ISO_NODE_HEADING)
    w->headings++;
  if ((e->type == ISO_NODE_HEADING || e->type == ISO_NODE_PARAGRAPH) &&
      n == w->carrier)
    w->carrier = NULL;
  if (e->type == ISO_NODE_PAGEBREAK)
    w->carrier = w->absorbed ? NULL : iso_pr_break_carrier(n);
  if (iso_node_get_caption(n) &&
      (is_table(e->type) || e->type == ISO_NODE_IMAGE))
    e->caption = e->type == ISO_NODE_IMAGE ? ++w->figures : ++w->tables;
}

/* The caption number of N on EXIT: counted again from the state (the
 * number given on ENTER is the counter's value then, and nothing with a
 * caption lies inside a captioned node). */
static void exit_caption(const walk *w, iso_walk_node *e) {
  if (iso_node_get_caption(e->node) &&
      (is_table(e->type) || e->type == ISO_NODE_IMAGE))
    e->caption = e->type == ISO_NODE_IMAGE ? w->figures : w->tables;
}

static int body(walk *w, const iso_node *doc, const iso_walk_ops *ops, void *u) {
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  const iso_node *skip = NULL; /* a node whose children are not visited */
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (skip && n != skip)
      continue;
    iso_walk_node e;
    memset(&e, 0, sizeof e);
    e.ev = ev;
    e.node = n;
    e.type = iso_node_get_type(n);
    e.parent = iso_node_parent(n);
    if (ev == ISO_EVENT_ENTER) {
      turn(w, &e);
      decide(w, &e);
      advance(w, &e);
      int rc = ops->enter ? ops->enter(u, &e) : 0;
      if (rc < 0)
        return -1;
      if (rc == ISO_WALK_SKIP && iso_node_first_child(n))
        skip = n;
    } else {
      if (skip == n)
        skip = NULL;
      decide(w, &e);
      e.break_before = 0; /* given on ENTER only */
      if (e.type == ISO_NODE_HEADING)
        e.heading = w->headings - 1;
      if (e.type == ISO_NODE_HEADING)
        e.heading_number = iso_pr_number(&w->numbers, e.heading);
      exit_caption(w, &e);
      if (ops->leave && ops->leave(u, &e) < 0)
        return -1;
    }
  }
  return 0;
}

static int walk_all(walk *w, const iso_node *doc, const iso_walk_ops *ops,
                    void *u) {
  const iso_meta *m = iso_document_meta_const(doc);
  if (ops->title_block && ops->title_block(u) < 0)
    return -1;
  if (body(w, doc, ops, u) < 0)
    return -1;
  if (ops->body_end && ops->body_end(u) < 0)
    return -1;
  iso_pr_heading h[ISO_PR_CLOSING_MAX];
  int k = m ? iso_pr_closing_headings(m, h) : 0;
  for (int i = 0; i < k; i++) {
    iso_pr_kv rows;
    size_t at = w->headings + (size_t)i;
    iso_walk_closing c = {h[i], at, NULL, iso_pr_number(&w->numbers, at), 0};
    int land = iso_pr_theme_landscape(w->theme);
    if (land != w->landscape) {
      c.turn = land ? ISO_WALK_TURN_LANDSCAPE : ISO_WALK_TURN_PORTRAIT;
      w->landscape = land;
    }
    if (h[i].kind == ISO_PR_CLOSING_APPROVAL) {
      iso_pr_approval_rows(m, &rows);
      c.rows = &rows;
    }
    int rc = ops->closing ? ops->closing(u, &c) : 0;
    if (c.rows)
      iso_pr_kv_free(&rows);
    if (rc < 0)
      return -1;
  }
  return 0;
}

int iso_walk(const iso_node *doc, const iso_theme *theme,
             const iso_walk_ops *ops, void *u) {
  const iso_meta *m = iso_document_meta_const(doc);
  walk w;
  memset(&w, 0, sizeof w);
  w.theme = theme;
  w.lang = m ? m->language : ISO_LANG_EN;
  w.landscape = iso_pr_theme_landscape(theme ? theme : iso_theme_default());
  if (iso_pr_heading_numbers(doc, theme, &w.numbers))
    return -1;
  int rc = walk_all(&w, doc, ops, u);
  iso_pr_numbers_free(&w.numbers);
  return rc;
}
