/* Page orientation (`orientation: portrait|landscape` on a section or a
 * table, docs/format.md "Orientation"): the node's own setting, and the
 * shared decisions every format takes from it: which orientation a block's
 * pages have and how large such a page is. The walk (walk.h) turns these
 * into its events' `turn`. Not public API. */
#ifndef ISO_ORIENT_H
#define ISO_ORIENT_H

#include "internal.h"
#include "present.h"

typedef enum iso_orientation {
  ISO_ORIENT_UNSET = 0, /* the enclosing section's, else the theme's page */
  ISO_ORIENT_PORTRAIT,
  ISO_ORIENT_LANDSCAPE
} iso_orientation;

/* SECTION and TABLE nodes; set returns -1 for any other node. */
iso_orientation iso_node_get_orientation(const iso_node *n);
int iso_node_set_orientation(iso_node *n, iso_orientation o);

/* Whether the theme's own page is wider than high. */
int iso_pr_theme_landscape(const iso_theme *t);
/* Whether block N goes on landscape pages: the setting of N or of its
 * nearest enclosing section that has one (a portrait subsection of a
 * landscape section is portrait), else the theme's page. */
int iso_pr_landscape(const iso_node *n, const iso_theme *t);
/* Whether any page of DOC has the other orientation than the theme's page
 * (a writer that declares its page styles up front). */
int iso_pr_has_turns(const iso_node *doc, const iso_theme *t);
/* The page size of a landscape (LANDSCAPE 1) or portrait page: the theme's
 * page turned when it has the other orientation. The margins stay at the
 * page's edges as the theme names them (top is the top of the turned
 * page). */
void iso_pr_page_size(const iso_theme *t, int landscape, double *w, double *h);
/* The watermark W (iso_pr_watermark, made for the theme's page) on a
 * turned page: along that page's diagonal, as the PDF draws it; its size
 * stays (the diagonal is as long). */
void iso_pr_mark_turned(iso_pr_mark *w);
/* The next block after N in document order (present_space.c): its next
 * sibling, else its parent's, descending into sections to their first
 * block; NULL after the last. */
const iso_node *iso_pr_next_block(const iso_node *n);

#endif
