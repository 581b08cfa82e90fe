/* Loader entry points: YAML text to a validated document tree. */
#include <stdlib.h>
#include <string.h>

#include "loader_internal.h"
#include "util.h"

static int line_table(ld *c) {
  size_t n = 1;
  for (size_t i = 0; i < c->len; i++)
    n += c->src[i] == '\n';
  c->line_start = malloc(n * sizeof *c->line_start);
  if (!c->line_start)
    return -1;
  c->line_start[0] = 0;
  c->n_lines = 1;
  for (size_t i = 0; i < c->len; i++)
    if (c->src[i] == '\n')
      c->line_start[c->n_lines++] = i + 1;
  return 0;
}

/* Invalid UTF-8 and raw control characters are refused before YAML sees
 * them, with their exact position (libyaml would point at the file's
 * start). */
static int check_utf8(ld *c) {
  size_t bad = iso_utf8_invalid_at(c->src, c->len);
  size_t ctl = 0;
  while (ctl < c->len && ctl < bad) {
    unsigned char ch = (unsigned char)c->src[ctl];
    if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F)
      break;
    ctl++;
  }
  if (ctl < c->len && ctl < bad)
    bad = ctl;
  else
    ctl = (size_t)-1;
  if (bad == (size_t)-1)
    return 0;
  int line = 1, col = 1;
  for (size_t i = 0; i < bad; i++) {
    if (c->src[i] == '\n') {
      line++;
      col = 1;
    } else if (((unsigned char)c->src[i] & 0xC0) != 0x80) {
      col++;
    }
  }
  if (ctl != (size_t)-1)
    ld_error_pos(c, line, col, "control character U+%04X in the file",
                 (unsigned)(unsigned char)c->src[bad]);
  else
    ld_error_pos(c, line, col, "invalid UTF-8 (byte 0x%02X): save the file "
                               "as UTF-8",
                 (unsigned char)c->src[bad]);
  return -1;
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
  c.src = data ? data : "";
  c.len = data ? len : 0;
  c.lang = ISO_LANG_EN;
  if (check_utf8(&c))
    return NULL;
  ytree t;
  if (line_table(&c) || !(c.doc = iso_document_new(name)) ||
      !(c.md = md_new())) {
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

/* Cheap on purpose (used to skip CI configs and themes): a line that starts
 * with the key `document` at column 0 of a block map. */
int iso_looks_like_document(const char *data, size_t len) {
  static const char *const forms[] = {"document", "\"document\"", "'document'"};
  size_t i = 0;
  if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
    i = 3;
  while (i < len) {
    for (size_t f = 0; f < 3; f++) {
      size_t k = strlen(forms[f]);
      if (len - i > k && !memcmp(data + i, forms[f], k)) {
        size_t j = i + k;
        while (j < len && data[j] == ' ')
          j++;
        if (j < len && data[j] == ':' &&
            (j + 1 == len || data[j + 1] == ' ' || data[j + 1] == '\n' ||
             data[j + 1] == '\r' || data[j + 1] == '\t'))
          return 1;
      }
    }
    const char *nl = memchr(data + i, '\n', len - i);
    if (!nl)
      break;
    i = (size_t)(nl - data) + 1;
  }
  return 0;
}
