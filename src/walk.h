/* One traversal contract for every writer, as cmark's renderers share one
 * iterator: iso_walk() visits a document's parts in the order every format
 * shows them (the title block, the tree's blocks, the closing block) and
 * hands each writer's handlers the same events with the shared decisions
 * already made (page-break carriers, heading indices, list markers, caption
 * numbers, call-out styles, the contents' title). A writer only serializes
 * what it is handed. Not public API.
 *
 * Events come without recursion (the model's depth is the loader's limit,
 * not the C stack's): ENTER then EXIT for every node, blocks and inlines.
 * A handler that serializes a node whole (a table written cell by cell in
 * one call, a paragraph's runs) returns ISO_WALK_SKIP from enter: its
 * children are not visited; its EXIT still comes, so every enter has its
 * leave. */
#ifndef ISO_WALK_H
#define ISO_WALK_H

#include <stddef.h>

#include "internal.h"
#include "present.h"

#define ISO_WALK_SKIP 1

/* Where a block stands: its nearest enclosing list item, call-out or
 * table cell (the paragraph style a format picks follows from it). */
typedef enum iso_walk_in {
  ISO_WALK_IN_BODY = 0,
  ISO_WALK_IN_ITEM,
  ISO_WALK_IN_CALLOUT,
  ISO_WALK_IN_CELL
} iso_walk_in;

/* The contents: every heading of the tree in document order, then the
 * closing block's (iso_pr_closing_headings). iso_layout_paginate's
 * heading pages come in this order. */
typedef struct iso_walk_heading {
  const iso_node *node; /* NULL for a closing heading */
  int level;            /* 1..6 */
  int listed;           /* level <= ISO_PR_TOC_LEVELS: shown in the contents */
  char *text;           /* plain text, owned by the walk */
  char *number;         /* "1.2" with `numbering` (present_number.c), NULL:
                           none; owned */
} iso_walk_heading;

typedef struct iso_walk_contents {
  iso_walk_heading *h;
  size_t n;
  size_t n_tree; /* h[0..n_tree) are the tree's, the rest the closing's */
} iso_walk_contents;

/* One event. Fields beyond NODE, TYPE, EV and IN are set for the node
 * types named beside them and zero otherwise. */
typedef struct iso_walk_node {
  iso_event ev; /* ISO_EVENT_ENTER or ISO_EVENT_EXIT */
  const iso_node *node;
  iso_node_type type;
  iso_walk_in in;
  const iso_node *parent;
  /* HEADING, PARAGRAPH: a page break rides on this block (present.h,
   * iso_pr_break_carrier): no space above it, a break before it */
  int break_before;
  /* PAGEBREAK: the next block carries the break; write nothing. When 0,
   * the writer writes its own break (a paragraph ISO_PR_BREAK_HEIGHT high
   * in DOCX and ODT, a new page in the layout) */
  int carried;
  /* HEADING: level 1..6 and index into the contents (its bookmark) */
  int level;
  size_t heading;
  /* HEADING: its number with `numbering` ("1.2", present_number.c), NULL:
   * none. DOCX and ODT number by their styles; the layout and HTML write
   * it before the text, followed by ISO_PR_NUMBER_SEP */
  const char *heading_number;
  /* LIST: depth (0 outermost: the lists a node lies in, call-outs and
   * items between them or not), ordered and the first item's number;
   * ITEM: the same of its list, its number and marker
   * (iso_pr_list_marker) */
  int depth;
  int ordered;
  int number;
  char marker[32];
  /* TABLE, OBJECTIVES, RISKS, ROLES: column count; with IMAGE: the
   * caption's number ("Table 3"), 0 when it has no caption */
  int columns;
  int caption;
  /* CALLOUT: kind and style (label, fill, bar); every node inside a
   * call-out, at any depth (a paragraph of a list in it): IN_CALLOUT and
   * the call-out's kind in CALLOUT (DOCX styles them all as the box) */
  int in_callout;
  iso_callout_kind callout;
  iso_pr_callout style;
  /* TOC: whether it writes its own title (iso_pr_toc_titled) */
  int titled;
  /* A block of a section (a child of a SECTION or of the DOCUMENT) whose
   * pages have another orientation than the block before it (orient.h,
   * docs/format.md "Orientation"): ISO_WALK_TURN_LANDSCAPE or
   * ISO_WALK_TURN_PORTRAIT; 0: none. Given on ENTER. The writer ends the
   * pages before it (a DOCX section, an ODT master page, the layout's
   * page) and puts it and what follows on pages of the new orientation,
   * iso_pr_page_size large. A page break next to a turn is carried by it:
   * the PAGEBREAK comes with CARRIED and no block gets BREAK_BEFORE for
   * it. */
  int turn;
} iso_walk_node;

#define ISO_WALK_TURN_PORTRAIT 1
#define ISO_WALK_TURN_LANDSCAPE 2

/* A part of the closing block: its heading (index HEADING into the
 * contents), then what the writer serializes for KIND: the approval rows
 * and the sign-off table, the revision history, or the acknowledgement. */
typedef struct iso_walk_closing {
  iso_pr_heading h;
  size_t heading;
  const iso_pr_kv *rows; /* APPROVAL: its rows (iso_pr_approval_rows) */
  const char *number;    /* its heading's number, NULL: none */
  int turn; /* the first part, after a body that ended on pages of the
               other orientation: back to the theme's (ISO_WALK_TURN_*) */
} iso_walk_closing;

/* A writer's handlers; W is its own context. Each returns 0 to go on, -1
 * to stop the walk (the writer has recorded why), and enter may return
 * ISO_WALK_SKIP. NULL handlers are skipped. */
typedef struct iso_walk_ops {
  int (*title_block)(void *w);
  int (*enter)(void *w, const iso_walk_node *e);
  int (*leave)(void *w, const iso_walk_node *e);
  int (*body_end)(void *w); /* after the tree, before the closing block */
  int (*closing)(void *w, const iso_walk_closing *c);
} iso_walk_ops;

/* The marker of item I (0 first) of the list of a LIST event, as its ITEM
 * event will give it: for a layout that measures the widest before the
 * items come. */
void iso_walk_list_marker(const iso_walk_node *list, int i, char out[32]);

/* Builds the contents of DOC (with META's closing headings), numbered when
 * the document or THEME asks. Returns 0, or -1 when out of memory (OUT is
 * then empty). */
int iso_walk_contents_build(const iso_node *doc, const iso_theme *t,
                            iso_walk_contents *out);
void iso_walk_contents_free(iso_walk_contents *c);

/* Walks DOC: title block, every node of the tree, body end, every closing
 * part. THEME gives the call-out styles. Returns 0, -1 when a handler
 * stopped the walk. */
int iso_walk(const iso_node *doc, const iso_theme *theme,
             const iso_walk_ops *ops, void *w);

#endif
