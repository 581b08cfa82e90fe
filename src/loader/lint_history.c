/* The revision history against the document control data (ISO/IEC 27001
 * 7.5.2-7.5.3): oldest first, no revision or approval dated after today,
 * the newest entry
 * is the document's version, an approved document records its approval. */
#include <string.h>

#include "lint_internal.h"

#define W ISO_SEV_WARNING

void lint_history(lint *l) {
  const iso_meta *m = l->m;
  for (size_t i = 0; i < m->n_history; i++) {
    const iso_revision *r = &m->history[i];
    char d[11];
    iso_date_iso(r->date, d);
    if (i > 0 && r->date.year && m->history[i - 1].date.year &&
        iso_date_cmp(r->date, m->history[i - 1].date) < 0) {
      char p[11];
      iso_date_iso(m->history[i - 1].date, p);
      lint_at(l, W, "history-order", r->line, r->column,
              "revision '%s' (%s) is older than the one before it (%s): list "
              "the history oldest first",
              r->version ? r->version : "", d, p);
    }
    if (l->today.year && r->date.year && iso_date_cmp(r->date, l->today) > 0) {
      char t[11];
      iso_date_iso(l->today, t);
      lint_at(l, W, "history-future", r->line, r->column,
              "revision '%s' is dated %s, after today (%s)",
              r->version ? r->version : "", d, t);
    }
  }
  if (l->today.year && m->approved.year && iso_date_cmp(m->approved, l->today) > 0) {
    char a[11], t[11];
    iso_date_iso(m->approved, a);
    iso_date_iso(l->today, t);
    lint_at(l, W, "history-future", m->approved_line, m->approved_column,
            "the approval date %s is after today (%s)", a, t);
  }
  if (m->n_history && m->version) {
    const iso_revision *last = &m->history[m->n_history - 1];
    if (last->version && strcmp(last->version, m->version))
      lint_at(l, W, "history-version", m->version_line, m->version_column,
              "the version is '%s', but the newest revision in the history is "
              "'%s': add the revision, or correct the version",
              m->version, last->version);
  }
  if (m->status == ISO_STATUS_APPROVED) {
    int found = 0;
    for (size_t i = 0; i < m->n_history && !found; i++)
      found = m->history[i].approver ||
              (m->approved.year && !iso_date_cmp(m->history[i].date, m->approved));
    if (!found)
      lint_at(l, W, "history-approval", m->status_line, m->status_column,
              "the document is approved, but its history records no approval "
              "(a revision dated on the approval date, or one with an "
              "'approver')");
  }
}
