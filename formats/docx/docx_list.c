/* Lists: List Bullet / List Number paragraphs with numPr. Each list (nested
 * ones too) gets its own w:num so its numbering restarts at its start value;
 * nesting (the walk's depth) is the w:ilvl. Further paragraphs of an item
 * continue at the item's indentation. Inside a call-out the call-out's
 * style keeps the box around the list. */
#include <stdlib.h>

#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

static void num_pr(iso_xml *x, int num_id, int depth) {
  iso_xml_start(x, "w:numPr");
  iso_xml_start(x, "w:ilvl");
  iso_xml_attr_int(x, "w:val", depth);
  iso_xml_end(x);
  iso_xml_start(x, "w:numId");
  iso_xml_attr_int(x, "w:val", num_id);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* The list the walk is in: the innermost one open. */
static const docx_list_frame *current(const docx *c) {
  return c->n_lists ? &c->lists[c->n_lists - 1] : NULL;
}

int docx_list_enter(docx *c, const iso_walk_node *e) {
  if (c->n_lists == c->cap_lists) {
    size_t cap = c->cap_lists ? c->cap_lists * 2 : 8;
    docx_list_frame *v = realloc(c->lists, cap * sizeof *v);
    if (!v) {
      docx_error(c, e->node, "docx: out of memory");
      return -1;
    }
    c->lists = v;
    c->cap_lists = cap;
  }
  int depth = e->depth;
  if (depth >= DOCX_LIST_LEVELS)
    depth = DOCX_LIST_LEVELS - 1; /* Word has nine levels */
  int start = e->ordered ? e->number : 1;
  docx_list_frame *f = &c->lists[c->n_lists++];
  f->ordered = e->ordered;
  f->depth = depth;
  f->num_id = docx_num_new(c, e->ordered, depth, start > 0 ? start : 1);
  return 0;
}

void docx_list_leave(docx *c) {
  if (c->n_lists)
    c->n_lists--;
}

/* The item's first paragraph carries the bullet or number: P, or an empty
 * paragraph when the item begins with something else. */
static void item_first(docx *c, iso_xml *x, const iso_walk_node *e,
                       const iso_node *p) {
  const docx_list_frame *f = current(c);
  if (!f)
    return;
  const char *style = e->in_callout ? docx_callout_style(e->callout)
                      : f->ordered  ? "ListNumber"
                                    : "ListBullet";
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  num_pr(x, f->num_id, f->depth);
  iso_xml_end(x);
  if (p)
    docx_inlines(c, x, p, plain);
  iso_xml_end(x);
}

void docx_item_enter(docx *c, iso_xml *x, const iso_walk_node *e) {
  const iso_node *first = iso_node_first_child(e->node);
  if (!first || iso_node_get_type(first) != ISO_NODE_PARAGRAPH)
    item_first(c, x, e, NULL);
}

void docx_item_paragraph(docx *c, iso_xml *x, const iso_walk_node *e) {
  const docx_list_frame *f = current(c);
  if (!f)
    return;
  if (iso_node_first_child(e->parent) == e->node) {
    item_first(c, x, e, e->node);
    return;
  }
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val",
                     e->in_callout ? docx_callout_style(e->callout) : "ListContinue");
  iso_xml_start(x, "w:ind");
  iso_xml_attr_int(x, "w:left", DOCX_TWIPS(ISO_PR_LIST_INDENT) * (f->depth + 1));
  iso_xml_end(x);
  iso_xml_end(x);
  docx_inlines(c, x, e->node, plain);
  iso_xml_end(x);
}
