/* A small YAML tree built from libyaml events, with the limits that keep
 * hostile input cheap (depth, aliases, node count). Scalars keep their exact
 * text: the loader, not YAML, decides what a value means. Library-internal:
 * the document loader and the theme loader (src/theme_load.c) use it. */
#ifndef ISO_LOADER_YTREE_H
#define ISO_LOADER_YTREE_H

#include <stddef.h>

#include "internal.h"

typedef enum yn_kind { YN_SCALAR, YN_SEQ, YN_MAP } yn_kind;

typedef enum yn_style {
  YN_PLAIN,
  YN_SINGLE,
  YN_DOUBLE,
  YN_LITERAL,
  YN_FOLDED
} yn_style;

typedef struct ynode {
  yn_kind kind;
  yn_style style;
  int line, col;      /* 1-based start (for block scalars: the indicator) */
  int end_line;       /* 1-based line of the end mark */
  int is_null;        /* plain "", "~" or "null" */
  int bad_text;       /* holds a refused character (reported) */
  char *text;         /* scalars, NUL-terminated */
  size_t len;
  struct ynode **kids;   /* seq: items; map: key, value, key, value, ... */
  size_t n;           /* seq: items; map: pairs */
  size_t cap;
  size_t weight;      /* nodes in the subtree, counting alias expansions */
} ynode;

typedef struct ytree {
  ynode *root;           /* NULL for an empty stream */
  ynode **all;           /* every node, for freeing (aliases share nodes) */
  size_t n_all, cap_all;
} ytree;

/* Parses SRC. Returns 0 with T filled, or -1 after a fatal error (syntax,
 * limits). Non-fatal problems (duplicate keys, characters XML cannot carry)
 * are reported and counted in *ERRORS, and parsing goes on. */
int ytree_parse(ytree *t, const char *src, size_t len, const char *file,
                const iso_load_options *opts, iso_diags *d, int *errors);
void ytree_free(ytree *t);

/* Whether the top-level map of the YAML text SRC has the plain-string key
 * KEY, reading no further than needed: 1 yes, 0 no, -1 undecided (a syntax
 * error or deep nesting before the answer, or out of memory). */
int ytree_top_key(const char *src, size_t len, const char *key);

/* Map lookup by key (first match); NULL when absent. */
const ynode *yn_get(const ynode *map, const char *key);
/* "a string", "a list", "a map" or "an empty value", for messages. */
const char *yn_kind_name(const ynode *n);

#endif
