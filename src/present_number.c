/* Heading numbers (`numbering: true`): 1, 1.1, 1.1.1, decided once for
 * every format and every contents. A heading's level is its section's
 * depth, so no level is ever skipped and a count restarts under each new
 * parent, as Word's multilevel list and ODF's outline numbering count: the
 * numbers the DOCX and the ODT show (from numbering.xml and the outline
 * style) are these. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "present.h"
#include "util.h"

int iso_pr_numbering(const iso_meta *m, const iso_theme *t) {
  if (m && m->numbering)
    return m->numbering > 0;
  return t && t->numbering;
}

int iso_pr_heading_numbered(const iso_node *h) {
  const iso_node *sec = iso_node_parent(h);
  if (!sec || iso_node_get_type(sec) != ISO_NODE_SECTION ||
      iso_node_first_child(sec) != h)
    return 1;
  for (const iso_node *b = iso_node_next(h); b; b = iso_node_next(b))
    if (iso_node_get_type(b) == ISO_NODE_TOC && !iso_pr_toc_titled(b))
      return 0;
  return 1;
}

static int add(iso_pr_numbers *out, int count[6], int level) {
  if (level < 1)
    level = 1;
  if (level > 6)
    level = 6;
  count[level - 1]++;
  for (int i = level; i < 6; i++)
    count[i] = 0;
  char s[ISO_PR_NUMBER_MAX] = "";
  size_t n = 0;
  for (int i = 0; i < level; i++)
    n += (size_t)snprintf(s + n, sizeof s - n, i ? ".%d" : "%d",
                          count[i] ? count[i] : 1);
  if (!(out->v[out->n] = iso_strdup(s)))
    return -1;
  out->n++;
  return 0;
}

int iso_pr_heading_numbers(const iso_node *doc, const iso_theme *t,
                           iso_pr_numbers *out) {
  memset(out, 0, sizeof *out);
  const iso_meta *m = iso_document_meta_const(doc);
  if (!iso_pr_numbering(m, t))
    return 0;
  size_t total = ISO_PR_CLOSING_MAX;
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    total += ev == ISO_EVENT_ENTER &&
             iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_HEADING;
  out->v = calloc(total, sizeof *out->v);
  if (!out->v)
    return -1;
  int count[6] = {0};
  iso_iter_init(&it, doc);
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *h = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(h) != ISO_NODE_HEADING)
      continue;
    if (!iso_pr_heading_numbered(h))
      out->n++; /* no number, and not counted */
    else if (add(out, count, iso_node_get_level(h)))
      goto oom;
  }
  /* the closing block goes on counting (docs/format.md, Numbering) */
  iso_pr_heading closing[ISO_PR_CLOSING_MAX];
  int k = iso_pr_closing_headings(m, closing);
  for (int i = 0; i < k; i++)
    if (add(out, count, closing[i].level))
      goto oom;
  return 0;
oom:
  iso_pr_numbers_free(out);
  return -1;
}

const char *iso_pr_number(const iso_pr_numbers *n, size_t i) {
  return n && i < n->n ? n->v[i] : NULL;
}

char *iso_pr_numbered_text(const iso_pr_numbers *n, size_t i,
                           const char *text) {
  const char *num = iso_pr_number(n, i);
  if (!num)
    return iso_strdup(text ? text : "");
  size_t a = strlen(num), b = text ? strlen(text) : 0;
  char *s = malloc(a + sizeof ISO_PR_NUMBER_SEP - 1 + b + 1);
  if (s) {
    memcpy(s, num, a);
    memcpy(s + a, ISO_PR_NUMBER_SEP, sizeof ISO_PR_NUMBER_SEP - 1);
    memcpy(s + a + sizeof ISO_PR_NUMBER_SEP - 1, text ? text : "", b + 1);
  }
  return s;
}

void iso_pr_numbers_free(iso_pr_numbers *n) {
  for (size_t i = 0; n->v && i < n->n; i++)
    free(n->v[i]);
  free(n->v);
  memset(n, 0, sizeof *n);
}
