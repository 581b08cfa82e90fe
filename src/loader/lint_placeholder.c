/* Placeholders a scaffold (isoexport new) leaves to fill in, written
 * <<like this>>: any left in the text or the metadata is reported, so that
 * --strict refuses a half-filled document. */
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"

/* The first placeholder in S, copied into OUT (shortened), or 0. */
static int placeholder(const char *s, char *out, size_t size) {
  const char *a = s ? strstr(s, "<<") : NULL;
  const char *b = a ? strstr(a + 2, ">>") : NULL;
  if (!b)
    return 0;
  size_t n = (size_t)(b + 2 - a);
  if (n >= size)
    n = size - 1;
  memcpy(out, a, n);
  out[n] = '\0';
  return 1;
}

static void field(lint *l, const char *name, const char *value, int line,
                  int column) {
  char ph[128];
  if (placeholder(value, ph, sizeof ph))
    lint_at(l, ISO_SEV_WARNING, "placeholder", line, column,
            "'%s' still holds the placeholder '%s': fill it in", name, ph);
}

void lint_placeholders(lint *l) {
  const iso_meta *m = l->m;
  field(l, "id", m->id, 0, 0);
  field(l, "title", m->title, m->title_line, m->title_column);
  field(l, "subtitle", m->subtitle, 0, 0);
  field(l, "organization", m->organization, m->org_line, m->org_column);
  field(l, "version", m->version, m->version_line, m->version_column);
  field(l, "classification", m->classification, 0, 0);
  field(l, "owner", m->owner, m->owner_line, m->owner_column);
  field(l, "approver", m->approver, m->approver_line, m->approver_column);
  for (size_t i = 0; i < m->n_distribution; i++)
    field(l, "distribution", m->distribution[i], 0, 0);
  for (size_t i = 0; i < m->n_history; i++) {
    const iso_revision *r = &m->history[i];
    field(l, "author", r->author, r->line, r->column);
    field(l, "changes", r->changes, r->line, r->column);
  }
  /* the text: once per paragraph, heading or cell (Markdown may split a
   * placeholder into several text nodes) */
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    iso_node_type t = iso_node_get_type(n);
    if (ev != ISO_EVENT_ENTER)
      continue;
    char ph[128];
    if (t == ISO_NODE_PARAGRAPH || t == ISO_NODE_HEADING || t == ISO_NODE_CELL) {
      char *s = iso_node_plain_text(n);
      if (placeholder(s, ph, sizeof ph))
        lint_node(l, ISO_SEV_WARNING, "placeholder", n,
                  "placeholder text left as written: '%s'", ph);
      free(s);
    } else if (t == ISO_NODE_CODE_BLOCK &&
               placeholder(iso_node_get_literal(n), ph, sizeof ph)) {
      lint_node(l, ISO_SEV_WARNING, "placeholder", n,
                "placeholder text left as written: '%s'", ph);
    }
  }
}
