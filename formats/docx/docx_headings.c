/* Collects the headings for the table of contents with the page each one
 * lands on, taken from the shared layout (src/layout/doc.h): the pages the
 * PDF shows, which LibreOffice shows too, since the styles are the same.
 * Word refreshes the numbers on opening (see updateFields). */
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "layout/doc.h"
#include "present.h"
#include "util.h"

static int add_heading(docx *c, const iso_node *n, int level, const char *text) {
  docx_head *v = realloc(c->heads, (c->n_heads + 1) * sizeof *v);
  if (!v)
    return -1;
  c->heads = v;
  docx_head *h = &c->heads[c->n_heads];
  h->node = n;
  h->level = level < 1 ? 1 : level > 6 ? 6 : level;
  h->text = n ? iso_node_plain_text(n) : iso_strdup(text);
  h->page = 1;
  h->number = NULL;
  if (!h->text)
    return -1;
  c->n_heads++;
  return 0;
}

/* Every heading in document order, then the closing block's: the order of
 * the layout's headings. */
static int collect(docx *c) {
  iso_iter it;
  iso_iter_init(&it, c->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(n) == ISO_NODE_HEADING &&
        add_heading(c, n, iso_node_get_level(n), NULL))
      return -1;
  }
  iso_pr_heading closing[ISO_PR_CLOSING_MAX];
  int k = iso_pr_closing_headings(c->meta, closing);
  for (int i = 0; i < k; i++)
    if (add_heading(c, NULL, closing[i].level, closing[i].text))
      return -1;
  /* their numbers, in the same order (the contents show them) */
  iso_pr_numbers nums;
  if (iso_pr_heading_numbers(c->doc, c->theme, &nums))
    return -1;
  for (size_t i = 0; i < c->n_heads && i < nums.n; i++)
    if (nums.v[i] && !(c->heads[i].number = iso_strdup(nums.v[i]))) {
      iso_pr_numbers_free(&nums);
      return -1;
    }
  iso_pr_numbers_free(&nums);
  return 0;
}

int docx_collect_headings(docx *c) {
  iso_layout_pages lp;
  int rc = collect(c);
  if (rc == 0)
    rc = iso_layout_paginate(c->doc, c->theme, &lp);
  if (rc == 0) {
    for (size_t i = 0; i < c->n_heads && i < lp.n; i++)
      c->heads[i].page = lp.heading[i];
    c->pages = lp.pages;
    iso_layout_pages_free(&lp);
  } else {
    iso_diag_add(c->d, ISO_SEV_ERROR, NULL, 0, 0, "docx: out of memory");
    c->failed = 1;
  }
  return rc;
}
