/* Markdown strings into the document tree through cmark-gfm (with the table
 * and autolink extensions). The walk uses cmark's iterator and an explicit
 * parent stack, so deeply nested Markdown cannot exhaust the C stack, and
 * adjacent text is gathered in one buffer so long paragraphs stay linear.
 *
 * Decisions: raw HTML is kept as literal text; a block quote keeps its
 * content without the quote; a thematic break is dropped with a warning; a
 * heading is an error (documents get headings from `sections`); inline
 * images are an error (use an `image` block). */
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "links.h"
#include "mdpos.h"
#include "util.h"

/* cmark aborts the process when an allocation fails. Its allocations go
 * through ours instead: a failed one is served from a reserve set aside per
 * load, the parse completes, and the loader reports "out of memory". */
#define RESERVE (256u * 1024u)

struct md_ctx {
  cmark_syntax_extension *table, *autolink;
  unsigned char *reserve;
  size_t used;
  int oom;
};

static _Thread_local md_ctx *current; /* the load this thread is doing */

typedef struct reserve_head {
  size_t size;
  size_t pad; /* keeps blocks 16-byte aligned */
} reserve_head;

static int in_reserve(const void *p) {
  return current && current->reserve && (const unsigned char *)p >= current->reserve &&
         (const unsigned char *)p < current->reserve + RESERVE;
}

static void *from_reserve(size_t size) {
  md_ctx *m = current;
  size_t need = sizeof(reserve_head) + ((size + 15) & ~(size_t)15);
  if (!m || !m->reserve || size > RESERVE || RESERVE - m->used < need)
    abort(); /* what cmark itself would do */
  reserve_head *h = (reserve_head *)(m->reserve + m->used);
  m->used += need;
  m->oom = 1;
  h->size = size;
  memset(h + 1, 0, size);
  return h + 1;
}

static void *md_calloc(size_t n, size_t size) {
  void *p = calloc(n, size);
  if (p || !n || !size)
    return p;
  if (size && n > (size_t)-1 / size)
    abort();
  return from_reserve(n * size);
}

static void *md_realloc(void *p, size_t size) {
  if (p && in_reserve(p)) {
    size_t old = ((reserve_head *)p - 1)->size;
    void *q = malloc(size ? size : 1);
    if (!q)
      q = from_reserve(size);
    memcpy(q, p, old < size ? old : size);
    return q;
  }
  void *q = realloc(p, size);
  if (q || !size)
    return q;
  q = from_reserve(size);
  if (p) {
    size_t old = malloc_usable_size(p);
    memcpy(q, p, old < size ? old : size);
    free(p);
  }
  return q;
}

static void md_release(void *p) {
  if (!in_reserve(p))
    free(p);
}

static cmark_mem md_mem = {md_calloc, md_realloc, md_release};

md_ctx *md_new(void) {
  cmark_gfm_core_extensions_ensure_registered();
  md_ctx *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->reserve = malloc(RESERVE);
  if (!m->reserve) {
    free(m);
    return NULL;
  }
  m->table = cmark_find_syntax_extension("table");
  m->autolink = cmark_find_syntax_extension("autolink");
  current = m;
  return m;
}

void md_free(md_ctx *m) {
  if (!m)
    return;
  if (current == m)
    current = NULL;
  free(m->reserve);
  free(m);
}

typedef struct walker {
  ld *c;
  mdpos pos;
  iso_node **stack;
  size_t depth, cap;
  iso_buf text;      /* pending text, flushed as one TEXT node */
  int text_line, text_col;
  int line, col;     /* position of the innermost block, for inlines */
  int block_mline;   /* its line in the string, and where that line ends */
  int block_mend;
  size_t *vline;     /* byte offset of each line of the string */
  size_t n_vline;
  size_t refs;       /* where to look for the next character reference */
  int bad_char;      /* a refused character was reported (once a string) */
} walker;

static int push(walker *w, iso_node *n) {
  if (w->depth == w->cap) {
    size_t cap = w->cap ? w->cap * 2 : 16;
    iso_node **s = realloc(w->stack, cap * sizeof *s);
    if (!s)
      return -1;
    w->stack = s;
    w->cap = cap;
  }
  w->stack[w->depth++] = n;
  return 0;
}

static iso_node *top(walker *w) { return w->stack[w->depth - 1]; }

/* 1-based column just past the end of line ML of the string. */
static int line_end(const walker *w, int ml) {
  if (ml < 1 || (size_t)ml > w->n_vline)
    return 0;
  size_t a = w->vline[ml - 1];
  size_t b = (size_t)ml < w->n_vline ? w->vline[ml] - 1 : w->pos.s->len;
  return (int)(b - a) + 1;
}

/* cmark numbers inline columns through the whole paragraph as if it were
 * one line (and its line adjustments are unreliable): an inline position
 * past the block's first line falls back to the block's. */
static void where(walker *w, cmark_node *n, int *line, int *col) {
  int ml = cmark_node_get_start_line(n), mc = cmark_node_get_start_column(n);
  int is_inline = (cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) ==
                  CMARK_NODE_TYPE_INLINE;
  if (is_inline && (ml != w->block_mline || mc > w->block_mend))
    ml = 0;
  if (ml <= 0) {
    *line = w->line;
    *col = w->col;
    return;
  }
  mdpos_map(&w->pos, ml, mc, line, col);
}

static iso_node *new_at(walker *w, iso_node_type t, int line, int col) {
  iso_node *n = iso_node_new(t, w->c->doc, line, col);
  if (!n)
    ld_error_pos(w->c, line, col, "out of memory");
  return n;
}

/* Appends N to the current parent; on failure N is freed and reported. */
static int add(walker *w, iso_node *n, int line, int col) {
  if (!n)
    return -1;
  if (iso_node_append(top(w), n)) {
    iso_node_type t = iso_node_get_type(n), p = iso_node_get_type(top(w));
    if (t == ISO_NODE_TABLE)
      ld_error_pos(w->c, line, col, "a Markdown table is allowed only directly "
                                    "in a section's content, not in a %s",
                   p == ISO_NODE_CALLOUT ? "call-out" : "list item");
    else
      ld_error_pos(w->c, line, col, "a %s cannot be placed inside a %s",
                   iso_node_type_name(t), iso_node_type_name(p));
    iso_node_free(n);
    return -1;
  }
  return 0;
}

static void flush(walker *w) {
  if (!w->text.len)
    return;
  iso_node *t = new_at(w, ISO_NODE_TEXT, w->text_line, w->text_col);
  if (t && iso_node_set_literal_len(t, (const char *)w->text.data, w->text.len)) {
    iso_node_free(t);
    t = NULL;
    ld_error_pos(w->c, w->text_line, w->text_col, "out of memory");
  }
  if (w->text.failed)
    ld_error_pos(w->c, w->text_line, w->text_col, "out of memory");
  add(w, t, w->text_line, w->text_col);
  iso_buf_free(&w->text);
  iso_buf_init(&w->text);
}

/* The value of the character reference at S ("&#1;", "&#x1B;"), or -1;
 * *LEN gets its length. */
static long char_ref(const char *s, size_t avail, size_t *len) {
  if (avail < 4 || s[0] != '&' || s[1] != '#')
    return -1;
  int hex = s[2] == 'x' || s[2] == 'X';
  size_t i = hex ? 3 : 2, max = hex ? 6 : 7, digits = 0;
  long v = 0;
  for (; i < avail && digits < max; i++, digits++) {
    char ch = s[i];
    int d = ch >= '0' && ch <= '9'   ? ch - '0'
            : !hex                   ? -1
            : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
            : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                     : -1;
    if (d < 0)
      break;
    v = v * (hex ? 16 : 10) + d;
  }
  if (!digits || i >= avail || s[i] != ';')
    return -1;
  *len = i + 1;
  return v;
}

/* Where in the string the reference that made CP is: the next one with
 * that value from FROM on (not escaped with a backslash), or (size_t)-1.
 * The search goes on from there next time, so a string is read once. */
static size_t find_ref(walker *w, size_t from, uint32_t cp, size_t *len) {
  const ynode *s = w->pos.s;
  if (from < w->refs)
    from = w->refs;
  for (size_t i = from; i < s->len; i++) {
    if (s->text[i] != '&')
      continue;
    size_t bs = 0;
    while (bs < i && s->text[i - 1 - bs] == '\\')
      bs++;
    long v = char_ref(s->text + i, s->len - i, len);
    if (v == (long)cp && bs % 2 == 0) {
      w->refs = i + *len;
      return i;
    }
  }
  w->refs = s->len;
  return (size_t)-1;
}

/* Raw control characters and YAML escapes were refused before; in
 * Markdown text they can only come from character references, which cmark
 * decodes. They are refused like the others, at the reference. (cmark
 * writes U+FFFE and U+FFFF as the single bytes 0xFE and 0xFF.) */
static void check_text(walker *w, cmark_node *n, const char *s, size_t len) {
  if (w->bad_char)
    return;
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t k = iso_utf8_decode(u + i, len - i, &cp);
    if (!k) {
      cp = u[i] == 0xFE ? 0xFFFE : u[i] == 0xFF ? 0xFFFF : u[i];
      k = 1;
    }
    const char *what = ld_char_problem(cp);
    if (!what) {
      i += k;
      continue;
    }
    int line, col;
    where(w, n, &line, &col);
    /* the node's own start, when cmark's position for it can be trusted */
    size_t from = 0;
    int ml = cmark_node_get_start_line(n), mc = cmark_node_get_start_column(n);
    if (w->pos.s->style != YN_FOLDED && ml >= 1 && (size_t)ml <= w->n_vline &&
        ml == w->block_mline && mc >= 1 && mc <= w->block_mend)
      from = w->vline[ml - 1] + (size_t)mc - 1;
    size_t rlen = 0, at = find_ref(w, from, cp, &rlen);
    if (at != (size_t)-1) {
      size_t vl = 1; /* the string's line holding AT */
      while (vl < w->n_vline && w->vline[vl] <= at)
        vl++;
      int fed = w->pos.s->style == YN_FOLDED ? 2 * (int)vl - 1 : (int)vl;
      mdpos_map(&w->pos, fed, (int)(at - w->vline[vl - 1]) + 1, &line, &col);
      ld_error_pos(w->c, line, col, "character U+%04X (written '%.*s') is not "
                                    "allowed in text (documents cannot carry "
                                    "%ss)",
                   (unsigned)cp, (int)rlen, w->pos.s->text + at, what);
    } else {
      ld_error_pos(w->c, line, col, "character U+%04X is not allowed in text "
                                    "(documents cannot carry %ss)",
                   (unsigned)cp, what);
    }
    w->bad_char = 1;
    return;
  }
}

static void text(walker *w, cmark_node *n, const char *s, size_t len) {
  if (!w->text.len)
    where(w, n, &w->text_line, &w->text_col);
  iso_buf_append(&w->text, s, len);
}

static void leaf_literal(walker *w, iso_node_type t, cmark_node *n, int line,
                         int col, int strip_newline) {
  const char *s = cmark_node_get_literal(n);
  size_t len = s ? strlen(s) : 0;
  if (strip_newline && len && s[len - 1] == '\n')
    len--;
  iso_node *x = new_at(w, t, line, col);
  if (x && iso_node_set_literal_len(x, s ? s : "", len)) {
    iso_node_free(x);
    ld_error_pos(w->c, line, col, "out of memory");
    return;
  }
  add(w, x, line, col);
}

/* Raw HTML becomes a paragraph of literal text. */
static void html_block(walker *w, cmark_node *n, int line, int col) {
  iso_node *p = new_at(w, ISO_NODE_PARAGRAPH, line, col);
  if (add(w, p, line, col))
    return;
  if (push(w, p)) {
    ld_error_pos(w->c, line, col, "out of memory");
    return;
  }
  leaf_literal(w, ISO_NODE_TEXT, n, line, col, 1);
  w->depth--;
}

/* A link target that may not be written (reported), or 0. */
static int bad_link(walker *w, const char *url, int line, int col) {
  char scheme[24];
  if (!url)
    return 0;
  size_t len = strlen(url), n = ld_count_chars(url, len);
  if (n > LD_MAX_URL) {
    ld_error_pos(w->c, line, col, "link URL is too long (%zu characters; at "
                                  "most %d)",
                 n, LD_MAX_URL);
    return 1;
  }
  if (ld_link_scheme(url, scheme, sizeof scheme)) {
    ld_error_pos(w->c, line, col, "link to a '%s:' URL: links may only be "
                                  "http, https, mailto or relative",
                 scheme);
    return 1;
  }
  const unsigned char *u = (const unsigned char *)url;
  for (size_t i = 0; u[i];) {
    uint32_t cp;
    size_t k = iso_utf8_decode(u + i, len - i, &cp);
    if (!k) {
      cp = u[i] == 0xFE ? 0xFFFE : u[i] == 0xFF ? 0xFFFF : u[i];
      k = 1;
    }
    if (!w->bad_char &&
        (cp == '\t' || cp == '\n' || cp == '\r' || ld_char_problem(cp))) {
      ld_error_pos(w->c, line, col, "character U+%04X is not allowed in a "
                                    "link URL",
                   (unsigned)cp);
      return 1;
    }
    i += k;
  }
  return 0;
}

/* ENTER of a container: returns 1 when something was pushed, 0 when the
 * subtree is to be skipped (already reported). */
static int enter(walker *w, cmark_node *n, int line, int col, int inline_only,
                 iso_node *target) {
  cmark_node_type t = cmark_node_get_type(n);
  const char *ext = cmark_node_get_type_string(n);
  iso_node *x = NULL;
  if (t == CMARK_NODE_DOCUMENT || t == CMARK_NODE_BLOCK_QUOTE)
    return push(w, top(w)) ? 0 : 1;
  if (t == CMARK_NODE_PARAGRAPH && inline_only)
    return push(w, target) ? 0 : 1;
  switch (t) {
  case CMARK_NODE_PARAGRAPH:
    x = new_at(w, ISO_NODE_PARAGRAPH, line, col);
    break;
  case CMARK_NODE_LIST:
    x = new_at(w, ISO_NODE_LIST, line, col);
    if (x) {
      int ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
      iso_node_set_list(x, ordered, ordered ? cmark_node_get_list_start(n) : 1);
    }
    break;
  case CMARK_NODE_ITEM:
    x = new_at(w, ISO_NODE_ITEM, line, col);
    break;
  case CMARK_NODE_HEADING:
    ld_error_pos(w->c, line, col, "Markdown heading in text: use 'sections' "
                                  "for headings");
    return 0;
  case CMARK_NODE_EMPH:
    x = new_at(w, ISO_NODE_EMPH, line, col);
    break;
  case CMARK_NODE_STRONG:
    x = new_at(w, ISO_NODE_STRONG, line, col);
    break;
  case CMARK_NODE_LINK:
    if (bad_link(w, cmark_node_get_url(n), line, col))
      return 0;
    x = new_at(w, ISO_NODE_LINK, line, col);
    if (x && iso_node_set_url(x, cmark_node_get_url(n))) {
      iso_node_free(x);
      x = NULL;
    }
    break;
  case CMARK_NODE_IMAGE:
    ld_error_pos(w->c, line, col, "inline Markdown images are not supported: "
                                  "use an 'image' block");
    return 0;
  default:
    if (!strcmp(ext, "table")) {
      x = new_at(w, ISO_NODE_TABLE, line, col);
      if (x)
        iso_node_set_columns(x, cmark_gfm_extensions_get_table_columns(n));
    } else if (!strcmp(ext, "table_row") || !strcmp(ext, "table_header")) {
      x = new_at(w, ISO_NODE_ROW, line, col);
      if (x)
        iso_node_set_row_header(x, cmark_gfm_extensions_get_table_row_is_header(n));
    } else if (!strcmp(ext, "table_cell")) {
      x = new_at(w, ISO_NODE_CELL, line, col);
    } else {
      ld_error_pos(w->c, line, col, "unsupported Markdown element '%s'", ext);
      return 0;
    }
  }
  if (!x || add(w, x, line, col))
    return 0;
  return push(w, x) ? 0 : 1;
}

static void leaf(walker *w, cmark_node *n, int line, int col) {
  const char *lit = cmark_node_get_literal(n);
  switch (cmark_node_get_type(n)) {
  case CMARK_NODE_TEXT:
    check_text(w, n, lit ? lit : "", lit ? strlen(lit) : 0);
    text(w, n, lit ? lit : "", lit ? strlen(lit) : 0);
    return;
  case CMARK_NODE_HTML_INLINE:
    text(w, n, lit ? lit : "", lit ? strlen(lit) : 0);
    return;
  case CMARK_NODE_SOFTBREAK:
    text(w, n, " ", 1);
    return;
  default:
    break;
  }
  flush(w);
  switch (cmark_node_get_type(n)) {
  case CMARK_NODE_LINEBREAK:
    add(w, new_at(w, ISO_NODE_LINEBREAK, line, col), line, col);
    break;
  case CMARK_NODE_CODE:
    leaf_literal(w, ISO_NODE_CODE, n, line, col, 0);
    break;
  case CMARK_NODE_CODE_BLOCK:
    leaf_literal(w, ISO_NODE_CODE_BLOCK, n, line, col, 1);
    break;
  case CMARK_NODE_HTML_BLOCK:
    html_block(w, n, line, col);
    break;
  case CMARK_NODE_THEMATIC_BREAK:
    ld_warning_pos(w->c, line, col, "a thematic break (---) has no place in a "
                                    "document and is left out");
    break;
  default:
    break;
  }
}

static int is_leaf(cmark_node *n) {
  switch (cmark_node_get_type(n)) {
  case CMARK_NODE_TEXT:
  case CMARK_NODE_SOFTBREAK:
  case CMARK_NODE_LINEBREAK:
  case CMARK_NODE_CODE:
  case CMARK_NODE_HTML_INLINE:
  case CMARK_NODE_CODE_BLOCK:
  case CMARK_NODE_HTML_BLOCK:
  case CMARK_NODE_THEMATIC_BREAK:
    return 1;
  default:
    return 0;
  }
}

/* How many times CH occurs in the LEN bytes at P. */
static unsigned long long count_of(const char *p, size_t len, char ch) {
  unsigned long long n = 0;
  for (const char *e = p + len; (p = memchr(p, ch, (size_t)(e - p))) != NULL; p++)
    n++;
  return n;
}

/* cmark-gfm 0.29.0.gfm.6 (Debian 12) is quadratic on links that follow
 * emphasis markers in one paragraph (later cmark releases fixed such cases):
 * each link closed walks over every '*' and '_' before it, so 40,000 links
 * after emphasis take 15 s. Until the library is fixed, a string whose
 * stretch between blank lines (a paragraph, or a list or table without
 * blank lines, which counts more than cmark does) holds more than
 * LD_MAX_MARKUP pairs of them is refused: under a few seconds of work, and
 * far beyond what a document holds. */
static int too_much_markup(ld *c, const ynode *s) {
  /* no paragraph holds more than the whole string: most strings are
   * cleared by three memchr scans, without the walk by bytes below */
  if (!s->len)
    return 0;
  unsigned long long all_marks = count_of(s->text, s->len, '*') +
                                 count_of(s->text, s->len, '_');
  if (all_marks * count_of(s->text, s->len, ']') <= LD_MAX_MARKUP)
    return 0;
  unsigned long long marks = 0, links = 0;
  int blank = 1;
  for (size_t i = 0; i <= s->len; i++) {
    char ch = i < s->len ? s->text[i] : '\n';
    if (ch == '\n') {
      if (blank || i == s->len) {
        if (marks * links > LD_MAX_MARKUP) {
          ld_error(c, s, "too much Markdown markup in one paragraph (%llu "
                         "emphasis markers and %llu link brackets): split it "
                         "with blank lines",
                   marks, links);
          return 1;
        }
        marks = links = 0;
      }
      blank = 1;
      continue;
    }
    if (ch != ' ' && ch != '\t' && ch != '\r')
      blank = 0;
    marks += ch == '*' || ch == '_';
    links += ch == ']';
  }
  return 0;
}

static cmark_node *parse(ld *c, const ynode *s) {
  cmark_parser *p = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, &md_mem);
  if (!p)
    return NULL;
  if (c->md && c->md->table)
    cmark_parser_attach_syntax_extension(p, c->md->table);
  if (c->md && c->md->autolink)
    cmark_parser_attach_syntax_extension(p, c->md->autolink);
  if (s->style == YN_FOLDED) {
    /* YAML folds a blank line into one line break, which Markdown would
     * read as a soft break: give the author the paragraphs they see. */
    size_t start = 0;
    for (size_t i = 0; i < s->len; i++)
      if (s->text[i] == '\n') {
        cmark_parser_feed(p, s->text + start, i + 1 - start);
        cmark_parser_feed(p, "\n", 1);
        start = i + 1;
      }
    cmark_parser_feed(p, s->text + start, s->len - start);
  } else {
    cmark_parser_feed(p, s->text, s->len);
  }
  cmark_node *doc = cmark_parser_finish(p);
  cmark_parser_free(p);
  return doc;
}

static void walk(ld *c, const ynode *s, cmark_node *root, iso_node *target,
                 int inline_only) {
  walker w;
  memset(&w, 0, sizeof w);
  w.c = c;
  iso_buf_init(&w.text);
  mdpos_init(&w.pos, c, s);
  w.line = s->line;
  w.col = s->col;
  w.bad_char = s->bad_text; /* a YAML escape was refused already */
  w.n_vline = 1;
  for (size_t i = 0; i < s->len; i++)
    w.n_vline += s->text[i] == '\n';
  w.vline = malloc(w.n_vline * sizeof *w.vline);
  if (!w.vline) {
    ld_oom(c, s);
    mdpos_free(&w.pos);
    return;
  }
  w.vline[0] = 0;
  for (size_t i = 0, k = 1; i < s->len; i++)
    if (s->text[i] == '\n')
      w.vline[k++] = i + 1;
  if (push(&w, target)) {
    ld_oom(c, s);
    free(w.vline);
    mdpos_free(&w.pos);
    return;
  }
  cmark_iter *it = cmark_iter_new(root);
  cmark_event_type ev;
  while (it && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *n = cmark_iter_get_node(it);
    int line, col;
    if (ev == CMARK_EVENT_EXIT) {
      flush(&w);
      if (w.depth > 1)
        w.depth--;
      continue;
    }
    where(&w, n, &line, &col);
    if (is_leaf(n)) {
      leaf(&w, n, line, col);
      continue;
    }
    flush(&w);
    if ((cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) !=
        CMARK_NODE_TYPE_INLINE) {
      w.line = line; /* inlines without positions use their block's */
      w.col = col;
      w.block_mline = cmark_node_get_start_line(n);
      w.block_mend = line_end(&w, w.block_mline);
    }
    if (!enter(&w, n, line, col, inline_only, target))
      cmark_iter_reset(it, n, CMARK_EVENT_EXIT); /* skip the subtree */
  }
  flush(&w);
  if (!it)
    ld_oom(c, s);
  cmark_iter_free(it);
  iso_buf_free(&w.text);
  free(w.stack);
  free(w.vline);
  mdpos_free(&w.pos);
}

/* Reports an allocation that only the reserve could serve (once). */
static void check_reserve(ld *c, const ynode *s) {
  if (c->md && c->md->oom == 1) {
    c->md->oom = 2;
    ld_oom(c, s);
  }
}

void md_blocks(ld *c, const ynode *s, iso_node *parent) {
  if (too_much_markup(c, s))
    return;
  cmark_node *doc = parse(c, s);
  if (!doc) {
    ld_oom(c, s);
    return;
  }
  walk(c, s, doc, parent, 0);
  cmark_node_free(doc);
  check_reserve(c, s);
}

void md_plain(ld *c, const ynode *at, const char *text, iso_node *parent) {
  if (!text || !*text)
    return;
  iso_node *t = ld_node(c, ISO_NODE_TEXT, at);
  if (t && iso_node_set_literal(t, text)) {
    iso_node_free(t);
    ld_oom(c, at);
    return;
  }
  ld_append(c, parent, t, at);
}

/* Text with nothing Markdown could act on skips the parser: tables of
 * thousands of cells load much faster. */
static int plain_enough(const char *s, size_t len) {
  if (!len || s[0] == ' ' || s[len - 1] == ' ')
    return 0;
  if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' || s[0] == '+' ||
      s[0] == '=')
    return 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x80 && !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                       (ch >= '0' && ch <= '9') || strchr(" ,.;()%'\"/?-+=", ch)))
      return 0;
    if (ch == ' ' && i + 1 < len && s[i + 1] == ' ')
      return 0;
  }
  return !strstr(s, "www.");
}

void md_inlines(ld *c, const ynode *s, iso_node *parent) {
  if (plain_enough(s->text, s->len)) {
    md_plain(c, s, s->text, parent);
    return;
  }
  if (too_much_markup(c, s))
    return;
  cmark_node *doc = parse(c, s);
  if (!doc) {
    ld_oom(c, s);
    return;
  }
  cmark_node *p = cmark_node_first_child(doc);
  if (p && !cmark_node_next(p) && cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH) {
    walk(c, s, p, parent, 1);
  } else if (p) { /* "1. Scope" or "# x" as a title: keep the text as written */
    char *flat = iso_strdup(s->text);
    if (!flat) {
      ld_oom(c, s);
    } else {
      for (char *q = flat; *q; q++)
        if (*q == '\n' || *q == '\r')
          *q = ' ';
      md_plain(c, s, flat, parent);
      free(flat);
    }
  }
  cmark_node_free(doc);
  check_reserve(c, s);
}
