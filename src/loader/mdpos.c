/* Maps Markdown positions (line and byte in the scalar's value) back to the
 * YAML file. Exact for literal block scalars (`|`), line-exact for folded
 * ones (`>`) and multi-line plain text, where YAML joins lines. */
#include <stdlib.h>
#include <string.h>

#include "mdpos.h"

static const char *line_text(const ld *c, int line, size_t *len) {
  if (line < 1 || (size_t)line > c->n_lines) {
    *len = 0;
    return "";
  }
  size_t a = c->line_start[line - 1];
  size_t b = (size_t)line < c->n_lines ? c->line_start[line] : c->len;
  while (b > a && (c->src[b - 1] == '\n' || c->src[b - 1] == '\r'))
    b--;
  *len = b - a;
  return c->src + a;
}

static int leading_spaces(const char *s, size_t len) {
  size_t i = 0;
  while (i < len && s[i] == ' ')
    i++;
  return i == len ? -1 : (int)i; /* -1: a blank line */
}

/* 1-based character column of byte offset OFF in source line LINE. */
static int char_col(mdpos *p, int line, size_t off) {
  size_t len;
  const char *s = line_text(p->c, line, &len);
  if (off > len)
    off = len;
  size_t i = 0;
  int col = 1;
  if (p->cache_line == line && p->cache_off <= off) {
    i = p->cache_off;
    col = p->cache_col;
  }
  for (; i < off; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      col++;
  p->cache_line = line;
  p->cache_off = off;
  p->cache_col = col;
  return col;
}

/* YAML folding: lines next to each other join into one value line; each
 * blank line becomes a line break; more-indented lines keep theirs. */
static void build_fold_map(mdpos *p, int first, int last, int indent,
                           int block) {
  size_t n = 1;
  for (size_t i = 0; i < p->s->len; i++)
    n += p->s->text[i] == '\n';
  p->lines = malloc(n * sizeof *p->lines);
  if (!p->lines)
    return;
  p->n_lines = n;
  for (size_t i = 0; i < n; i++)
    p->lines[i] = 0;
  size_t v = 0;
  int pending = 0, seen = 0, prev_more = 0;
  for (int l = first; l <= last && (size_t)l <= p->c->n_lines; l++) {
    size_t len;
    const char *s = line_text(p->c, l, &len);
    int lead = leading_spaces(s, len);
    if (lead < 0 && l != first) {
      pending++;
      continue;
    }
    int more = block && lead > indent;
    if (!seen || pending)
      v += (size_t)pending;
    else if (more || prev_more)
      v++;
    if (v >= n)
      break;
    if (!p->lines[v])
      p->lines[v] = l;
    seen = 1;
    pending = 0;
    prev_more = more;
  }
}

void mdpos_init(mdpos *p, const ld *c, const ynode *s) {
  memset(p, 0, sizeof *p);
  p->c = c;
  p->s = s;
  if (s->style == YN_LITERAL || s->style == YN_FOLDED) {
    int indent = 0;
    for (int l = s->line + 1; l <= s->end_line && (size_t)l <= c->n_lines; l++) {
      size_t len;
      const char *t = line_text(c, l, &len);
      if ((indent = leading_spaces(t, len)) >= 0)
        break;
    }
    p->indent = indent < 0 ? 0 : indent;
    if (s->style == YN_FOLDED)
      build_fold_map(p, s->line + 1, s->end_line, p->indent, 1);
  } else if (s->end_line > s->line) {
    build_fold_map(p, s->line, s->end_line, 0, 0);
  }
}

void mdpos_free(mdpos *p) {
  free(p->lines);
  p->lines = NULL;
}

void mdpos_map(mdpos *p, int mline, int mcol, int *line, int *col) {
  const ynode *s = p->s;
  if (mline < 1)
    mline = 1;
  if (mcol < 1)
    mcol = 1;
  if (s->style == YN_LITERAL) {
    *line = s->line + mline;
    *col = char_col(p, *line, (size_t)p->indent + (size_t)mcol - 1);
    return;
  }
  if (s->style == YN_FOLDED) /* the parser saw every line break doubled */
    mline = (mline + 1) / 2;
  int l = 0;
  if (p->lines && (size_t)mline <= p->n_lines)
    l = p->lines[mline - 1];
  if (s->style == YN_FOLDED) {
    *line = l ? l : s->line + 1;
    size_t len;
    line_text(p->c, *line, &len);
    size_t off = (size_t)p->indent + (size_t)mcol - 1;
    *col = off < len ? char_col(p, *line, off) : p->indent + 1;
    return;
  }
  /* plain or quoted: the value starts at the scalar (after a quote) */
  if (mline == 1) {
    int quote = s->style == YN_SINGLE || s->style == YN_DOUBLE;
    size_t start = 0;
    size_t len;
    const char *t = line_text(p->c, s->line, &len);
    /* byte offset of the scalar's first character */
    int ch = 1;
    while (start < len && ch < s->col) {
      start++;
      while (start < len && ((unsigned char)t[start] & 0xC0) == 0x80)
        start++;
      ch++;
    }
    *line = s->line;
    *col = char_col(p, s->line, start + (size_t)quote + (size_t)mcol - 1);
    return;
  }
  *line = l ? l : s->line;
  size_t len;
  const char *t = line_text(p->c, *line, &len);
  int lead = leading_spaces(t, len);
  *col = lead < 0 ? 1 : lead + 1;
}
