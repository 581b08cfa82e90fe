/* Vertical space: what each kind of paragraph has above and below it, the
 * height of its lines, and the rule under chapter headings. Every writer
 * takes these numbers; the PDF adds the space above and below each
 * paragraph the way LibreOffice and Word add paragraph spacing (the space
 * below one paragraph plus the space above the next; none above the first
 * paragraph of a page), so that the three formats break pages in the same
 * places and the contents name the same pages. */
#include "orient.h"
#include "present.h"

static double level_size(const iso_theme *t, int level) {
  if (level < 1)
    level = 1;
  if (level > 6)
    level = 6;
  return t->size_heading[level - 1];
}

iso_pr_para iso_pr_para_space(const iso_theme *t, iso_pr_role role, int level) {
  iso_pr_para p = {0, 0, 0, 0, 0};
  double size;
  switch (role) {
  case ISO_PR_BODY:
    p.before = t->space_before;
    p.after = t->space_after;
    p.line = iso_pr_line_height(t, t->size_body);
    break;
  case ISO_PR_LIST_ITEM:
    p.after = t->space_after / 2;
    p.line = iso_pr_line_height(t, t->size_body);
    break;
  case ISO_PR_HEADING:
  case ISO_PR_TOC_TITLE:
    size = level_size(t, role == ISO_PR_TOC_TITLE ? 1 : level);
    p.before = size * (role == ISO_PR_TOC_TITLE || level <= 1 ? 1.1 : 0.9);
    p.after = size * 0.4;
    p.line = iso_pr_line_height(t, size);
    if (role == ISO_PR_HEADING && level <= 1) {
      p.rule = ISO_PR_HEADING_RULE;
      p.rule_gap = 1;
      p.after -= p.rule + p.rule_gap; /* the rule stands in the space below */
    }
    break;
  case ISO_PR_CAPTION:
    p.before = t->space_after / 2;
    p.after = t->space_after / 2;
    p.line = iso_pr_line_height(t, iso_pr_caption_size(t));
    break;
  case ISO_PR_TOC_ENTRY:
    p.before = level <= 1 ? 4 : 0;
    p.after = 2;
    p.line = iso_pr_line_height(t, t->size_body);
    break;
  }
  return p;
}

double iso_pr_caption_size(const iso_theme *t) { return t->size_small + 1; }

double iso_pr_table_after(const iso_theme *t) { return t->space_after * 1.5; }

iso_pr_box iso_pr_callout_box(const iso_theme *t) {
  iso_pr_box b;
  b.before = t->space_before + 2;
  b.after = t->space_after + 2;
  b.pad_top = 6;
  b.pad_bottom = 3;
  b.pad_left = 9;
  b.pad_right = 8;
  b.title_after = 2;
  b.para_after = 3;
  return b;
}

const iso_node *iso_pr_next_block(const iso_node *n) {
  const iso_node *k = n;
  while (k && !iso_node_next(k))
    k = iso_node_parent(k);
  k = k ? iso_node_next(k) : NULL;
  while (k && iso_node_get_type(k) == ISO_NODE_SECTION)
    k = iso_node_first_child(k);
  return k;
}

const iso_node *iso_pr_break_carrier(const iso_node *brk) {
  const iso_node *parent = iso_node_parent(brk);
  if (!parent || (iso_node_get_type(parent) != ISO_NODE_SECTION &&
                  iso_node_get_type(parent) != ISO_NODE_DOCUMENT))
    return NULL;
  const iso_node *k = iso_pr_next_block(brk);
  if (!k)
    return NULL;
  iso_node_type t = iso_node_get_type(k);
  const iso_node *kp = iso_node_parent(k);
  int body = kp && (iso_node_get_type(kp) == ISO_NODE_SECTION ||
                    iso_node_get_type(kp) == ISO_NODE_DOCUMENT);
  return body && (t == ISO_NODE_HEADING || t == ISO_NODE_PARAGRAPH) ? k : NULL;
}
