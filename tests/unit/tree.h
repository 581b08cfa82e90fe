/* A small kit for building documents through the model API in tests. Nodes
 * get increasing line numbers (column 3), so positions can be told apart; an
 * insert the model refuses ends the test program (the test is wrong). */
#ifndef ISO_TEST_TREE_H
#define ISO_TEST_TREE_H

#include "internal.h"

/* The document the nodes belong to: set it with iso_document_new. */
extern iso_node *tree_doc;

iso_node *tree_node(iso_node *parent, iso_node_type t);
iso_node *tree_text(iso_node *parent, const char *s);
/* A paragraph holding one text. */
iso_node *tree_para(iso_node *parent, const char *s);
/* A section with its heading of LEVEL holding TITLE. */
iso_node *tree_section(iso_node *parent, int level, const char *title);

#endif
