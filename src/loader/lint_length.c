/* policy-length: a policy's length as the shared layout lays it out (the
 * pages of its PDF with the default theme), not a guess from its words:
 * the text up to its approval and version control (the document-control
 * tables, the sign-off and the acknowledgement table are not the policy's
 * length). */
#include "layout/doc.h"
#include "lint_internal.h"

void lint_length(lint *l) {
  iso_layout_pages p;
  if (iso_layout_paginate(l->doc, NULL, &p) != 0)
    return; /* out of memory: the conversion reports it */
  int pages = p.content_pages;
  iso_layout_pages_free(&p);
  const iso_meta *m = l->m;
  if (pages > 8)
    lint_at(l, ISO_SEV_WARNING, "policy-length", m->title_line, m->title_column,
            "the policy's text is %d pages long as laid out: over 8 pages it mixes "
            "policy with procedures and instructions; move those into "
            "documents of their own and keep the policy to 1 to 3 pages",
            pages);
  else if (pages > 3)
    lint_at(l, ISO_SEV_WARNING, "policy-length", m->title_line, m->title_column,
            "the policy's text is %d pages long as laid out; a policy is 1 to 3 "
            "pages, with the details in procedures and instructions",
            pages);
}
