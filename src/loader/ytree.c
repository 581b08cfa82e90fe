/* YAML events into a small tree, bounded against hostile input: nesting
 * depth, alias count and alias expansion are limited so that an alias bomb or
 * 100,000 nested brackets fail in milliseconds with a clear message. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "util.h"
#include "ytree.h"

#define DEFAULT_DEPTH 64
#define DEFAULT_ALIASES 1000
#define DEFAULT_NODES 2000000

/* Anchors: a small open-addressing hash table (name -> node), so that many
 * anchors cannot make alias lookups quadratic. */
typedef struct anchor {
  char *name;
  ynode *node;
} anchor;

typedef struct parse_state {
  ytree *t;
  const char *file;
  iso_diags *d;
  int *errors;
  size_t max_depth, max_aliases, max_nodes;
  size_t aliases, expanded;
  ynode **stack;       /* open containers */
  char **stack_anchor;
  size_t depth;
  anchor *anchors;
  size_t n_anchors, cap_anchors;
} parse_state;

static void error_at(parse_state *p, yaml_mark_t m, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void error_at(parse_state *p, yaml_mark_t m, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  iso_diag_addv(p->d, ISO_SEV_ERROR, p->file, (int)m.line + 1,
                (int)m.column + 1, fmt, ap);
  va_end(ap);
  (*p->errors)++;
}

static size_t hash(const char *s) {
  size_t h = 1469598103934665603u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

static int anchor_put(parse_state *p, char *name, ynode *node) {
  if (2 * (p->n_anchors + 1) > p->cap_anchors) {
    size_t cap = p->cap_anchors ? p->cap_anchors * 2 : 64;
    anchor *a = calloc(cap, sizeof *a);
    if (!a)
      return -1;
    for (size_t i = 0; i < p->cap_anchors; i++) {
      if (!p->anchors[i].name)
        continue;
      size_t j = hash(p->anchors[i].name) & (cap - 1);
      while (a[j].name)
        j = (j + 1) & (cap - 1);
      a[j] = p->anchors[i];
    }
    free(p->anchors);
    p->anchors = a;
    p->cap_anchors = cap;
  }
  size_t j = hash(name) & (p->cap_anchors - 1);
  while (p->anchors[j].name && strcmp(p->anchors[j].name, name) != 0)
    j = (j + 1) & (p->cap_anchors - 1);
  if (p->anchors[j].name) {
    free(p->anchors[j].name); /* a redefined anchor: the later one wins */
    p->n_anchors--;
  }
  p->anchors[j].name = name;
  p->anchors[j].node = node;
  p->n_anchors++;
  return 0;
}

static ynode *anchor_get(parse_state *p, const char *name) {
  if (!p->cap_anchors)
    return NULL;
  size_t j = hash(name) & (p->cap_anchors - 1);
  while (p->anchors[j].name) {
    if (strcmp(p->anchors[j].name, name) == 0)
      return p->anchors[j].node;
    j = (j + 1) & (p->cap_anchors - 1);
  }
  return NULL;
}

static ynode *new_node(parse_state *p, yn_kind kind, yaml_mark_t m) {
  ytree *t = p->t;
  if (t->n_all == t->cap_all) {
    size_t cap = t->cap_all ? t->cap_all * 2 : 256;
    ynode **all = realloc(t->all, cap * sizeof *all);
    if (!all)
      return NULL;
    t->all = all;
    t->cap_all = cap;
  }
  ynode *n = calloc(1, sizeof *n);
  if (!n)
    return NULL;
  n->kind = kind;
  n->line = (int)m.line + 1;
  n->col = (int)m.column + 1;
  n->end_line = n->line;
  n->weight = 1;
  t->all[t->n_all++] = n;
  return n;
}

static int add_kid(ynode *parent, ynode *kid) {
  if (parent->n == parent->cap) {
    size_t cap = parent->cap ? parent->cap * 2 : 4;
    ynode **k = realloc(parent->kids, cap * sizeof *k);
    if (!k)
      return -1;
    parent->kids = k;
    parent->cap = cap;
  }
  parent->kids[parent->n++] = kid;
  return 0;
}

static size_t sat_add(size_t a, size_t b) {
  return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

/* Adds a finished node to the open container (or makes it the root). */
static int attach(parse_state *p, ynode *n) {
  if (!p->depth) {
    p->t->root = n;
    return 0;
  }
  ynode *top = p->stack[p->depth - 1];
  if (add_kid(top, n))
    return -1;
  top->weight = sat_add(top->weight, n->weight);
  return 0;
}

static const char *scalar_style_null(const yaml_event_t *e) {
  if (e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
    return NULL;
  const char *v = (const char *)e->data.scalar.value;
  if (!*v || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null") ||
      !strcmp(v, "NULL"))
    return v;
  return NULL;
}

static yn_style style_of(yaml_scalar_style_t s) {
  switch (s) {
  case YAML_SINGLE_QUOTED_SCALAR_STYLE:
    return YN_SINGLE;
  case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
    return YN_DOUBLE;
  case YAML_LITERAL_SCALAR_STYLE:
    return YN_LITERAL;
  case YAML_FOLDED_SCALAR_STYLE:
    return YN_FOLDED;
  default:
    return YN_PLAIN;
  }
}

/* Characters XML 1.0 cannot carry (from "\x01" or "\uFFFE" escapes) would
 * make every output invalid: refuse them where they are written. */
static void check_chars(parse_state *p, const ynode *n) {
  const unsigned char *s = (const unsigned char *)n->text;
  size_t i = 0;
  while (i < n->len) {
    uint32_t cp;
    size_t w = iso_utf8_decode(s + i, n->len - i, &cp);
    if (!w) {
      iso_diag_add(p->d, ISO_SEV_ERROR, p->file, n->line, n->col,
                   "invalid UTF-8 in a string");
      (*p->errors)++;
      return;
    }
    if (!iso_xml_char_ok(cp)) {
      iso_diag_add(p->d, ISO_SEV_ERROR, p->file, n->line, n->col,
                   "character U+%04X is not allowed in text (documents cannot "
                   "carry control characters)",
                   (unsigned)cp);
      (*p->errors)++;
      return;
    }
    i += w;
  }
}

static int cmp_keys(const void *a, const void *b) {
  const ynode *const *x = a, *const *y = b;
  int c = strcmp((*x)->text, (*y)->text);
  if (c)
    return c;
  /* equal keys stay in document order, so the later one is the duplicate */
  if ((*x)->line != (*y)->line)
    return (*x)->line < (*y)->line ? -1 : 1;
  return (*x)->col < (*y)->col ? -1 : (*x)->col > (*y)->col;
}

/* Sorting keeps big maps linear-logarithmic instead of quadratic. */
static int check_duplicates(parse_state *p, ynode *map) {
  size_t n = 0;
  if (map->n < 2)
    return 0;
  const ynode **keys = malloc(map->n * sizeof *keys);
  if (!keys)
    return -1;
  for (size_t i = 0; i < map->n; i++)
    if (map->kids[2 * i]->kind == YN_SCALAR)
      keys[n++] = map->kids[2 * i];
  qsort(keys, n, sizeof *keys, cmp_keys);
  for (size_t i = 1; i < n; i++)
    if (!strcmp(keys[i]->text, keys[i - 1]->text)) {
      size_t first = i - 1;
      while (first > 0 && !strcmp(keys[first - 1]->text, keys[i]->text))
        first--;
      iso_diag_add(p->d, ISO_SEV_ERROR, p->file, keys[i]->line, keys[i]->col,
                   "duplicate key '%s' (first given at line %d)", keys[i]->text,
                   keys[first]->line);
      (*p->errors)++;
    }
  free(keys);
  return 0;
}

static int push(parse_state *p, ynode *n, const yaml_char_t *anchor_name,
                yaml_mark_t m) {
  if (p->depth >= p->max_depth) {
    error_at(p, m, "nesting deeper than %zu levels", p->max_depth);
    return -1;
  }
  char *a = anchor_name ? iso_strdup((const char *)anchor_name) : NULL;
  if (anchor_name && !a)
    return -1;
  p->stack[p->depth] = n;
  p->stack_anchor[p->depth] = a;
  p->depth++;
  return 0;
}

/* Closes the open container; a map's keys must be scalars, in pairs. */
static int pop(parse_state *p, yaml_mark_t end) {
  ynode *n = p->stack[--p->depth];
  char *a = p->stack_anchor[p->depth];
  n->end_line = (int)end.line + 1;
  if (n->kind == YN_MAP) {
    n->n /= 2; /* kids were counted one by one; a map holds pairs */
    if (check_duplicates(p, n))
      return -1;
  }
  if (a && anchor_put(p, a, n)) {
    free(a);
    return -1;
  }
  return attach(p, n);
}

static int on_scalar(parse_state *p, const yaml_event_t *e) {
  ynode *n = new_node(p, YN_SCALAR, e->start_mark);
  if (!n)
    return -1;
  n->end_line = (int)e->end_mark.line + 1;
  n->style = style_of(e->data.scalar.style);
  n->is_null = scalar_style_null(e) != NULL;
  n->len = e->data.scalar.length;
  n->text = malloc(n->len + 1);
  if (!n->text)
    return -1;
  memcpy(n->text, e->data.scalar.value, n->len);
  n->text[n->len] = '\0';
  check_chars(p, n);
  if (e->data.scalar.anchor &&
      anchor_put(p, iso_strdup((const char *)e->data.scalar.anchor), n))
    return -1;
  return attach(p, n);
}

static int on_alias(parse_state *p, const yaml_event_t *e) {
  const char *name = (const char *)e->data.alias.anchor;
  ynode *target = anchor_get(p, name);
  if (!target) {
    error_at(p, e->start_mark, "unknown alias '*%s' (no anchor '&%s' before it)",
             name, name);
    return -1;
  }
  if (++p->aliases > p->max_aliases) {
    error_at(p, e->start_mark, "too many aliases (more than %zu)", p->max_aliases);
    return -1;
  }
  p->expanded = sat_add(p->expanded, target->weight);
  if (p->expanded > p->max_nodes) {
    error_at(p, e->start_mark,
             "aliases expand to more than %zu nodes (an alias bomb?)",
             p->max_nodes);
    return -1;
  }
  return attach(p, target);
}

/* The map key in progress must be a scalar: complex keys make no sense in a
 * document and would break every lookup. */
static int expecting_key(parse_state *p) {
  if (!p->depth)
    return 0;
  ynode *top = p->stack[p->depth - 1];
  return top->kind == YN_MAP && top->n % 2 == 0;
}

static void syntax_error(parse_state *p, yaml_parser_t *y, const char *src,
                         size_t len) {
  yaml_mark_t m = y->problem_mark;
  const char *problem = y->problem ? y->problem : "unknown problem";
  /* libyaml counts characters; find the byte to see whether it is a tab */
  size_t line = 0, col = 0, i = 0;
  while (i < len && line < m.line) {
    if (src[i] == '\n')
      line++;
    i++;
  }
  while (i < len && col < m.column && src[i] != '\n') {
    i++;
    while (i < len && ((unsigned char)src[i] & 0xC0) == 0x80)
      i++;
    col++;
  }
  if (y->error == YAML_SCANNER_ERROR && i < len && src[i] == '\t') {
    error_at(p, m, "tab character in indentation or before a value: YAML "
                   "allows only spaces here");
    return;
  }
  if (y->context)
    error_at(p, m, "YAML syntax error: %s (%s at line %d)", problem,
             y->context, (int)y->context_mark.line + 1);
  else
    error_at(p, m, "YAML syntax error: %s", problem);
}

int ytree_parse(ytree *t, const char *src, size_t len, const char *file,
                const iso_load_options *opts, iso_diags *d, int *errors) {
  memset(t, 0, sizeof *t);
  parse_state p;
  memset(&p, 0, sizeof p);
  p.t = t;
  p.file = file;
  p.d = d;
  p.errors = errors;
  p.max_depth = opts && opts->max_depth ? opts->max_depth : DEFAULT_DEPTH;
  p.max_aliases = opts && opts->max_aliases ? opts->max_aliases : DEFAULT_ALIASES;
  p.max_nodes = opts && opts->max_nodes ? opts->max_nodes : DEFAULT_NODES;
  p.stack = malloc(p.max_depth * sizeof *p.stack);
  p.stack_anchor = malloc(p.max_depth * sizeof *p.stack_anchor);
  yaml_parser_t y;
  int rc = -1, docs = 0, done = 0;
  if (!p.stack || !p.stack_anchor || !yaml_parser_initialize(&y)) {
    free(p.stack);
    free(p.stack_anchor);
    iso_diag_add(d, ISO_SEV_ERROR, file, 0, 0, "out of memory");
    (*errors)++;
    return -1;
  }
  yaml_parser_set_input_string(&y, (const unsigned char *)src, len);
  yaml_parser_set_encoding(&y, YAML_UTF8_ENCODING);
  while (!done) {
    yaml_event_t e;
    if (!yaml_parser_parse(&y, &e)) {
      if (y.error == YAML_MEMORY_ERROR) {
        iso_diag_add(d, ISO_SEV_ERROR, file, 0, 0, "out of memory");
        (*errors)++;
      } else {
        syntax_error(&p, &y, src, len);
      }
      break;
    }
    int fail = 0, before = *errors;
    if (expecting_key(&p) && (e.type == YAML_SEQUENCE_START_EVENT ||
                              e.type == YAML_MAPPING_START_EVENT)) {
      error_at(&p, e.start_mark, "a key must be a plain string, not %s",
               e.type == YAML_SEQUENCE_START_EVENT ? "a list" : "a map");
      fail = 1;
    }
    if (!fail && (size_t)t->n_all >= p.max_nodes) {
      error_at(&p, e.start_mark, "more than %zu YAML nodes", p.max_nodes);
      fail = 1;
    }
    if (!fail) {
      switch (e.type) {
      case YAML_STREAM_END_EVENT:
        done = 1;
        rc = 0;
        break;
      case YAML_DOCUMENT_START_EVENT:
        if (++docs > 1) {
          error_at(&p, e.start_mark,
                   "a second YAML document ('---'): a file holds exactly one "
                   "document");
          fail = 1;
        }
        break;
      case YAML_SCALAR_EVENT:
        fail = on_scalar(&p, &e) ? 1 : 0;
        break;
      case YAML_ALIAS_EVENT:
        fail = on_alias(&p, &e) ? 1 : 0;
        break;
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        int seq = e.type == YAML_SEQUENCE_START_EVENT;
        ynode *n = new_node(&p, seq ? YN_SEQ : YN_MAP, e.start_mark);
        const yaml_char_t *a =
            seq ? e.data.sequence_start.anchor : e.data.mapping_start.anchor;
        fail = !n || push(&p, n, a, e.start_mark) ? 1 : 0;
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        fail = pop(&p, e.end_mark) ? 1 : 0;
        break;
      default:
        break;
      }
    }
    yaml_event_delete(&e);
    if (fail) {
      if (*errors == before) {
        iso_diag_add(d, ISO_SEV_ERROR, file, 0, 0, "out of memory");
        (*errors)++;
      }
      break;
    }
  }
  yaml_parser_delete(&y);
  while (p.depth)
    free(p.stack_anchor[--p.depth]);
  free(p.stack);
  free(p.stack_anchor);
  for (size_t i = 0; i < p.cap_anchors; i++)
    free(p.anchors[i].name);
  free(p.anchors);
  if (rc)
    ytree_free(t);
  return rc;
}

void ytree_free(ytree *t) {
  for (size_t i = 0; i < t->n_all; i++) {
    free(t->all[i]->text);
    free(t->all[i]->kids);
    free(t->all[i]);
  }
  free(t->all);
  memset(t, 0, sizeof *t);
}

const ynode *yn_get(const ynode *map, const char *key) {
  if (!map || map->kind != YN_MAP)
    return NULL;
  for (size_t i = 0; i < map->n; i++) {
    const ynode *k = map->kids[2 * i];
    if (k->kind == YN_SCALAR && !strcmp(k->text, key))
      return map->kids[2 * i + 1];
  }
  return NULL;
}

const char *yn_kind_name(const ynode *n) {
  if (!n)
    return "nothing";
  switch (n->kind) {
  case YN_SEQ:
    return "a list";
  case YN_MAP:
    return "a map";
  default:
    return n->is_null ? "an empty value" : "a string";
  }
}
