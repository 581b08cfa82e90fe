/* The node body: private to the library (writers use the accessors). */
#ifndef ISO_NODE_PRIVATE_H
#define ISO_NODE_PRIVATE_H

#include "internal.h"

struct iso_node {
  iso_node_type type;
  struct iso_node *parent, *first, *last, *next, *prev;
  const char *file; /* interned in the document */
  int line, column;
  char *literal;    /* TEXT, CODE, CODE_BLOCK */
  char *url;        /* LINK */
  char *caption;    /* tables, IMAGE */
  const iso_image *image; /* IMAGE: borrowed from the document's store */
  double *widths;   /* tables */
  int columns;      /* tables */
  int level;        /* HEADING */
  int ordered, start; /* LIST */
  int header;       /* ROW */
  iso_callout_kind callout;
  double width_pct; /* IMAGE */
  int orientation;  /* SECTION, TABLE: iso_orientation (orient.h) */
  iso_meta *meta;   /* DOCUMENT only */
  /* DOCUMENT only: the image store, owning every image its nodes and logo
   * use (src/image.c) */
  iso_image **images;
  size_t n_images, cap_images;
  /* DOCUMENT only: what is computed once per document and shared by its
   * readers (src/docmemo.h), freed with it */
  void *memo;
  void (*memo_free)(void *memo);
};

/* Frees the store of DOC (a DOCUMENT node). */
void iso_image_store_free(iso_node *doc);

#endif
