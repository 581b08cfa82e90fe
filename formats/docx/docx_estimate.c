/* Collects the headings for the table of contents and estimates the page
 * each one lands on, so the TOC shows plausible numbers before Word updates
 * its fields. The estimate adds up rough block heights in points; it does
 * not need to be exact (Word refreshes it, see updateFields). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "present.h"
#include "util.h"

typedef struct est {
  docx *c;
  double body_h, text_w; /* points */
  double y;              /* used height on the current page */
  int page;
} est;

static void advance(est *e, double h) {
  e->y += h;
  while (e->y > e->body_h) {
    e->page++;
    e->y -= e->body_h;
  }
}

/* H points that move to the next page as a whole when they do not fit. */
static void advance_whole(est *e, double h) {
  if (e->y + h > e->body_h && h <= e->body_h) {
    e->page++;
    e->y = 0;
  }
  advance(e, h);
}

/* Lines a text of LEN characters needs at SIZE points in WIDTH points
 * (Liberation Sans averages about half an em per character). */
static double lines(size_t len, double size, double width) {
  double per_line = width / (size * 0.5);
  if (per_line < 1)
    per_line = 1;
  double n = ceil((double)len / per_line);
  return n < 1 ? 1 : n;
}

static double para_h(est *e, const iso_node *n, double width) {
  const iso_theme *t = e->c->theme;
  return lines(iso_node_text_length(n), t->size_body, width) * t->size_body * t->line_spacing *
             1.15 + t->space_after;
}

static int add_heading(docx *c, const iso_node *n, int level, const char *text,
                       int page) {
  docx_head *v = realloc(c->heads, (c->n_heads + 1) * sizeof *v);
  if (!v)
    return -1;
  c->heads = v;
  docx_head *h = &c->heads[c->n_heads];
  h->node = n;
  h->level = level < 1 ? 1 : level > 6 ? 6 : level;
  h->text = n ? iso_node_plain_text(n) : iso_strdup(text);
  h->page = page;
  if (!h->text)
    return -1;
  c->n_heads++;
  return 0;
}

static int heading(est *e, const iso_node *n, int level, const char *text) {
  const iso_theme *t = e->c->theme;
  double size = t->size_heading[(level < 1 ? 1 : level > 6 ? 6 : level) - 1];
  double h = size * 1.2 + (level == 1 ? 24 : 18);
  /* keepNext: a heading never ends a page */
  if (e->y + h + t->size_body * 2.5 > e->body_h) {
    e->page++;
    e->y = 0;
  }
  advance(e, h);
  return add_heading(e->c, n, level, text, e->page);
}

static void table_h(est *e, const iso_node *tbl) {
  const iso_theme *t = e->c->theme;
  int cols = iso_node_get_columns(tbl) > 0 ? iso_node_get_columns(tbl) : 1;
  double cw = e->text_w / cols - 8;
  if (iso_node_get_caption(tbl))
    advance(e, t->size_small * 1.4 + 12);
  for (const iso_node *r = iso_node_first_child(tbl); r; r = iso_node_next(r)) {
    double most = 1;
    for (const iso_node *cell = iso_node_first_child(r); cell; cell = iso_node_next(cell)) {
      double l = lines(iso_node_text_length(cell), t->size_body - 1, cw > 20 ? cw : 20);
      if (l > most)
        most = l;
    }
    advance(e, most * (t->size_body - 1) * 1.2 + 6);
  }
  advance(e, 8);
}

static int blocks(est *e, const iso_node *parent, double width);

static int block(est *e, const iso_node *n, double width) {
  const iso_theme *t = e->c->theme;
  switch (iso_node_get_type(n)) {
  case ISO_NODE_SECTION:
  case ISO_NODE_LIST:
  case ISO_NODE_ITEM:
    return blocks(e, n, iso_node_get_type(n) == ISO_NODE_LIST ? width - 18 : width);
  case ISO_NODE_CALLOUT:
    advance(e, t->size_body * 1.6 + 12);
    return blocks(e, n, width - 16);
  case ISO_NODE_HEADING:
    return heading(e, n, iso_node_get_level(n), NULL);
  case ISO_NODE_PARAGRAPH:
    advance(e, para_h(e, n, width));
    return 0;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    table_h(e, n);
    return 0;
  case ISO_NODE_CODE_BLOCK: {
    const char *s = iso_node_get_literal(n);
    int nl = 1;
    for (; s && *s; s++)
      nl += *s == '\n';
    advance(e, nl * t->size_code * 1.2 + 14);
    return 0;
  }
  case ISO_NODE_IMAGE: {
    const iso_image_info *info = iso_node_get_image_info(n);
    double pct = iso_node_get_width_pct(n);
    double w = width * (pct > 0 ? pct / 100 : 0.6);
    double h = info && info->width_px > 0 ? w * info->height_px / info->width_px : w;
    if (h > e->body_h * 0.8)
      h = e->body_h * 0.8;
    if (e->y + h > e->body_h) {
      e->page++;
      e->y = 0;
    }
    advance(e, h + 30);
    return 0;
  }
  case ISO_NODE_PAGEBREAK:
    e->page++;
    e->y = 0;
    return 0;
  case ISO_NODE_TOC: {
    size_t entries = 0;
    iso_iter it;
    iso_iter_init(&it, e->c->doc);
    for (iso_event ev; (ev = iso_iter_next(&it)) != ISO_EVENT_DONE;)
      if (ev == ISO_EVENT_ENTER && iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_HEADING &&
          iso_node_get_level(iso_iter_node(&it)) <= 3)
        entries++;
    advance(e, t->size_heading[0] * 1.2 + 18 + (double)(entries + 2) * t->size_body * 1.5);
    return 0;
  }
  default:
    return 0;
  }
}

static int blocks(est *e, const iso_node *parent, double width) {
  for (const iso_node *n = iso_node_first_child(parent); n; n = iso_node_next(n))
    if (block(e, n, width) != 0)
      return -1;
  return 0;
}

int docx_collect_headings(docx *c) {
  const iso_theme *t = c->theme;
  const iso_meta *m = c->meta;
  est e = {c, t->page_height - t->margin_top - t->margin_bottom,
           c->text_width / 20.0, 0, 1};
  if (e.body_h < 72)
    e.body_h = 72;
  /* the title block: title, subtitle and about a dozen control rows */
  advance(&e, t->size_title * 1.3 + t->size_subtitle * 1.5 + 14 * 20 + 24);
  int rc = blocks(&e, c->doc, e.text_w);
  iso_pr_heading closing[ISO_PR_CLOSING_MAX];
  int nclosing = iso_pr_closing_headings(m, closing);
  for (int i = 0; i < nclosing && rc == 0; i++) {
    rc = heading(&e, NULL, closing[i].level, closing[i].text);
    switch (closing[i].kind) {
    case ISO_PR_CLOSING_APPROVAL:
      advance(&e, (4 + (m->retention != NULL) + (m->master_copy != NULL)) * 20 + 10);
      if (m->n_signoff) /* kept whole: a new page when it does not fit */
        advance_whole(&e, 20 + (double)m->n_signoff * ISO_PR_MM(ISO_PR_SIGN_ROW_MM) + 10);
      break;
    case ISO_PR_CLOSING_HISTORY:
      advance(&e, (double)(m->n_history + 1) * 20 + 10);
      break;
    case ISO_PR_CLOSING_ACK:
      advance(&e, 3 * 20 + ISO_PR_ACK_ROWS * ISO_PR_MM(ISO_PR_ACK_ROW_MM) + 10);
      break;
    }
  }
  c->pages = e.page;
  if (rc != 0) {
    iso_diag_add(c->d, ISO_SEV_ERROR, NULL, 0, 0, "docx: out of memory");
    c->failed = 1;
  }
  return rc;
}
