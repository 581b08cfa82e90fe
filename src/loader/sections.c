/* Sections (nested up to six levels; heading level = depth) and their
 * content: a Markdown string or a list of strings and blocks. */
#include <string.h>

#include "loader_internal.h"
#include "orient.h"

#define MAX_LEVEL 6

static void section(ld *c, const ynode *map, iso_node *parent, int depth) {
  static const ld_key keys[] = {
      {"title", 1}, {"content", 0}, {"sections", 0}, {"orientation", 0}};
  const ynode *f[4];
  if (ld_fields(c, map, "section", keys, 4, f))
    return;
  iso_node *s = ld_node(c, ISO_NODE_SECTION, map);
  if (ld_append(c, parent, s, map))
    return;
  if (f[3])
    ld_orientation(c, f[3], s);
  if (ld_string(c, f[0], "title", 1)) {
    iso_node *h = ld_node(c, ISO_NODE_HEADING, f[0]);
    if (h && (iso_node_set_level(h, depth) || ld_append(c, s, h, f[0]))) {
      ld_oom(c, f[0]);
      h = NULL;
    }
    if (h)
      md_inlines(c, f[0], h);
  }
  if (f[1])
    ld_content(c, f[1], s);
  if (f[2]) {
    if (depth >= MAX_LEVEL)
      ld_error(c, f[2], "sections nested too deep: at most %d levels",
               MAX_LEVEL);
    else
      ld_sections(c, f[2], s, depth + 1);
  }
}

void ld_orientation(ld *c, const ynode *v, iso_node *n) {
  const char *s = ld_string(c, v, "orientation", 1);
  if (!s)
    return;
  if (!strcmp(s, "portrait"))
    iso_node_set_orientation(n, ISO_ORIENT_PORTRAIT);
  else if (!strcmp(s, "landscape"))
    iso_node_set_orientation(n, ISO_ORIENT_LANDSCAPE);
  else
    ld_error(c, v, "orientation '%s' must be portrait or landscape", s);
}

void ld_sections(ld *c, const ynode *seq, iso_node *parent, int depth) {
  if (seq->kind == YN_SCALAR && seq->is_null)
    return;
  if (ld_want_seq(c, seq, "sections"))
    return;
  for (size_t i = 0; i < seq->n; i++)
    section(c, seq->kids[i], parent, depth);
}

void ld_content(ld *c, const ynode *v, iso_node *section) {
  if (v->kind == YN_SCALAR) {
    if (!v->is_null)
      md_blocks(c, v, section);
    return;
  }
  if (v->kind != YN_SEQ) {
    ld_error(c, v, "'content' must be a Markdown string or a list of blocks, "
                   "not a map");
    return;
  }
  for (size_t i = 0; i < v->n; i++) {
    const ynode *item = v->kids[i];
    if (item->kind == YN_SCALAR) {
      if (item->is_null)
        ld_error(c, item, "empty content item");
      else
        md_blocks(c, item, section);
    } else if (item->kind == YN_MAP) {
      ld_block(c, item, section);
    } else {
      ld_error(c, item, "a content item must be a Markdown string or a block "
                        "map, not a list");
    }
  }
}
