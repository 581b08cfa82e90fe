/* Structured blocks of a content list: a map with exactly one known key. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "loader_internal.h"
#include "util.h"

static const char *const block_names[] = {
    "list", "numbered", "table", "note", "tip", "warning",
    "objectives", "risks", "roles", "image", "pagebreak", "toc",
    "principles"};
#define N_BLOCKS (sizeof block_names / sizeof block_names[0])

/* A list item that is a nested list/numbered block: its one key, or NULL. */
static const ynode *nested_list_key(const ynode *item, int *ordered) {
  if (item->kind != YN_MAP || item->n != 1 ||
      item->kids[0]->kind != YN_SCALAR)
    return NULL;
  const char *k = item->kids[0]->text;
  if (strcmp(k, "list") && strcmp(k, "numbered"))
    return NULL;
  *ordered = !strcmp(k, "numbered");
  return item->kids[0];
}

iso_node *ld_list(ld *c, const ynode *key, const ynode *v, int ordered) {
  const char *name = ordered ? "numbered" : "list";
  if (v->kind != YN_SEQ || !v->n) {
    ld_error(c, v->kind == YN_SEQ ? key : v,
             "'%s' must be a non-empty list of items", name);
    return NULL;
  }
  iso_node *list = ld_node(c, ISO_NODE_LIST, key);
  if (!list)
    return NULL;
  iso_node_set_list(list, ordered, 1);
  iso_node *last = NULL;
  for (size_t i = 0; i < v->n; i++) {
    const ynode *item = v->kids[i];
    int sub_ordered;
    const ynode *sub_key = nested_list_key(item, &sub_ordered);
    if (sub_key) {
      /* a nested list belongs to the item before it */
      iso_node *sub = ld_list(c, sub_key, item->kids[1], sub_ordered);
      if (!sub)
        continue;
      if (!last) {
        last = ld_node(c, ISO_NODE_ITEM, item);
        if (ld_append(c, list, last, item)) {
          last = NULL;
          iso_node_free(sub);
          continue;
        }
      }
      ld_append(c, last, sub, item);
    } else if (item->kind == YN_SCALAR && !item->is_null) {
      last = ld_node(c, ISO_NODE_ITEM, item);
      if (ld_append(c, list, last, item)) {
        last = NULL;
        continue;
      }
      md_blocks(c, item, last);
    } else {
      ld_error(c, item,
               "a list item must be a Markdown string or a nested 'list' or "
               "'numbered' block");
    }
  }
  return list;
}

/* A policy's principles: a numbered list under its own label. */
static iso_node *principles(ld *c, const ynode *key, const ynode *v) {
  iso_node *list = ld_list(c, key, v, 1);
  iso_node *n = list ? ld_node(c, ISO_NODE_PRINCIPLES, key) : NULL;
  if (!n || ld_append(c, n, list, key)) {
    iso_node_free(list);
    iso_node_free(n);
    return NULL;
  }
  return n;
}

static iso_node *callout(ld *c, const ynode *key, const ynode *v,
                         iso_callout_kind kind) {
  /* an explicit "" is an empty call-out; `note:` with nothing is a slip */
  if (!(v->kind == YN_SCALAR && !v->is_null) && !ld_string(c, v, key->text, 1))
    return NULL;
  iso_node *n = ld_node(c, ISO_NODE_CALLOUT, key);
  if (!n)
    return NULL;
  iso_node_set_callout(n, kind);
  md_blocks(c, v, n);
  return n;
}

static int flag_true(ld *c, const ynode *key, const ynode *v) {
  if (v->kind == YN_SCALAR &&
      (!strcmp(v->text, "true") || !strcmp(v->text, "True") ||
       !strcmp(v->text, "TRUE")))
    return 1;
  ld_error(c, v, "'%s' must be true", key->text);
  return 0;
}

/* A number into *OUT; returns 0, or -1 (reported). */
static int number(ld *c, const ynode *v, const char *name, int percent,
                  double *out) {
  const char *s = ld_string(c, v, name, 1);
  if (!s)
    return -1;
  char *end;
  double x = strtod(s, &end);
  if (percent && *end == '%')
    end++;
  if (end == s || *end || !isfinite(x)) {
    ld_error(c, v, "'%s' must be a number, not '%s'", name, s);
    return -1;
  }
  *out = x;
  return 0;
}

static void table_widths(ld *c, const ynode *v, iso_node *t, int columns) {
  if (ld_want_seq(c, v, "widths"))
    return;
  if ((int)v->n != columns) {
    ld_error(c, v, "'widths' has %zu values, but the table has %d columns",
             v->n, columns);
    return;
  }
  double *w = malloc(v->n * sizeof *w);
  if (!w) {
    ld_oom(c, v);
    return;
  }
  int ok = 1;
  for (size_t i = 0; i < v->n; i++) {
    if (number(c, v->kids[i], "width", 0, &w[i]))
      ok = 0;
    else if (!(w[i] > 0)) {
      ld_error(c, v->kids[i], "width '%s' must be greater than 0",
               v->kids[i]->text);
      ok = 0;
    }
  }
  if (ok && iso_node_set_widths(t, w, columns))
    ld_oom(c, v);
  free(w);
}

static iso_node *cell(ld *c, const ynode *v, iso_node *row) {
  iso_node *cl = ld_node(c, ISO_NODE_CELL, v);
  if (ld_append(c, row, cl, v))
    return NULL;
  if (v->kind != YN_SCALAR)
    ld_error(c, v, "a table cell must be a string, not %s", yn_kind_name(v));
  else if (!v->is_null)
    md_inlines(c, v, cl);
  return cl;
}

static iso_node *table(ld *c, const ynode *key, const ynode *v) {
  static const ld_key keys[] = {
      {"columns", 1}, {"rows", 1}, {"widths", 0}, {"caption", 0},
      {"orientation", 0}};
  const ynode *f[5];
  if (ld_fields(c, v, "table", keys, 5, f))
    return NULL;
  if (!f[0] || ld_want_seq(c, f[0], "columns") || !f[1] ||
      ld_want_seq(c, f[1], "rows"))
    return NULL;
  if (!f[0]->n) {
    ld_error(c, f[0], "'columns' must name at least one column");
    return NULL;
  }
  iso_node *t = ld_node(c, ISO_NODE_TABLE, key);
  if (!t)
    return NULL;
  int columns = (int)f[0]->n;
  iso_node_set_columns(t, columns);
  const char *cap = ld_string(c, f[3], "caption", 0);
  if (cap && iso_node_set_caption(t, cap))
    ld_oom(c, f[3]);
  if (f[2])
    table_widths(c, f[2], t, columns);
  if (f[4])
    ld_orientation(c, f[4], t);
  iso_node *head = ld_node(c, ISO_NODE_ROW, f[0]);
  if (!ld_append(c, t, head, f[0])) {
    iso_node_set_row_header(head, 1);
    for (size_t i = 0; i < f[0]->n; i++)
      cell(c, f[0]->kids[i], head);
  }
  for (size_t r = 0; r < f[1]->n; r++) {
    const ynode *rv = f[1]->kids[r];
    if (rv->kind != YN_SEQ) {
      ld_error(c, rv, "table row %zu must be a list of cells, not %s", r + 1,
               yn_kind_name(rv));
      continue;
    }
    if ((int)rv->n != columns)
      ld_error(c, rv, "table row %zu has %zu cells, but the table has %d "
                      "columns",
               r + 1, rv->n, columns);
    iso_node *row = ld_node(c, ISO_NODE_ROW, rv);
    if (ld_append(c, t, row, rv))
      continue;
    for (size_t i = 0; i < rv->n; i++)
      cell(c, rv->kids[i], row);
  }
  return t;
}

static iso_node *image(ld *c, const ynode *key, const ynode *v) {
  static const ld_key keys[] = {{"path", 1}, {"caption", 0}, {"width", 0}};
  const ynode *f[3];
  if (ld_fields(c, v, "image", keys, 3, f))
    return NULL;
  const char *rel = ld_string(c, f[0], "path", 1);
  const char *cap = ld_string(c, f[1], "caption", 0);
  double width = 0;
  if (f[2] && !number(c, f[2], "width", 1, &width)) {
    if (width < 1 || width > 100) {
      ld_error(c, f[2], "image width '%s' must be between 1 and 100 (percent "
                        "of the text width)",
               f[2]->text);
      width = -1;
    }
  }
  if (!rel)
    return NULL;
  /* read and decoded once, here: the writers draw from the stored bytes */
  const iso_image *img = ld_image(c, f[0], rel, NULL);
  if (!img)
    return NULL;
  iso_node *n = ld_node(c, ISO_NODE_IMAGE, key);
  if (n && (iso_node_set_image(n, img) ||
            (cap && iso_node_set_caption(n, cap)) ||
            (width > 0 && iso_node_set_width_pct(n, width))))
    ld_oom(c, key);
  return n;
}

void ld_block(ld *c, const ynode *map, iso_node *section) {
  const ynode *key = NULL, *v = NULL;
  size_t known = 0;
  for (size_t i = 0; i < map->n; i++) {
    const ynode *k = map->kids[2 * i];
    if (k->kind != YN_SCALAR) {
      ld_error(c, k, "a key must be a string, not %s", yn_kind_name(k));
      return;
    }
    size_t b = 0;
    while (b < N_BLOCKS && strcmp(k->text, block_names[b]))
      b++;
    if (b < N_BLOCKS) {
      if (!known++) {
        key = k;
        v = map->kids[2 * i + 1];
      }
      continue;
    }
    const char *sug = iso_suggest(k->text, block_names, N_BLOCKS);
    if (key || i > 0)
      ld_error(c, k, "unexpected key '%s' in a block: a block map has exactly "
                     "one key (is '%s' indented under the block?)",
               k->text, k->text);
    else if (sug)
      ld_error(c, k, "unknown block '%s'; did you mean '%s'?", k->text, sug);
    else
      ld_error(c, k, "unknown block '%s'", k->text);
  }
  if (known > 1) {
    const char *second = NULL;
    for (size_t i = 0; i < map->n && !second; i++) {
      const ynode *k2 = map->kids[2 * i];
      for (size_t b = 0; k2 != key && b < N_BLOCKS && !second; b++)
        if (!strcmp(k2->text, block_names[b]))
          second = k2->text;
    }
    ld_error(c, map, "a block map has exactly one key, but this one has '%s' "
                     "and '%s': start each block with its own '-'",
             key->text, second ? second : "?");
  }
  if (!key || known > 1)
    return;
  const char *k = key->text;
  iso_node *n = NULL;
  if (!strcmp(k, "table") || !strcmp(k, "image"))
    ld_too_long(c, yn_get(v, "caption"), "caption", LD_MAX_TITLE);
  if (!strcmp(k, "list") || !strcmp(k, "numbered"))
    n = ld_list(c, key, v, !strcmp(k, "numbered"));
  else if (!strcmp(k, "table"))
    n = table(c, key, v);
  else if (!strcmp(k, "note"))
    n = callout(c, key, v, ISO_CALLOUT_NOTE);
  else if (!strcmp(k, "tip"))
    n = callout(c, key, v, ISO_CALLOUT_TIP);
  else if (!strcmp(k, "warning"))
    n = callout(c, key, v, ISO_CALLOUT_WARNING);
  else if (!strcmp(k, "image"))
    n = image(c, key, v);
  else if (!strcmp(k, "principles"))
    n = principles(c, key, v);
  else if (!strcmp(k, "pagebreak") || !strcmp(k, "toc")) {
    if (flag_true(c, key, v))
      n = ld_node(c, k[0] == 'p' ? ISO_NODE_PAGEBREAK : ISO_NODE_TOC, key);
  } else
    n = ld_structured(c, k, key, v);
  if (n)
    ld_append(c, section, n, key);
}
