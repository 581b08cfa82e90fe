/* What a policy must contain (the policy seed and ISO/IEC 27001 5.2): its
 * sections, 3-5 measurable objectives, 5-7 principles, named
 * responsibilities, a management approver, a review at least yearly, 3-5
 * key risks linked to principles and metrics. Headings and names are
 * matched in every language's words (src/lang/). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint_internal.h"

#define W ISO_SEV_WARNING

/* Rows of every block of type T (header rows not counted), or the items of
 * a principles block's list; *FIRST is the first such block. */
static int count_rows(const iso_node *doc, iso_node_type t, const iso_node **first) {
  int n = 0;
  *first = NULL;
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *b = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(b) != t)
      continue;
    if (!*first)
      *first = b;
    const iso_node *rows = t == ISO_NODE_PRINCIPLES ? iso_node_first_child(b) : b;
    for (const iso_node *r = iso_node_first_child(rows); r; r = iso_node_next(r))
      n += t == ISO_NODE_PRINCIPLES || !iso_node_get_row_header(r);
  }
  return n;
}

/* ---- sections of the sample structure ------------------------------- */

static void sections(lint *l) {
  /* the old scope rule, kept with its message (policy-scope) */
  int has_scope = 0;
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while (!has_scope && (ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(n) != ISO_NODE_HEADING)
      continue;
    char *text = iso_node_plain_text(n);
    for (int lg = 0; text && lg < ISO_LANG_COUNT; lg++) {
      const char *const *scope = iso_lang_get((iso_lang)lg)->lint.scope;
      for (size_t i = 0; scope[i]; i++)
        has_scope |= lint_contains(text, scope[i]);
    }
    free(text);
  }
  if (!lint_has_heading_any(l, LINT_OFF(purpose)))
    lint_at(l, W, "policy-sections", 0, 0,
            "a policy should have a section on its purpose (the seed's sample "
            "structure: 'Purpose of the policy')");
  if (!has_scope)
    lint_at(l, W, "policy-scope", 0, 0,
            "a policy should have a section on its scope (a section titled "
            "'Scope')");
  if (!lint_has_heading_any(l, LINT_OFF(commitment)))
    lint_at(l, W, "policy-sections", 0, 0,
            "a policy should have a section on its commitment to laws, "
            "contracts and requirements (the seed's sample structure; "
            "ISO/IEC 27001 5.2 c)");
  if (!lint_has_heading_any(l, LINT_OFF(monitoring)))
    lint_at(l, W, "policy-sections", 0, 0,
            "a policy should have a section on monitoring, review and "
            "continuous improvement (the seed's sample structure; ISO/IEC "
            "27001 5.2 d)");
}

/* ---- objectives -------------------------------------------------------- */

static int has_digit(const char *s) {
  for (; s && *s; s++)
    if (isdigit((unsigned char)*s) || *s == '%')
      return 1;
  return 0;
}

/* "Improve information security": a verb of direction with nothing to
 * measure it by. */
static void vague_objectives(lint *l, const iso_node *t) {
  iso_lang lang = l->m->language;
  int target_col = lint_column(t, iso_label(lang, ISO_L_OBJ_TARGET));
  for (const iso_node *row = iso_node_next(iso_node_first_child(t)); row;
       row = iso_node_next(row)) {
    char *obj = lint_cell(row, 0), *target = lint_cell(row, target_col);
    if (obj && lint_any_word_any(obj, LINT_OFF(vague)) && !has_digit(obj) && !has_digit(target))
      lint_node(l, W, "objective-vague", row,
                "objective '%s' is vague: say what is measured and by when "
                "(objective, metric, deadline), e.g. 'MFA for 100 %% of "
                "maintenance accounts within 3 months'",
                obj);
    free(obj);
    free(target);
  }
}

static void objectives(lint *l) {
  const iso_node *first;
  int n = count_rows(l->doc, ISO_NODE_OBJECTIVES, &first);
  if (!first) {
    lint_at(l, W, "policy-objectives", 0, 0,
            "a policy should state its information security objectives (an "
            "'objectives' block; ISO/IEC 27001 5.2)");
    return;
  }
  if (n < 3 || n > 5)
    lint_node(l, W, "policy-objective-count", first,
              "a policy should have 3 to 5 objectives, not %d", n);
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER &&
        iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_OBJECTIVES)
      vague_objectives(l, iso_iter_node(&it));
}

/* ---- principles --------------------------------------------------------- */

static int count_principles(const iso_node *doc, const iso_node **first) {
  return count_rows(doc, ISO_NODE_PRINCIPLES, first);
}

static void principles(lint *l) {
  const iso_node *first;
  int n = count_principles(l->doc, &first);
  if (!first)
    lint_at(l, W, "policy-principles", 0, 0,
            "a policy should state its information security principles (a "
            "'principles' block of 5 to 7)");
  else if (n < 5 || n > 7)
    lint_node(l, W, "policy-principles", first,
              "a policy should have 5 to 7 principles, not %d", n);
}

/* Whether TEXT names one of the document's principles (either contains the
 * other, case ignored). */
static int names_principle(const iso_node *doc, const char *text) {
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  int in = 0, found = 0;
  while (!found && (ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (iso_node_get_type(n) == ISO_NODE_PRINCIPLES)
      in += ev == ISO_EVENT_ENTER ? 1 : -1;
    if (!in || ev != ISO_EVENT_ENTER || iso_node_get_type(n) != ISO_NODE_PARAGRAPH)
      continue;
    char *p = iso_node_plain_text(n);
    found = p && (lint_contains(p, text) || lint_contains(text, p));
    free(p);
  }
  return found;
}

/* ---- risks -------------------------------------------------------------- */

static void risks(lint *l) {
  const iso_node *first;
  int n = count_rows(l->doc, ISO_NODE_RISKS, &first);
  if (!first)
    return;
  if (n < 3 || n > 5)
    lint_node(l, W, "policy-risks", first,
              "a policy should list 3 to 5 key risks, not %d", n);
  const iso_node *dummy;
  int have_principles = count_principles(l->doc, &dummy) > 0;
  iso_lang lang = l->m->language;
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *t = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(t) != ISO_NODE_RISKS)
      continue;
    int pc = lint_column(t, iso_label(lang, ISO_L_RISK_PRINCIPLE));
    int mc = lint_column(t, iso_label(lang, ISO_L_RISK_METRIC));
    for (const iso_node *row = iso_node_next(iso_node_first_child(t)); row;
         row = iso_node_next(row)) {
      char *risk = lint_cell(row, 0), *pr = lint_cell(row, pc),
           *metric = lint_cell(row, mc);
      const char *name = risk ? risk : "";
      if (!pr || !*pr)
        lint_node(l, W, "risk-linked", row,
                  "risk '%s' is not linked to a principle (give 'principle')",
                  name);
      else if (have_principles && !names_principle(l->doc, pr))
        lint_node(l, W, "risk-linked", row,
                  "risk '%s' names the principle '%s', which is not in the "
                  "'principles' block",
                  name, pr);
      if (!metric || !*metric)
        lint_node(l, W, "risk-linked", row,
                  "risk '%s' has no metric (give 'metric')", name);
      free(risk);
      free(pr);
      free(metric);
    }
  }
}

/* ---- responsibilities and approval --------------------------------------- */

/* A role that names nobody: everyone, the organisation, "IT". */
static int nobody(const char *s) {
  if (!s)
    return 0;
  while (isspace((unsigned char)*s))
    s++;
  size_t n = strlen(s);
  while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '.'))
    n--;
  for (int lg = 0; lg < ISO_LANG_COUNT; lg++) {
    const char *const *names = iso_lang_get((iso_lang)lg)->lint.nobody;
    for (size_t i = 0; names[i]; i++)
      if (strlen(names[i]) == n && !strncasecmp(s, names[i], n))
        return 1;
  }
  return 0;
}

void lint_roles(lint *l) {
  const iso_meta *m = l->m;
  if (nobody(m->owner))
    lint_at(l, W, "responsibility-vague", m->owner_line, m->owner_column,
            "the owner '%s' names nobody: name a person or a role", m->owner);
  iso_iter it;
  iso_iter_init(&it, l->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *t = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(t) != ISO_NODE_ROLES)
      continue;
    for (const iso_node *row = iso_node_next(iso_node_first_child(t)); row;
         row = iso_node_next(row)) {
      char *role = lint_cell(row, 0), *resp = lint_cell(row, 1);
      int vague_resp = 0;
      for (int lg = 0; resp && lg < ISO_LANG_COUNT; lg++) {
        const char *const *vague = iso_lang_get((iso_lang)lg)->lint.vague_resp;
        for (size_t i = 0; vague[i]; i++)
          vague_resp |= lint_contains(resp, vague[i]);
      }
      if (nobody(role))
        lint_node(l, W, "responsibility-vague", row,
                  "the role '%s' names nobody: name who owns, approves and "
                  "monitors (e.g. 'IT Manager', 'Supervisors')",
                  role);
      else if (vague_resp)
        lint_node(l, W, "responsibility-vague", row,
                  "the responsibility of '%s' is vague ('%s'): say what this "
                  "role does",
                  role ? role : "", resp);
      free(role);
      free(resp);
    }
  }
}

static void approver(lint *l) {
  const iso_meta *m = l->m;
  if (!m->approver || lint_any_word_any(m->approver, LINT_OFF(management)))
    return;
  lint_at(l, W, "policy-approver", m->approver_line, m->approver_column,
          "the approver '%s' should be management, named by role (e.g. "
          "'Jukka Korhonen, CEO'), not IT or a name alone",
          m->approver);
}

static void review_interval(lint *l) {
  const iso_meta *m = l->m;
  if (m->review_months > 12) {
    lint_at(l, W, "policy-review-interval", m->interval_line, m->interval_column,
            "a policy should be reviewed at least every 12 months, not every "
            "%d",
            m->review_months);
    return;
  }
  if (!m->review_months && m->approved.year && m->next_review.year &&
      iso_date_cmp(m->next_review, iso_date_add_months(m->approved, 12)) > 0) {
    char a[11], n[11];
    iso_date_iso(m->approved, a);
    iso_date_iso(m->next_review, n);
    lint_at(l, W, "policy-review-interval", m->review_line, m->review_column,
            "a policy should be reviewed at least every 12 months: the next "
            "review %s is more than 12 months after the approval %s",
            n, a);
  }
}

void lint_policy(lint *l) {
  sections(l);
  objectives(l);
  principles(l);
  if (!lint_first(l->doc, ISO_NODE_ROLES))
    lint_at(l, W, "policy-roles", 0, 0,
            "a policy should assign roles and responsibilities (a 'roles' "
            "block; ISO/IEC 27001 5.3)");
  approver(l);
  review_interval(l);
  risks(l);
}
