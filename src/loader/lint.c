/* The linter behind --check and --strict: type-specific content rules and
 * document control (approval, overdue review). Metadata warnings point at
 * the `document` key, content warnings at the node concerned. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "isoexport.h"

typedef struct lint {
  const iso_node *doc;
  const iso_meta *m;
  iso_diags *d;
  int errors;
} lint;

static void say(lint *l, iso_severity sev, const iso_node *at, const char *fmt,
                ...) __attribute__((format(printf, 4, 5)));
static void say(lint *l, iso_severity sev, const iso_node *at, const char *fmt,
                ...) {
  va_list ap;
  va_start(ap, fmt);
  iso_diag_addv(l->d, sev, l->m->source, iso_node_line(at), iso_node_column(at),
                fmt, ap);
  va_end(ap);
  if (sev == ISO_SEV_ERROR)
    l->errors++;
}

static int has_block(const iso_node *doc, iso_node_type t) {
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(iso_iter_node(&it)) == t)
      return 1;
  return 0;
}

/* Case-insensitive (ASCII) substring test. */
static int contains(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++) {
    size_t i = 0;
    while (i < n && hay[i] &&
           tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
      i++;
    if (i == n)
      return 1;
  }
  return 0;
}

static int has_heading(const iso_node *doc, const char *const *words) {
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(n) != ISO_NODE_HEADING)
      continue;
    char *text = iso_node_plain_text(n);
    int found = 0;
    for (size_t i = 0; text && words[i] && !found; i++)
      found = contains(text, words[i]);
    free(text);
    if (found)
      return 1;
  }
  return 0;
}

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
  int metric_col = -1, target_col = -1, i = 0;
  const iso_node *row = iso_node_first_child(t);
  for (const iso_node *c = iso_node_first_child(row); c; c = iso_node_next(c), i++) {
    char *s = iso_node_plain_text(c);
    if (s && !strcmp(s, iso_label(lang, ISO_L_OBJ_METRIC)))
      metric_col = i;
    if (s && !strcmp(s, iso_label(lang, ISO_L_OBJ_TARGET)))
      target_col = i;
    free(s);
  }
  for (row = iso_node_next(row); row; row = iso_node_next(row)) {
    int ok = 0;
    const iso_node *first = iso_node_first_child(row);
    i = 0;
    for (const iso_node *c = first; c; c = iso_node_next(c), i++) {
      char *s = iso_node_plain_text(c);
      if ((i == target_col && s && *s) || (i == metric_col && has_number(s)))
        ok = 1;
      free(s);
    }
    if (!ok) {
      char *name = first ? iso_node_plain_text(first) : NULL;
      say(l, ISO_SEV_WARNING, row,
          "objective '%s' is not measurable: give a 'target', or a metric "
          "with a number",
          name ? name : "");
      free(name);
    }
  }
}

static void policy_rules(lint *l) {
  static const char *const scope[] = {"scope", "soveltamisala", "rajaus", NULL};
  if (!has_block(l->doc, ISO_NODE_OBJECTIVES))
    say(l, ISO_SEV_WARNING, l->doc,
        "a policy should state its information security objectives (an "
        "'objectives' block; ISO/IEC 27001 5.2)");
  if (!has_block(l->doc, ISO_NODE_ROLES))
    say(l, ISO_SEV_WARNING, l->doc,
        "a policy should assign roles and responsibilities (a 'roles' block; "
        "ISO/IEC 27001 5.3)");
  if (!has_heading(l->doc, scope))
    say(l, ISO_SEV_WARNING, l->doc,
        "a policy should have a section on its scope (a section titled "
        "'Scope')");
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
  say(l, ISO_SEV_WARNING, l->doc,
      "a procedure should describe its steps as a numbered list");
}

static void say_at(lint *l, iso_severity sev, int line, int column,
                   const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void say_at(lint *l, iso_severity sev, int line, int column,
                   const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  /* without a recorded position, the `document` key */
  if (!line) {
    line = iso_node_line(l->doc);
    column = iso_node_column(l->doc);
  }
  iso_diag_addv(l->d, sev, l->m->source, line, column, fmt, ap);
  va_end(ap);
  if (sev == ISO_SEV_ERROR)
    l->errors++;
}

static void control_rules(lint *l, iso_date today, int strict) {
  const iso_meta *m = l->m;
  iso_severity sev = strict ? ISO_SEV_ERROR : ISO_SEV_WARNING;
  if (m->next_review.year && today.year &&
      iso_date_cmp(m->next_review, today) < 0) {
    char r[11], t[11];
    iso_date_iso(m->next_review, r);
    iso_date_iso(today, t);
    say_at(l, sev, m->review_line, m->review_column,
           "the review date %s has passed (today is %s)", r, t);
  }
  if (strict && m->status != ISO_STATUS_APPROVED)
    say_at(l, ISO_SEV_ERROR, m->status_line, m->status_column,
           "the document is not approved (status: %s)", iso_status_name(m->status));
}

int iso_check(const iso_node *doc, iso_date today, int strict, iso_diags *d) {
  lint l = {doc, iso_document_meta_const(doc), d, 0};
  if (!doc || !l.m)
    return 0;
  if (l.m->type == ISO_TYPE_POLICY)
    policy_rules(&l);
  if (l.m->type == ISO_TYPE_PROCEDURE)
    procedure_rules(&l);
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER &&
        iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_OBJECTIVES)
      objectives_measurable(&l, iso_iter_node(&it));
  control_rules(&l, today, strict);
  return l.errors;
}
