/* The linter behind --check and --strict: it runs the rules (lint_*.c),
 * then hands their findings to the diagnostics list in file order, each
 * with its rule id (lint_rules.c). Metadata findings point at the value
 * concerned (or the `document` key), content findings at the node. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"
#include "util.h"

static void addv(lint *l, iso_severity sev, const char *rule, int line,
                 int column, const char *fmt, va_list ap) {
  if (!line) {
    line = iso_node_line(l->doc);
    column = iso_node_column(l->doc);
  }
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    lint_finding *v = realloc(l->v, cap * sizeof *v);
    if (!v)
      return;
    l->v = v;
    l->cap = cap;
  }
  char buf[1024];
  vsnprintf(buf, sizeof buf, fmt, ap);
  char *msg = iso_strdup(buf);
  if (!msg)
    return;
  l->v[l->n] = (lint_finding){sev, rule, line, column, msg, l->n};
  l->n++;
}

void lint_at(lint *l, iso_severity sev, const char *rule, int line, int column,
             const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  addv(l, sev, rule, line, column, fmt, ap);
  va_end(ap);
}

void lint_node(lint *l, iso_severity sev, const char *rule, const iso_node *at,
               const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  addv(l, sev, rule, at ? iso_node_line(at) : 0, at ? iso_node_column(at) : 0,
       fmt, ap);
  va_end(ap);
}

/* ---- helpers ----------------------------------------------------- */

int lint_contains(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; hay && *hay; hay++) {
    size_t i = 0;
    while (i < n && hay[i] &&
           tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
      i++;
    if (i == n)
      return 1;
  }
  return 0;
}

static int letter(unsigned char ch) { return isalnum(ch) || ch >= 0x80; }

int lint_word(const char *text, const char *word) {
  size_t n = strlen(word);
  int prefix = n && word[n - 1] == '*';
  if (prefix)
    n--;
  for (const char *p = text; p && *p; p++) {
    if (p > text && letter((unsigned char)p[-1]))
      continue;
    size_t i = 0;
    while (i < n && p[i] &&
           tolower((unsigned char)p[i]) == tolower((unsigned char)word[i]))
      i++;
    if (i == n && (prefix || !letter((unsigned char)p[n])))
      return 1;
  }
  return 0;
}

int lint_any_word(const char *text, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (lint_word(text, words[i]))
      return 1;
  return 0;
}

/* Each heading's text into L's list; -1 when out of memory. */
static int make_headings(lint *l) {
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  size_t cap = 0;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(n) != ISO_NODE_HEADING)
      continue;
    if (l->nheadings == cap) {
      size_t c = cap ? 2 * cap : 16;
      char **v = realloc(l->headings, c * sizeof *v);
      if (!v)
        return -1;
      l->headings = v;
      cap = c;
    }
    if (!(l->headings[l->nheadings] = iso_node_plain_text(n)))
      return -1;
    l->nheadings++;
  }
  return 0;
}

static void free_headings(lint *l) {
  for (size_t i = 0; i < l->nheadings; i++)
    free(l->headings[i]);
  free(l->headings);
  l->headings = NULL;
  l->nheadings = 0;
}

int lint_has_heading(lint *l, const char *const *words) {
  if (!l->headings_made) {
    l->headings_made = make_headings(l) == 0 ? 1 : -1;
    if (l->headings_made < 0)
      free_headings(l);
  }
  if (l->headings_made > 0) {
    for (size_t i = 0; i < l->nheadings; i++)
      if (lint_any_word(l->headings[i], words))
        return 1;
    return 0;
  }
  /* out of memory once: each heading's text again, as it goes */
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(n) != ISO_NODE_HEADING)
      continue;
    char *text = iso_node_plain_text(n);
    int found = text && lint_any_word(text, words);
    free(text);
    if (found)
      return 1;
  }
  return 0;
}

static const char *const *words_at(int lang, size_t offset) {
  return (const char *const *)((const char *)&iso_lang_get((iso_lang)lang)->lint +
                               offset);
}

int lint_has_heading_any(lint *l, size_t offset) {
  for (int i = 0; i < ISO_LANG_COUNT; i++)
    if (lint_has_heading(l, words_at(i, offset)))
      return 1;
  return 0;
}

int lint_any_word_any(const char *text, size_t offset) {
  for (int i = 0; text && i < ISO_LANG_COUNT; i++)
    if (lint_any_word(text, words_at(i, offset)))
      return 1;
  return 0;
}

const iso_node *lint_first(const iso_node *doc, iso_node_type t) {
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(iso_iter_node(&it)) == t)
      return iso_iter_node(&it);
  return NULL;
}

int lint_column(const iso_node *table, const char *label) {
  int i = 0;
  const iso_node *row = iso_node_first_child(table);
  for (const iso_node *c = iso_node_first_child(row); c; c = iso_node_next(c), i++) {
    char *s = iso_node_plain_text(c);
    int found = s && !strcmp(s, label);
    free(s);
    if (found)
      return i;
  }
  return -1;
}

char *lint_cell(const iso_node *row, int col) {
  if (col < 0)
    return NULL;
  const iso_node *c = iso_node_first_child(row);
  for (int i = 0; c && i < col; i++)
    c = iso_node_next(c);
  return c ? iso_node_plain_text(c) : NULL;
}

/* ---- rules kept from the first linter ------------------------------ */

static int has_number(const char *s) {
  for (; s && *s; s++)
    if (isdigit((unsigned char)*s) || *s == '%')
      return 1;
  return 0;
}

/* An objective is measurable when it has a target, or a metric with a
 * number in it ("MFA coverage 100 %"). Columns are found by their labels. */
static void objectives_measurable(lint *l, const iso_node *t) {
  iso_lang lang = l->m->language;
  int metric_col = lint_column(t, iso_label(lang, ISO_L_OBJ_METRIC));
  int target_col = lint_column(t, iso_label(lang, ISO_L_OBJ_TARGET));
  for (const iso_node *row = iso_node_next(iso_node_first_child(t)); row;
       row = iso_node_next(row)) {
    char *target = lint_cell(row, target_col), *metric = lint_cell(row, metric_col);
    int ok = (target && *target) || has_number(metric);
    free(target);
    free(metric);
    if (!ok) {
      char *name = lint_cell(row, 0);
      lint_node(l, ISO_SEV_WARNING, "objective-measurable", row,
                "objective '%s' is not measurable: give a 'target', or a "
                "metric with a number",
                name ? name : "");
      free(name);
    }
  }
}

static void procedure_rules(lint *l) {
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(n) == ISO_NODE_LIST &&
        iso_node_get_list_ordered(n))
      return;
  }
  lint_at(l, ISO_SEV_WARNING, "procedure-steps", 0, 0,
          "a procedure should describe its steps as a numbered list");
}

static void control_rules(lint *l) {
  const iso_meta *m = l->m;
  iso_severity sev = l->strict ? ISO_SEV_ERROR : ISO_SEV_WARNING;
  if (m->next_review.year && l->today.year &&
      iso_date_cmp(m->next_review, l->today) < 0) {
    char r[11], t[11];
    iso_date_iso(m->next_review, r);
    iso_date_iso(l->today, t);
    lint_at(l, sev, "review-overdue", m->review_line, m->review_column,
            "the review date %s has passed (today is %s)", r, t);
  }
  if (l->strict && m->status != ISO_STATUS_APPROVED)
    lint_at(l, ISO_SEV_ERROR, "not-approved", m->status_line, m->status_column,
            "the document is not approved (status: %s)",
            iso_status_name(m->status));
}

/* ---- the driver ------------------------------------------------------ */

/* File order; a tie keeps the order the rules ran in. */
static int by_position(const void *a, const void *b) {
  const lint_finding *x = a, *y = b;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int iso_check(const iso_node *doc, iso_date today, int strict, iso_diags *d) {
  lint l = {.doc = doc, .m = iso_document_meta_const(doc), .today = today,
            .strict = strict};
  if (!doc || !l.m)
    return 0;
  if (l.m->type == ISO_TYPE_POLICY) {
    lint_policy(&l);
    lint_length(&l);
  }
  if (l.m->type == ISO_TYPE_PROCEDURE)
    procedure_rules(&l);
  if (l.m->type == ISO_TYPE_MANUAL)
    lint_manual(&l);
  lint_roles(&l);
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER &&
        iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_OBJECTIVES)
      objectives_measurable(&l, iso_iter_node(&it));
  lint_history(&l);
  lint_placeholders(&l);
  control_rules(&l);
  /* qsort is not stable: ties compare by the order the rules ran in */
  if (l.n > 1)
    qsort(l.v, l.n, sizeof *l.v, by_position);
  int errors = 0;
  for (size_t i = 0; i < l.n; i++) {
    iso_diag_add_rule(d, l.v[i].sev, l.v[i].rule, l.m->source, l.v[i].line,
                      l.v[i].column, "%s", l.v[i].message);
    errors += l.v[i].sev == ISO_SEV_ERROR;
    free(l.v[i].message);
  }
  free(l.v);
  free_headings(&l);
  return errors;
}
