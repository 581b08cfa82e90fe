/* The layout engine: line breaking, page breaking and the display list. */
#include <stdlib.h>
#include <string.h>

#include "hyphenate.h"
#include "layout.h"
#include "present.h"

static int grow(void **p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap * 2 : 64;
  while (n < need)
    n *= 2;
  void *q = realloc(*p, n * size);
  if (!q)
    return -1;
  *p = q;
  *cap = n;
  return 0;
}

void lay_init(lay *L, lay_measure_fn measure, void *mctx, double page_w,
              double page_h, double top, double bottom, double left,
              double right, double line_spacing) {
  memset(L, 0, sizeof *L);
  L->measure = measure;
  L->mctx = mctx;
  L->page_w = page_w;
  L->page_h = page_h;
  L->top = top;
  L->bottom = bottom;
  L->left = left;
  L->right = right;
  L->line_spacing = line_spacing > 0.8 ? line_spacing : 1.2;
  L->y = top;
  L->pages = 1;
  L->at_top = 1;
  lay_geom g = {page_w, page_h, top, bottom, left, right};
  L->geom[0] = L->geom[1] = g;
  if (grow((void **)&L->land, &L->capland, 1, 1))
    L->failed = 1;
  else
    L->land[0] = 0;
  iso_buf_init(&L->text);
  /* offset 0 is the empty string */
  iso_buf_append(&L->text, "", 1);
}

void lay_free(lay *L) {
  free(L->ops);
  for (size_t i = 0; i < L->nuris; i++)
    free(L->uris[i]);
  free(L->uris);
  free(L->headings);
  free(L->boxes);
  free(L->land);
  iso_buf_free(&L->text);
}

/* Soft hyphens (U+00AD, C2 AD) stay in the text as break points (see
 * lay_break) but are neither measured nor drawn. */
static int is_shy(const char *s, size_t i, size_t len) {
  return i + 1 < len && (unsigned char)s[i] == 0xC2 &&
         (unsigned char)s[i + 1] == 0xAD;
}

double lay_width(lay *L, int font, double size, const char *s, size_t len) {
  if (!len)
    return 0;
  if (!memchr(s, 0xC2, len))
    return L->measure(L->mctx, font, size, s, len);
  double w = 0;
  size_t from = 0;
  for (size_t i = 0; i < len; i++)
    if (is_shy(s, i, len)) {
      if (i > from)
        w += L->measure(L->mctx, font, size, s + from, i - from);
      from = i + 2;
      i++;
    }
  if (len > from)
    w += L->measure(L->mctx, font, size, s + from, len - from);
  return w;
}

/* Appends S to the arena without its soft hyphens; returns the length. */
static size_t append_visible(lay *L, const char *s, size_t len) {
  if (!len || !memchr(s, 0xC2, len)) { /* no soft hyphen: most text */
    iso_buf_append(&L->text, s, len);
    return len;
  }
  size_t n = 0, from = 0;
  for (size_t i = 0; i < len; i++)
    if (is_shy(s, i, len)) {
      iso_buf_append(&L->text, s + from, i - from);
      n += i - from;
      from = i + 2;
      i++;
    }
  iso_buf_append(&L->text, s + from, len - from);
  return n + len - from;
}

double lay_line_height(const lay *L, double size) {
  return size * L->line_spacing;
}

double lay_text_width(const lay *L) {
  return (L->right - L->indent_r) - (L->left + L->indent_l);
}

double lay_remaining(const lay *L) { return L->bottom - L->y; }

/* ------------------------------------------------------------------ */
/* Display list                                                        */

lay_op *lay_push(lay *L, lay_op_kind kind, int layer) {
  if (grow((void **)&L->ops, &L->capops, L->nops + 1, sizeof(lay_op))) {
    L->failed = 1;
    return NULL;
  }
  lay_op *op = &L->ops[L->nops++];
  memset(op, 0, sizeof *op);
  op->kind = kind;
  op->layer = layer;
  op->page = L->page;
  op->ref = -1;
  if (layer) {
    L->at_top = 0;
    L->keep = 0; /* the next block has begun on this page */
  }
  return op;
}

size_t lay_intern(lay *L, const char *s, size_t len) {
  size_t off = L->text.len;
  iso_buf_append(&L->text, s, len);
  iso_buf_append(&L->text, "", 1);
  if (L->text.failed)
    L->failed = 1;
  return L->text.failed ? 0 : off;
}

const char *lay_str(const lay *L, size_t off) {
  return (const char *)L->text.data + off;
}

int lay_add_uri(lay *L, const char *uri) {
  if (grow((void **)&L->uris, &L->capuris, L->nuris + 1, sizeof(char *))) {
    L->failed = 1;
    return -1;
  }
  char *c = malloc(strlen(uri) + 1);
  if (!c) {
    L->failed = 1;
    return -1;
  }
  strcpy(c, uri);
  L->uris[L->nuris] = c;
  return (int)L->nuris++;
}

int lay_add_heading(lay *L, int level, const char *text, size_t len) {
  if (grow((void **)&L->headings, &L->capheadings, L->nheadings + 1,
           sizeof(lay_heading))) {
    L->failed = 1;
    return -1;
  }
  lay_heading *h = &L->headings[L->nheadings];
  h->level = level;
  h->page = L->page;
  h->y = L->y;
  h->text = L->text.len;
  h->len = append_visible(L, text, len);
  iso_buf_append(&L->text, "", 1);
  if (L->text.failed) {
    L->failed = 1;
    h->text = 0;
  }
  return (int)L->nheadings++;
}

void lay_text(lay *L, double x, double baseline, int font, double size,
              uint32_t color, const char *s, size_t len) {
  size_t off = L->text.len;
  len = append_visible(L, s, len);
  iso_buf_append(&L->text, "", 1);
  if (L->text.failed) {
    L->failed = 1;
    off = 0;
  }
  lay_op *op = lay_push(L, LAY_OP_TEXT, 1);
  if (!op)
    return;
  op->x = x;
  op->y = baseline;
  op->font = font;
  op->size = size;
  op->color = color;
  op->text = off;
  op->len = len;
}

void lay_rect(lay *L, int layer, double x, double y, double w, double h,
              uint32_t color) {
  lay_op *op = lay_push(L, LAY_OP_RECT, layer);
  if (!op)
    return;
  op->x = x;
  op->y = y;
  op->w = w;
  op->h = h;
  op->color = color;
}

void lay_rule(lay *L, double x, double y, double w, double h, double width,
              uint32_t color) {
  lay_op *op = lay_push(L, LAY_OP_LINE, 1);
  if (!op)
    return;
  op->x = x;
  op->y = y;
  op->w = w;
  op->h = h;
  op->line_width = width;
  op->color = color;
}

/* ------------------------------------------------------------------ */
/* Pages and boxes                                                     */

static void box_segment(lay *L, const lay_box *b, double bottom) {
  if (bottom <= b->top)
    return;
  /* drawn on the box's page even when the cursor has moved on */
  int page = L->page;
  L->page = b->page;
  lay_rect(L, 0, b->x, b->top, b->w, bottom - b->top, b->fill);
  if (b->border != 0xFFFFFFFFu)
    lay_rect(L, 0, b->x, b->top, ISO_PR_CALLOUT_BAR, bottom - b->top, b->border);
  L->page = page;
}

lay_mark lay_mark_here(const lay *L) {
  /* a heading right under a kept heading: the two keep together */
  if (L->keep && L->keep_from.page == L->page)
    return L->keep_from;
  lay_mark m = {L->nops, L->nheadings, L->y, L->page};
  return m;
}

void lay_keep(lay *L, lay_mark m) {
  /* a heading at the top of its page has nowhere better to go */
  L->keep = m.page == L->page && m.y > L->top + 0.01;
  L->keep_from = m;
}

/* Moves what was placed since the kept mark to the top of page PAGE,
 * returning how far down the page the cursor then stands. */
static double move_kept(lay *L, int page) {
  const lay_mark *m = &L->keep_from;
  double dy = L->top - m->y;
  for (size_t i = m->op; i < L->nops; i++)
    if (L->ops[i].page == m->page) {
      L->ops[i].page = page;
      L->ops[i].y += dy;
    }
  for (size_t i = m->heading; i < L->nheadings; i++)
    if (L->headings[i].page == m->page) {
      L->headings[i].page = page;
      L->headings[i].y += dy;
    }
  L->keep = 0;
  return L->y - m->y;
}

/* The current page takes the current orientation's geometry. */
static void page_geom(lay *L) {
  const lay_geom *g = &L->geom[L->landscape];
  L->page_w = g->page_w;
  L->page_h = g->page_h;
  L->top = g->top;
  L->bottom = g->bottom;
  L->left = g->left;
  L->right = g->right;
  if (grow((void **)&L->land, &L->capland, (size_t)L->page + 1, 1))
    L->failed = 1;
  else
    L->land[L->page] = (unsigned char)L->landscape;
}

void lay_set_geom(lay *L, int landscape, lay_geom g) {
  L->geom[landscape != 0] = g;
  if ((landscape != 0) == L->landscape) {
    page_geom(L);
    if (L->at_top)
      L->y = L->top;
  }
}

void lay_turn(lay *L, int landscape) {
  landscape = landscape != 0;
  if (landscape == L->landscape)
    return;
  L->keep = 0;
  L->landscape = landscape;
  if (!L->at_top) {
    lay_new_page(L);
    return;
  }
  page_geom(L);
  L->y = L->top;
}

int lay_page_landscape(const lay *L, int p) {
  return p >= 0 && (size_t)p < L->capland && p < L->pages ? L->land[p] : 0;
}

const lay_geom *lay_page_geom(const lay *L, int p) {
  return &L->geom[lay_page_landscape(L, p)];
}

void lay_new_page(lay *L) {
  double kept = 0;
  int moving = L->keep && L->keep_from.page == L->page && !L->nboxes;
  if (moving)
    kept = move_kept(L, L->page + 1);
  L->keep = 0;
  for (size_t i = 0; i < L->nboxes; i++)
    box_segment(L, &L->boxes[i], L->bottom);
  L->page++;
  if (L->page + 1 > L->pages)
    L->pages = L->page + 1;
  page_geom(L);
  L->y = L->top;
  L->at_top = 1;
  for (size_t i = 0; i < L->nboxes; i++) {
    L->boxes[i].page = L->page;
    L->boxes[i].top = L->top;
  }
  if (L->nboxes)
    L->y += L->boxes[L->nboxes - 1].pad;
  if (moving) {
    L->y += kept;
    L->at_top = 0;
  }
}

int lay_need(lay *L, double h) {
  if (L->at_top || L->y + h <= L->bottom + 0.01)
    return 0;
  lay_new_page(L);
  return 1;
}

void lay_space(lay *L, double h) {
  if (L->at_top)
    return;
  L->y += h;
  if (L->y > L->bottom)
    L->y = L->bottom;
}

void lay_box_open(lay *L, double x, double w, uint32_t fill, uint32_t border,
                  double pad, double pad_bottom) {
  if (grow((void **)&L->boxes, &L->capboxes, L->nboxes + 1, sizeof(lay_box))) {
    L->failed = 1;
    return;
  }
  lay_box *b = &L->boxes[L->nboxes++];
  b->x = x;
  b->w = w;
  b->fill = fill;
  b->border = border;
  b->page = L->page;
  b->top = L->y;
  b->pad = pad;
  b->pad_bottom = pad_bottom;
  L->y += pad;
}

void lay_box_close(lay *L) {
  if (!L->nboxes)
    return;
  lay_box *b = &L->boxes[--L->nboxes];
  double bottom = L->y + b->pad_bottom;
  if (bottom > L->bottom)
    bottom = L->bottom;
  box_segment(L, b, bottom);
  L->y = bottom;
  L->at_top = 0;
}

void lay_set_marker(lay *L, const char *s, size_t len, int font, double size,
                    uint32_t color, double x) {
  L->marker = s;
  L->marker_len = len;
  L->marker_font = font;
  L->marker_size = size;
  L->marker_color = color;
  L->marker_x = x;
}

/* ------------------------------------------------------------------ */
/* Line breaking                                                       */

void lay_lines_free(lay_lines *ls) {
  free(ls->frags);
  free(ls->lines);
  memset(ls, 0, sizeof *ls);
}

static int add_frag(lay_lines *ls, size_t span, size_t off, size_t len,
                    double w, int space) {
  if (grow((void **)&ls->frags, &ls->capfrags, ls->nfrags + 1,
           sizeof(lay_frag)))
    return -1;
  lay_frag *f = &ls->frags[ls->nfrags++];
  f->span = span;
  f->off = off;
  f->len = len;
  f->w = w;
  f->space = space;
  f->hyph = 0;
  return 0;
}

/* Splits every span into runs of spaces and runs without (a hard break is
 * one fragment with space = 2). */
static int fragment(lay *L, const lay_span *spans, size_t n, const char *text,
                    lay_lines *out) {
  for (size_t s = 0; s < n; s++) {
    const lay_span *sp = &spans[s];
    if (sp->hard_break) {
      if (add_frag(out, s, sp->off, 0, 0, 2))
        return -1;
      continue;
    }
    size_t i = sp->off, end = sp->off + sp->len;
    while (i < end) {
      int space = !sp->keep_spaces && text[i] == ' ';
      size_t j = i;
      while (j < end && (!sp->keep_spaces && text[j] == ' ') == space)
        j++;
      double w = lay_width(L, sp->font, sp->size, text + i, j - i);
      if (add_frag(out, s, i, j - i, w, space))
        return -1;
      i = j;
    }
  }
  return 0;
}

typedef struct breaker {
  lay *L;
  const lay_span *spans;
  const char *text;
  double width;
  lay_lines *out; /* lines are built here */
  lay_frag *in;   /* the unbroken fragments */
  size_t nin;
  int open;       /* a line is open */
  double w;       /* its width so far */
} breaker;

static int line_open(breaker *b) {
  lay_lines *o = b->out;
  if (grow((void **)&o->lines, &o->caplines, o->nlines + 1, sizeof(lay_line)))
    return -1;
  lay_line *ln = &o->lines[o->nlines++];
  ln->first = o->nfrags;
  ln->count = 0;
  ln->width = 0;
  ln->size = 0;
  b->open = 1;
  b->w = 0;
  return 0;
}

static void line_close(breaker *b) {
  lay_line *ln = &b->out->lines[b->out->nlines - 1];
  /* trailing spaces neither count nor get drawn */
  while (ln->count && b->out->frags[ln->first + ln->count - 1].space)
    ln->count--;
  b->out->nfrags = ln->first + ln->count;
  ln->width = 0;
  for (size_t i = 0; i < ln->count; i++) {
    const lay_frag *f = &b->out->frags[ln->first + i];
    ln->width += f->w;
    double sz = b->spans[f->span].size;
    if (sz > ln->size)
      ln->size = sz;
  }
  b->open = 0;
}

static int put(breaker *b, const lay_frag *f) {
  if (!b->open && line_open(b))
    return -1;
  lay_line *ln = &b->out->lines[b->out->nlines - 1];
  if (add_frag(b->out, f->span, f->off, f->len, f->w, f->space))
    return -1;
  b->out->frags[b->out->nfrags - 1].hyph = f->hyph;
  ln->count++;
  b->w += f->w;
  if (b->spans[f->span].size > ln->size)
    ln->size = b->spans[f->span].size;
  return 0;
}

/* A word wider than a line: split it between characters. W holds its N
 * fragments. */
static int put_long_word(breaker *b, const lay_frag *w, size_t n) {
  for (size_t k = 0; k < n; k++) {
    const lay_frag *f = &w[k];
    const lay_span *sp = &b->spans[f->span];
    size_t start = f->off, i = f->off, end = f->off + f->len;
    double pw = 0;
    while (i < end) {
      size_t cl = 1;
      unsigned char c = (unsigned char)b->text[i];
      if (c >= 0xF0)
        cl = 4;
      else if (c >= 0xE0)
        cl = 3;
      else if (c >= 0xC0)
        cl = 2;
      if (i + cl > end)
        cl = end - i;
      double cw = lay_width(b->L, sp->font, sp->size, b->text + i, cl);
      if (b->open && b->w + pw + cw > b->width && b->w + pw > 0) {
        if (i > start) {
          lay_frag piece = {f->span, start, i - start, pw, 0, 0};
          if (put(b, &piece))
            return -1;
        }
        line_close(b);
        if (line_open(b))
          return -1;
        start = i;
        pw = 0;
      }
      if (!b->open && line_open(b))
        return -1;
      pw += cw;
      i += cl;
    }
    if (i > start) {
      lay_frag piece = {f->span, start, i - start, pw, 0, 0};
      if (put(b, &piece))
        return -1;
    }
  }
  return 0;
}

/* A word being placed: its fragments (the first one cut short once a part
 * went on an earlier line) and its dictionary break points, as offsets into
 * the text. */
#define WORD_FRAGS 16
#define WORD_POINTS 32
typedef struct word {
  lay_frag f[WORD_FRAGS];
  size_t n;
  size_t pts[WORD_POINTS];
  size_t npts;
} word;

/* Whether words of span SP are hyphenated: not headings (LibreOffice and
 * Word leave them whole, and so do our DOCX and ODT) nor code. */
static int span_hyphenates(const lay_span *sp) {
  return !sp->keep_spaces && !sp->hard_break && !(sp->font & LAY_HEAD) &&
         !(sp->font & LAY_MONO);
}

/* The break points of the word in fragments IN[0..N) (none when it cannot
 * be hyphenated), into W with the fragments. */
static void word_init(breaker *b, const lay_frag *in, size_t n, word *w) {
  w->n = 0;
  w->npts = 0;
  if (n > WORD_FRAGS)
    return;
  memcpy(w->f, in, n * sizeof *in);
  w->n = n;
  char buf[ISO_HYPHEN_MAX_WORD + 1];
  size_t len = 0;
  int dict = b->L->hyphenate;
  for (size_t k = 0; k < n; k++) {
    const lay_span *sp = &b->spans[in[k].span];
    if (sp->keep_spaces || len + in[k].len > ISO_HYPHEN_MAX_WORD)
      return;
    dict = dict && span_hyphenates(sp);
    memcpy(buf + len, b->text + in[k].off, in[k].len);
    len += in[k].len;
  }
  size_t pts[WORD_POINTS], np = 0;
  int soft = 0;
  for (size_t i = 0; i < len; i++)
    if (is_shy(buf, i, len)) {
      soft = 1;
      /* the author's break points, and only those (as in LibreOffice),
       * headings included */
      if (i > 0 && i + 2 < len && np < WORD_POINTS)
        pts[np++] = i + 2;
    }
  if (!soft && dict)
    np = iso_hyphen_points(b->L->lang, buf, len, pts, WORD_POINTS);
  /* from offsets in BUF to offsets in the text */
  size_t k = 0, at = 0;
  for (size_t p = 0; p < np; p++) {
    while (k < n && pts[p] >= at + in[k].len)
      at += in[k++].len;
    if (k == n)
      break;
    w->pts[w->npts++] = in[k].off + (pts[p] - at);
  }
}

static double word_width(const word *w) {
  double s = 0;
  for (size_t k = 0; k < w->n; k++)
    s += w->f[k].w;
  return s;
}

/* The last break point of W whose part before it and a hyphen fit AVAIL:
 * its index in W->pts, or -1. *FRAG is the fragment it falls in, *PW the
 * width of that fragment's part with the hyphen. */
static long word_fit(breaker *b, const word *w, double avail, size_t *frag,
                     double *pw) {
  double before = 0; /* whole fragments before fragment k */
  size_t k = 0;
  long best = -1;
  for (size_t p = 0; p < w->npts; p++) {
    size_t at = w->pts[p];
    while (k < w->n && at >= w->f[k].off + w->f[k].len)
      before += w->f[k++].w;
    if (k == w->n)
      break;
    const lay_frag *f = &w->f[k];
    if (at <= f->off) { /* a point at a fragment's start: not after a cut */
      if (at < f->off || k == 0)
        continue;
    }
    const lay_span *sp = &b->spans[f->span];
    double part = lay_width(b->L, sp->font, sp->size, b->text + f->off,
                            at - f->off) +
                  lay_width(b->L, sp->font, sp->size, "-", 1);
    if (at == f->off) { /* the hyphen goes after the fragment before */
      const lay_span *pv = &b->spans[w->f[k - 1].span];
      part = lay_width(b->L, pv->font, pv->size, "-", 1);
    }
    if (before + part > avail)
      break; /* widths grow with the point */
    best = (long)p;
    *frag = k;
    *pw = part;
  }
  return best;
}

/* Puts the part of W before break point P (see word_fit) on the line, with
 * a hyphen, and keeps the rest in W. */
static int word_put_part(breaker *b, word *w, long p, size_t k, double pw) {
  size_t at = w->pts[p];
  lay_frag *f = &w->f[k];
  for (size_t m = 0; m < k; m++) {
    lay_frag g = w->f[m];
    if (m + 1 == k && at == f->off) {
      g.hyph = 1;
      g.w += pw;
    }
    if (put(b, &g))
      return -1;
  }
  if (at > f->off) {
    lay_frag g = *f;
    g.len = at - f->off;
    g.w = pw;
    g.hyph = 1;
    if (put(b, &g))
      return -1;
    const lay_span *sp = &b->spans[f->span];
    f->len -= at - f->off;
    f->off = at;
    f->w = lay_width(b->L, sp->font, sp->size, b->text + f->off, f->len);
  }
  memmove(w->f, w->f + k, (w->n - k) * sizeof *w->f);
  w->n -= k;
  memmove(w->pts, w->pts + p + 1, (w->npts - (size_t)p - 1) * sizeof *w->pts);
  w->npts -= (size_t)p + 1;
  return 0;
}

/* Places the word of fragments IN[0..N): whole on this line or the next,
 * else hyphenated at the last break point that fits (again on each line
 * for what is left), else between characters. */
static int put_word(breaker *b, const lay_frag *in, size_t n) {
  double ww = 0;
  for (size_t m = 0; m < n; m++)
    ww += in[m].w;
  /* a word that fits needs no break points: asking the dictionary for every
   * word was two thirds of a Finnish document's time (libvoikko) */
  if (ww <= b->width - (b->open ? b->w : 0)) {
    for (size_t m = 0; m < n; m++)
      if (put(b, &in[m]))
        return -1;
    return 0;
  }
  word w;
  word_init(b, in, n, &w);
  if (w.n == 0) { /* too many fragments to track: as before hyphenation */
    if (b->open && b->w > 0 && b->w + ww > b->width)
      line_close(b);
    if (ww <= b->width - (b->open ? b->w : 0)) {
      for (size_t m = 0; m < n; m++)
        if (put(b, &in[m]))
          return -1;
      return 0;
    }
    return put_long_word(b, in, n);
  }
  for (;;) {
    double avail = b->width - (b->open ? b->w : 0);
    if (word_width(&w) <= avail) {
      for (size_t m = 0; m < w.n; m++)
        if (put(b, &w.f[m]))
          return -1;
      return 0;
    }
    size_t k = 0;
    double pw = 0;
    long p = word_fit(b, &w, avail, &k, &pw);
    if (p >= 0) {
      if (word_put_part(b, &w, p, k, pw))
        return -1;
      line_close(b);
      continue;
    }
    if (b->open && b->w > 0) {
      line_close(b);
      continue;
    }
    return put_long_word(b, w.f, w.n);
  }
}

/* Whether the word of fragments IN[0..N) would start on this line after
 * spaces of width SW: whole, or its first part before a hyphen. */
static int word_starts_here(breaker *b, const lay_frag *in, size_t n,
                            double sw) {
  double avail = b->width - b->w - sw, ww = 0;
  for (size_t m = 0; m < n; m++)
    ww += in[m].w;
  if (ww <= avail)
    return 1;
  word w;
  word_init(b, in, n, &w);
  size_t k;
  double pw;
  return w.npts && word_fit(b, &w, avail, &k, &pw) >= 0;
}

int lay_break(lay *L, const lay_span *spans, size_t nspans, const char *text,
              double width, lay_lines *out) {
  lay_lines in = {0};
  out->nfrags = 0;
  out->nlines = 0;
  if (L->failed) /* after running out of memory the text may be missing */
    return -1;
  if (fragment(L, spans, nspans, text, &in)) {
    lay_lines_free(&in);
    return -1;
  }
  breaker b = {L, spans, text, width, out, in.frags, in.nfrags, 0, 0};
  int rc = 0;
  size_t i = 0;
  while (i < b.nin && rc == 0) {
    const lay_frag *f = &b.in[i];
    if (f->space == 2) { /* hard break: ends the line, even an empty one */
      if (!b.open)
        rc = line_open(&b);
      if (rc == 0) {
        lay_line *ln = &out->lines[out->nlines - 1];
        if (spans[f->span].size > ln->size)
          ln->size = spans[f->span].size;
        line_close(&b);
        /* an empty line still needs its height */
        if (out->lines[out->nlines - 1].size < spans[f->span].size)
          out->lines[out->nlines - 1].size = spans[f->span].size;
      }
      i++;
      continue;
    }
    if (f->space) { /* spaces are kept only between words on a line */
      size_t j = i;
      double sw = 0;
      while (j < b.nin && b.in[j].space == 1)
        sw += b.in[j++].w;
      size_t k = j;
      while (k < b.nin && !b.in[k].space)
        k++;
      if (b.open && b.w > 0 && k > j &&
          word_starts_here(&b, b.in + j, k - j, sw)) {
        for (size_t m = i; m < j && rc == 0; m++)
          rc = put(&b, &b.in[m]);
      } else if (b.open && b.w > 0 && k > j) {
        line_close(&b);
      }
      i = j;
      continue;
    }
    size_t k = i;
    while (k < b.nin && !b.in[k].space)
      k++;
    rc = put_word(&b, b.in + i, k - i);
    i = k;
  }
  if (rc == 0 && b.open)
    line_close(&b);
  lay_lines_free(&in);
  return rc;
}

double lay_lines_height(const lay *L, const lay_lines *ls, size_t from,
                        size_t n) {
  double h = 0;
  for (size_t i = from; i < from + n && i < ls->nlines; i++)
    h += lay_line_height(L, ls->lines[i].size);
  return h;
}

static int same_style(const lay_span *a, const lay_span *b) {
  return a->font == b->font && a->size == b->size && a->color == b->color &&
         a->link == b->link && a->underline == b->underline;
}

void lay_emit_line(lay *L, const lay_span *spans, const char *text,
                   const lay_lines *ls, size_t li, double x, double y) {
  const lay_line *ln = &ls->lines[li];
  double lh = lay_line_height(L, ln->size);
  double base = y + lh / 2 + 0.33 * ln->size;
  if (L->marker) {
    lay_text(L, L->marker_x, base, L->marker_font, L->marker_size,
             L->marker_color, L->marker, L->marker_len);
    L->marker = NULL;
  }
  size_t i = 0;
  double cx = x;
  while (i < ln->count) {
    const lay_frag *f = &ls->frags[ln->first + i];
    const lay_span *sp = &spans[f->span];
    /* one text operation for a run of fragments in the same style */
    size_t off = L->text.len;
    double w = 0;
    size_t j = i, len = 0;
    while (j < ln->count) {
      const lay_frag *g = &ls->frags[ln->first + j];
      if (g->len == 0) {
        j++;
        continue;
      }
      if (!same_style(&spans[g->span], sp))
        break;
      len += append_visible(L, text + g->off, g->len);
      if (g->hyph) { /* drawn, and measured in g->w */
        iso_buf_append(&L->text, "-", 1);
        len++;
      }
      w += g->w;
      j++;
    }
    iso_buf_append(&L->text, "", 1);
    if (L->text.failed)
      L->failed = 1;
    if (len) {
      lay_op *op = lay_push(L, LAY_OP_TEXT, 1);
      if (op) {
        op->x = cx;
        op->y = base;
        op->font = sp->font;
        op->size = sp->size;
        op->color = sp->color;
        op->text = off;
        op->len = len;
      }
      if (sp->underline)
        lay_rule(L, cx, base + sp->size * 0.12, w, 0, sp->size * 0.06,
                 sp->color);
      if (sp->link >= 0) {
        lay_op *a = lay_push(L, LAY_OP_URI, 1);
        if (a) {
          a->x = cx;
          a->y = y;
          a->w = w;
          a->h = lh;
          a->ref = sp->link;
        }
      }
    }
    cx += w;
    i = j > i ? j : i + 1;
  }
  L->at_top = 0;
}

int lay_paragraph(lay *L, const lay_span *spans, size_t nspans,
                  const char *text) {
  lay_lines ls = {0};
  double x = L->left + L->indent_l;
  if (lay_break(L, spans, nspans, text, lay_text_width(L), &ls)) {
    lay_lines_free(&ls);
    L->failed = 1;
    return -1;
  }
  /* no single first line at the bottom of a page */
  lay_need(L, lay_lines_height(L, &ls, 0, ls.nlines < 2 ? ls.nlines : 2));
  size_t on_page = 0;
  for (size_t i = 0; i < ls.nlines; i++) {
    double h = lay_lines_height(L, &ls, i, 1);
    /* nor a single last line at the top of the next: the one before it
     * goes along when the page keeps at least two */
    if (i + 2 == ls.nlines && on_page >= 3 && L->y + h <= L->bottom + 0.01 &&
        L->y + h + lay_lines_height(L, &ls, i + 1, 1) > L->bottom + 0.01)
      lay_new_page(L);
    if (lay_need(L, h))
      on_page = 0;
    if (L->at_top)
      on_page = 0;
    lay_emit_line(L, spans, text, &ls, i, x, L->y);
    L->y += h;
    on_page++;
  }
  lay_lines_free(&ls);
  return 0;
}
