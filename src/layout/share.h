/* One layout of a document for all its readers. The policy-length check
 * (src/loader/lint_length.c), the DOCX's and the ODT's contents all ask
 * iso_layout_paginate (doc.h) for the same pages; laying the document out
 * for each is a third of a batch's work. Once iso_layout_share(DOC) has
 * been called, iso_layout_paginate keeps its answer on DOC for each theme
 * (themes alike in everything the layout reads give the same pages) and
 * hands out copies. The caller promises that DOC and its meta no longer
 * change (the CLI calls it after loading); without the call every answer
 * is laid out afresh. Not public API. */
#ifndef ISO_LAYOUT_SHARE_H
#define ISO_LAYOUT_SHARE_H

#include <stddef.h>

#include "internal.h"
#include "layout/doc.h"

/* Returns 0, or -1 when out of memory (then nothing is shared). */
int iso_layout_share(iso_node *doc);
/* The whole layout iso_layout_paginate made of DOC for THEME (or a theme
 * alike, with the same logo image), handed over once: the caller frees it
 * (lay_kept_free); NULL when there is none. The PDF draws it when its fonts
 * are the ones it was measured with, rather than lay the document out a
 * second time. */
lay_kept *iso_layout_take(const iso_node *doc, const iso_theme *theme);
/* How many times DOC was laid out since iso_layout_share, for
 * iso_layout_paginate or by a writer that told iso_layout_share_count (for
 * the tests). */
size_t iso_layout_share_runs(const iso_node *doc);
void iso_layout_share_count(const iso_node *doc);

#endif
