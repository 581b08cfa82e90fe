/* Lists: List Bullet / List Number paragraphs with numPr. Each list (nested
 * ones too) gets its own w:num so its numbering restarts at its start value;
 * nesting is the w:ilvl. Further paragraphs of an item continue at the
 * item's indentation. */
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

/* The item's first paragraph carries the bullet or number. */
static void item_first(docx *c, iso_xml *x, const iso_node *p, const char *style,
                       int num_id, int depth) {
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  num_pr(x, num_id, depth);
  iso_xml_end(x);
  if (p)
    docx_inlines(c, x, p, plain);
  iso_xml_end(x);
}

static void item_more(docx *c, iso_xml *x, const iso_node *p, const char *style,
                      int depth) {
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", style ? style : "ListContinue");
  iso_xml_start(x, "w:ind");
  iso_xml_attr_int(x, "w:left", DOCX_TWIPS(ISO_PR_LIST_INDENT) * (depth + 1));
  iso_xml_end(x);
  iso_xml_end(x);
  docx_inlines(c, x, p, plain);
  iso_xml_end(x);
}

static void item(docx *c, iso_xml *x, const iso_node *it, const char *style,
                 const char *pstyle, int num_id, int depth) {
  const iso_node *n = iso_node_first_child(it);
  if (n && iso_node_get_type(n) == ISO_NODE_PARAGRAPH) {
    item_first(c, x, n, style, num_id, depth);
    n = iso_node_next(n);
  } else {
    item_first(c, x, NULL, style, num_id, depth);
  }
  for (; n; n = iso_node_next(n)) {
    switch (iso_node_get_type(n)) {
    case ISO_NODE_PARAGRAPH:
      item_more(c, x, n, pstyle, depth);
      break;
    case ISO_NODE_LIST:
      docx_list(c, x, n, depth + 1, pstyle);
      break;
    default:
      docx_block(c, x, n, pstyle);
      break;
    }
  }
}

void docx_list(docx *c, iso_xml *x, const iso_node *list, int depth,
               const char *pstyle) {
  int ordered = iso_node_get_list_ordered(list);
  if (depth >= DOCX_LIST_LEVELS)
    depth = DOCX_LIST_LEVELS - 1; /* Word has nine levels */
  int start = ordered ? iso_node_get_list_start(list) : 1;
  int num_id = docx_num_new(c, ordered, depth, start > 0 ? start : 1);
  /* inside a call-out the call-out's style keeps the box around the list */
  const char *style = pstyle ? pstyle : ordered ? "ListNumber" : "ListBullet";
  for (const iso_node *it = iso_node_first_child(list); it; it = iso_node_next(it))
    item(c, x, it, style, pstyle, num_id, depth);
}
