/* The node body: private to the library (writers use the accessors). */
#ifndef ISO_NODE_PRIVATE_H
#define ISO_NODE_PRIVATE_H

#include "isoexport.h"

struct iso_node {
  iso_node_type type;
  struct iso_node *parent, *first, *last, *next, *prev;
  const char *file; /* interned in the document */
  int line, column;
  char *literal;    /* TEXT, CODE, CODE_BLOCK */
  char *url;        /* LINK */
  char *caption;    /* tables, IMAGE */
  char *path;       /* IMAGE */
  double *widths;   /* tables */
  int columns;      /* tables */
  int level;        /* HEADING */
  int ordered, start; /* LIST */
  int header;       /* ROW */
  iso_callout_kind callout;
  double width_pct; /* IMAGE */
  iso_image_info image;
  iso_meta *meta;   /* DOCUMENT only */
};

#endif
