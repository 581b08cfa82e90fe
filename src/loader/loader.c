/* Loader entry points: YAML text to a validated document tree. */
#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "loader_internal.h"
#include "util.h"

/* Lines end as editors end them: at LF, CRLF or a lone CR (not at U+0085,
 * U+2028 or U+2029, which YAML 1.1 would count). */
static int is_break(const char *s, size_t len, size_t i) {
  return s[i] == '\n' || (s[i] == '\r' && (i + 1 == len || s[i + 1] != '\n'));
}

/* Where the break at or after I is (LEN: none). Without a CR in the
 * text (most files) the breaks are the LFs, found with memchr: looking
 * at every byte twice was a tenth of loading a document. */
static size_t next_break(const char *s, size_t len, size_t i, int cr) {
  if (!cr) {
    const char *p = i < len ? memchr(s + i, '\n', len - i) : NULL;
    return p ? (size_t)(p - s) : len;
  }
  while (i < len && !is_break(s, len, i))
    i++;
  return i;
}

static int line_table(ld *c) {
  int cr = c->len && memchr(c->src, '\r', c->len) != NULL;
  size_t n = 1;
  for (size_t i = next_break(c->src, c->len, 0, cr); i < c->len;
       i = next_break(c->src, c->len, i + 1, cr))
    n++;
  c->line_start = malloc(n * sizeof *c->line_start);
  if (!c->line_start)
    return -1;
  c->line_start[0] = 0;
  c->n_lines = 1;
  for (size_t i = next_break(c->src, c->len, 0, cr); i < c->len;
       i = next_break(c->src, c->len, i + 1, cr))
    c->line_start[c->n_lines++] = i + 1;
  return 0;
}

void ld_position(const ld *c, size_t off, int *line, int *col) {
  size_t lo = 0, hi = c->n_lines; /* the last line starting at or before OFF */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->line_start[mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  int k = 1;
  for (size_t i = c->line_start[lo]; i < off && i < c->len; i++)
    k += ((unsigned char)c->src[i] & 0xC0) != 0x80;
  *line = (int)lo + 1;
  *col = k;
}

/* Invalid UTF-8 and characters a document cannot carry are refused before
 * YAML sees them, with their exact position (libyaml would point at the
 * file's start). */
static int check_text(ld *c) {
  const unsigned char *p = (const unsigned char *)c->src;
  size_t i = 0;
  while (i < c->len) {
    uint32_t cp;
    size_t w = iso_utf8_decode(p + i, c->len - i, &cp);
    const char *what = w ? ld_char_problem(cp) : NULL;
    if (w && !what) {
      i += w;
      continue;
    }
    int line, col;
    ld_position(c, i, &line, &col);
    if (what)
      ld_error_pos(c, line, col, "%s U+%04X in the file", what, (unsigned)cp);
    else
      ld_error_pos(c, line, col, "invalid UTF-8 (byte 0x%02X): save the file "
                                 "as UTF-8",
                   p[i]);
    return -1;
  }
  return 0;
}

static void top_level(ld *c, const ynode *root) {
  static const ld_key keys[] = {{"document", 1}, {"sections", 1}, {"theme", 0}};
  const ynode *f[3];
  if (!root) {
    ld_error_pos(c, 1, 1, "empty file: a document is a map with 'document' "
                          "and 'sections'");
    return;
  }
  if (root->kind != YN_MAP) {
    ld_error(c, root, "the top level must be a map with 'document' and "
                      "'sections', not %s",
             yn_kind_name(root));
    return;
  }
  ld_fields(c, root, "the top level", keys, 3, f);
  if (f[0]) {
    /* metadata warnings of the linter point at the `document` key */
    const ynode *k = NULL;
    for (size_t i = 0; i < root->n; i++)
      if (root->kids[2 * i + 1] == f[0])
        k = root->kids[2 * i];
    iso_node_set_position(c->doc, k ? k->line : 1, k ? k->col : 1);
    ld_meta(c, f[0]);
  }
  const char *theme = ld_string(c, f[2], "theme", 0);
  if (theme && !(iso_document_meta(c->doc)->theme = iso_strdup(theme)))
    ld_oom(c, f[2]);
  if (theme) {
    iso_document_meta(c->doc)->theme_line = f[2]->line;
    iso_document_meta(c->doc)->theme_column = f[2]->col;
  }
  if (f[1]) {
    if (f[1]->kind == YN_SEQ && !f[1]->n)
      ld_error(c, f[1], "'sections' is empty: a document needs at least one "
                        "section");
    else if (f[1]->kind == YN_SCALAR && f[1]->is_null)
      ld_error(c, f[1], "'sections' is empty; it needs a list of sections");
    else
      ld_sections(c, f[1], c->doc, 1);
  }
}

typedef struct ranked {
  const iso_diag *g;
  size_t i;
} ranked;

static int by_position(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->g->line != y->g->line)
    return x->g->line < y->g->line ? -1 : 1;
  if (x->g->column != y->g->column)
    return x->g->column < y->g->column ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* The checks run map by map; users read diagnostics top to bottom, like a
 * compiler's, so they are handed over in file order. */
static void hand_over(iso_diags *from, iso_diags *to) {
  size_t n = iso_diags_count(from);
  ranked *r = malloc((n ? n : 1) * sizeof *r);
  for (size_t i = 0; r && i < n; i++) {
    r[i].g = iso_diags_get(from, i);
    r[i].i = i;
  }
  if (r)
    qsort(r, n, sizeof *r, by_position);
  for (size_t i = 0; i < n; i++) {
    const iso_diag *g = r ? r[i].g : iso_diags_get(from, i);
    iso_diag_add(to, g->severity, g->file, g->line, g->column, "%s", g->message);
  }
  free(r);
}

static iso_node *load(const char *data, size_t len, const char *name,
                      const char *base_dir, const iso_load_options *opts,
                      iso_diags *d) {
  ld c;
  memset(&c, 0, sizeof c);
  c.d = d;
  c.file = name;
  c.base_dir = base_dir ? base_dir : ".";
  c.confine_dir = opts ? opts->confine_dir : NULL;
  c.src = data ? data : "";
  c.len = data ? len : 0;
  /* a byte order mark is invisible in editors: positions count from after
   * it (and libyaml, told the encoding, would not skip it) */
  if (c.len >= 3 && !memcmp(c.src, "\xEF\xBB\xBF", 3)) {
    c.src += 3;
    c.len -= 3;
  }
  c.lang = ISO_LANG_EN;
  if (line_table(&c)) {
    ld_error_pos(&c, 0, 0, "out of memory");
    return NULL;
  }
  ytree t;
  if (check_text(&c)) {
    free(c.line_start);
    return NULL;
  }
  if (!(c.doc = iso_document_new(name)) || !(c.md = md_new())) {
    ld_error_pos(&c, 0, 0, "out of memory");
    free(c.line_start);
    iso_node_free(c.doc);
    return NULL;
  }
  if (ytree_parse(&t, c.src, c.len, name, opts, d, &c.errors) == 0) {
    top_level(&c, t.root);
    ytree_free(&t);
  }
  md_free(c.md);
  free(c.line_start);
  if (c.errors) {
    iso_node_free(c.doc);
    return NULL;
  }
  return c.doc;
}

iso_node *iso_load_string(const char *data, size_t len, const char *name,
                          const char *base_dir, const iso_load_options *opts,
                          iso_diags *d) {
  iso_diags *mine = iso_diags_new();
  if (!mine) {
    iso_diag_add(d, ISO_SEV_ERROR, name, 0, 0, "out of memory");
    return NULL;
  }
  iso_node *doc = load(data, len, name, base_dir, opts, mine);
  hand_over(mine, d);
  iso_diags_free(mine);
  return doc;
}

iso_node *iso_load_file(const char *path, const iso_load_options *opts,
                        iso_diags *d) {
  iso_buf b;
  iso_buf_init(&b);
  if (iso_read_file(path, &b, d))
    return NULL;
  char *dir = iso_dirname(path);
  iso_node *doc = NULL;
  if (!dir)
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
  else
    doc = iso_load_string(b.data ? (const char *)b.data : "", b.len, path, dir,
                          opts, d);
  free(dir);
  iso_buf_free(&b);
  return doc;
}

/* Whether "document" appears where a key could stand (after a line start,
 * a space, '{' or ',', in quotes or not, before a ':'). */
static int mentions_key(const char *data, size_t len) {
  static const char word[] = "document";
  const size_t k = sizeof word - 1;
  for (size_t i = 0; i + k <= len; i++) {
    if (data[i] != 'd' || memcmp(data + i, word, k))
      continue;
    size_t b = i;
    if (b > 0 && (data[b - 1] == '"' || data[b - 1] == '\''))
      b--;
    if (b > 0 && !strchr(" \t\r\n{,", data[b - 1]))
      continue;
    size_t j = i + k;
    if (j < len && b < i && data[j] == data[b])
      j++; /* the closing quote */
    while (j < len && data[j] == ' ')
      j++;
    if (j < len && data[j] == ':')
      return 1;
  }
  return 0;
}

/* --all uses this to skip YAML that is not a document (CI configs,
 * themes), so it must be cheap and safe on any input: libyaml reads only up
 * to the answer, with nesting bounded. A file that YAML cannot read that far
 * counts as a document when it names the key, so that its errors are
 * reported rather than the file skipped. */
int iso_looks_like_document(const char *data, size_t len) {
  if (!data)
    return 0;
  if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
    data += 3;
    len -= 3;
  }
  int r = ytree_top_key(data, len, "document");
  return r >= 0 ? r : mentions_key(data, len);
}
