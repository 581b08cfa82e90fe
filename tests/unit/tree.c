/* See tree.h. */
#include <stdio.h>
#include <stdlib.h>

#include "tree.h"

iso_node *tree_doc;
static int line; /* the first node is on line 1 */

iso_node *tree_node(iso_node *parent, iso_node_type t) {
  iso_node *n = iso_node_new(t, tree_doc, ++line, 3);
  if (!n || iso_node_append(parent, n)) {
    fprintf(stderr, "cannot put a %s into a %s\n", iso_node_type_name(t),
            iso_node_type_name(iso_node_get_type(parent)));
    exit(2);
  }
  return n;
}

iso_node *tree_text(iso_node *parent, const char *s) {
  iso_node *t = tree_node(parent, ISO_NODE_TEXT);
  iso_node_set_literal(t, s);
  return t;
}

iso_node *tree_para(iso_node *parent, const char *s) {
  iso_node *p = tree_node(parent, ISO_NODE_PARAGRAPH);
  tree_text(p, s);
  return p;
}

iso_node *tree_section(iso_node *parent, int level, const char *title) {
  iso_node *s = tree_node(parent, ISO_NODE_SECTION);
  iso_node *h = tree_node(s, ISO_NODE_HEADING);
  iso_node_set_level(h, level);
  tree_text(h, title);
  return s;
}
