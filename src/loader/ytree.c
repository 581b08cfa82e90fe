/* YAML events into a small tree, bounded against hostile input: nesting
 * depth, alias count and alias expansion are limited so that an alias bomb or
 * 100,000 nested brackets fail in milliseconds with a clear message. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "chars.h"
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
  /* the text libyaml reads (see hide_separators) and the file's own */
  const char *src, *raw;
  size_t len;
  int hidden;            /* raw U+2028/U+2029 were hidden */
  size_t at_char, at_byte; /* the last character index turned into a byte */
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

/* Characters a document cannot carry (from "\x01" or "\uFFFE" escapes;
 * raw ones were refused before parsing) are refused where they are
 * written. */
static void check_chars(parse_state *p, ynode *n) {
  const unsigned char *s = (const unsigned char *)n->text;
  size_t i = 0;
  while (i < n->len) {
    uint32_t cp;
    size_t w = iso_utf8_decode(s + i, n->len - i, &cp);
    if (!w) {
      iso_diag_add(p->d, ISO_SEV_ERROR, p->file, n->line, n->col,
                   "invalid UTF-8 in a string");
      (*p->errors)++;
      n->bad_text = 1;
      return;
    }
    const char *what = ld_char_problem(cp);
    if (what) {
      iso_diag_add(p->d, ISO_SEV_ERROR, p->file, n->line, n->col,
                   "character U+%04X is not allowed in text (documents cannot "
                   "carry %ss)",
                   (unsigned)cp, what);
      (*p->errors)++;
      n->bad_text = 1;
      return;
    }
    i += w;
  }
}

/* libyaml follows YAML 1.1, where U+2028 and U+2029 end a line: a raw one
 * would shift every later line number and change what the text means
 * (`title: a<U+2028>b` would be a syntax error). Editors and YAML 1.2 read
 * them as ordinary characters, so libyaml gets them disguised as the
 * noncharacters U+FDD0 and U+FDD1 (same length; the file cannot hold those,
 * see chars.c) and scalar values get them back. */
#define LS "\xE2\x80\xA8"
#define PS "\xE2\x80\xA9"
#define LS_HIDDEN "\xEF\xB7\x90"
#define PS_HIDDEN "\xEF\xB7\x91"

static int is_separator(const char *s, size_t len, size_t i) {
  return i + 2 < len && (unsigned char)s[i] == 0xE2 &&
         (unsigned char)s[i + 1] == 0x80 &&
         ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9);
}

static int is_hidden(const char *s, size_t len, size_t i) {
  return i + 2 < len && (unsigned char)s[i] == 0xEF &&
         (unsigned char)s[i + 1] == 0xB7 &&
         ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91);
}

/* A copy of SRC with the separators hidden, or NULL when there are none
 * (*FAILED when out of memory). */
/* The first separator at or after I, or LEN: found by its lead byte with
 * memchr, which looks at many bytes at a time (a byte-by-byte scan was a
 * twentieth of loading a document). */
static size_t next_separator(const char *src, size_t len, size_t i) {
  while (i < len) {
    const char *e = memchr(src + i, 0xE2, len - i);
    if (!e)
      return len;
    i = (size_t)(e - src);
    if (is_separator(src, len, i))
      return i;
    i++;
  }
  return len;
}

static char *hide_separators(const char *src, size_t len, int *failed) {
  size_t i = next_separator(src, len, 0);
  *failed = 0;
  if (i == len)
    return NULL;
  char *t = malloc(len ? len : 1);
  if (!t) {
    *failed = 1;
    return NULL;
  }
  memcpy(t, src, len);
  for (; i < len; i = next_separator(src, len, i + 3))
    memcpy(t + i, src[i + 2] == (char)0xA8 ? LS_HIDDEN : PS_HIDDEN, 3);
  return t;
}

/* The byte offset of character index CH (libyaml's marks count
 * characters). Marks mostly move forward, so walking from the last answer
 * keeps a whole parse linear. */
static size_t byte_of(parse_state *p, size_t ch) {
  while (p->at_char < ch && p->at_byte < p->len) {
    p->at_byte++;
    while (p->at_byte < p->len &&
           ((unsigned char)p->src[p->at_byte] & 0xC0) == 0x80)
      p->at_byte++;
    p->at_char++;
  }
  while (p->at_char > ch && p->at_byte > 0) {
    p->at_byte--;
    while (p->at_byte > 0 && ((unsigned char)p->src[p->at_byte] & 0xC0) == 0x80)
      p->at_byte--;
    p->at_char--;
  }
  return p->at_byte;
}

/* Gives a scalar value its separators back. Outside double quotes every
 * disguised one is a raw separator; inside, an escape ("\uFDD0") could
 * make the same character, so a kind is given back only when the source
 * holds as many raw ones as the value holds disguised ones (else the value
 * keeps them, and check_chars refuses the noncharacter). */
static void show_separators(parse_state *p, ynode *n, const yaml_event_t *e) {
  size_t in_value[2] = {0, 0}, in_source[2] = {0, 0};
  /* most values have no 0xEF byte at all, which memchr sees fast */
  if (!n->len || !memchr(n->text, 0xEF, n->len))
    return;
  for (size_t i = 0; i < n->len; i++)
    if (is_hidden(n->text, n->len, i))
      in_value[n->text[i + 2] == (char)0x91]++;
  if (!in_value[0] && !in_value[1])
    return;
  int give[2] = {1, 1};
  if (n->style == YN_DOUBLE) {
    size_t a = byte_of(p, e->start_mark.index);
    size_t b = byte_of(p, e->end_mark.index);
    for (size_t i = a; i < b; i++)
      if (is_separator(p->raw, p->len, i))
        in_source[p->raw[i + 2] == (char)0xA9]++;
    give[0] = in_source[0] == in_value[0];
    give[1] = in_source[1] == in_value[1];
  }
  for (size_t i = 0; i < n->len; i++)
    if (is_hidden(n->text, n->len, i)) {
      int k = n->text[i + 2] == (char)0x91;
      if (give[k])
        memcpy(n->text + i, k ? PS : LS, 3);
      i += 2;
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
  if (p->hidden)
    show_separators(p, n, e);
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

static void syntax_error(parse_state *p, yaml_parser_t *y) {
  yaml_mark_t m = y->problem_mark;
  const char *problem = y->problem ? y->problem : "unknown problem";
  size_t i = byte_of(p, m.index);
  if (y->error == YAML_SCANNER_ERROR && i < p->len && p->src[i] == '\t') {
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
  int failed;
  char *disguised = hide_separators(src, len, &failed);
  p.raw = src;
  p.src = disguised ? disguised : src;
  p.len = len;
  p.hidden = disguised != NULL;
  yaml_parser_t y;
  int rc = -1, docs = 0, done = 0;
  if (failed || !p.stack || !p.stack_anchor || !yaml_parser_initialize(&y)) {
    free(disguised);
    free(p.stack);
    free(p.stack_anchor);
    iso_diag_add(d, ISO_SEV_ERROR, file, 0, 0, "out of memory");
    (*errors)++;
    return -1;
  }
  yaml_parser_set_input_string(&y, (const unsigned char *)p.src, len);
  yaml_parser_set_encoding(&y, YAML_UTF8_ENCODING);
  while (!done) {
    yaml_event_t e;
    if (!yaml_parser_parse(&y, &e)) {
      if (y.error == YAML_MEMORY_ERROR) {
        iso_diag_add(d, ISO_SEV_ERROR, file, 0, 0, "out of memory");
        (*errors)++;
      } else {
        syntax_error(&p, &y);
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
  free(disguised);
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

/* The input of a key search, handed to libyaml a little at a time: given
 * the whole string, libyaml decodes all of it before the first event (64
 * instructions a byte), and a document's key is in its first lines. */
typedef struct trickle {
  const unsigned char *p;
  size_t left;
} trickle;

static int trickle_read(void *data, unsigned char *buffer, size_t size,
                        size_t *size_read) {
  trickle *t = data;
  size_t n = t->left < size ? t->left : size;
  if (n > 512)
    n = 512;
  memcpy(buffer, t->p, n);
  t->p += n;
  t->left -= n;
  *size_read = n;
  return 1;
}

/* Only the events of the top-level map are looked at, and the nesting is
 * bounded as in a load: libyaml's work per event grows with the depth of
 * flow collections, so 100,000 brackets would otherwise take a minute. */
int ytree_top_key(const char *src, size_t len, const char *key) {
  int failed;
  char *disguised = hide_separators(src, len, &failed);
  yaml_parser_t y;
  if (failed || !yaml_parser_initialize(&y)) {
    free(disguised);
    return -1;
  }
  trickle in = {(const unsigned char *)(disguised ? disguised : src), len};
  yaml_parser_set_input(&y, trickle_read, &in);
  yaml_parser_set_encoding(&y, YAML_UTF8_ENCODING);
  int rc = -2, depth = 0;
  size_t items = 0; /* events at depth 1: keys and values alternate */
  while (rc == -2) {
    yaml_event_t e;
    if (!yaml_parser_parse(&y, &e)) {
      rc = -1;
      break;
    }
    switch (e.type) {
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_END_EVENT:
      rc = 0;
      break;
    case YAML_SCALAR_EVENT:
    case YAML_ALIAS_EVENT:
      if (depth == 0)
        rc = 0; /* the top level is not a map */
      else if (depth == 1 && items++ % 2 == 0 && e.type == YAML_SCALAR_EVENT &&
               !strcmp((const char *)e.data.scalar.value, key))
        rc = 1;
      break;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
      if (depth == 0 && e.type == YAML_SEQUENCE_START_EVENT)
        rc = 0;
      else if (depth == 1)
        items++;
      if (++depth > DEFAULT_DEPTH)
        rc = -1;
      break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      if (--depth == 0)
        rc = 0;
      break;
    default:
      break;
    }
    yaml_event_delete(&e);
  }
  yaml_parser_delete(&y);
  free(disguised);
  return rc;
}
