/* The document tree into the layout engine: title block, sections, blocks,
 * the table of contents and the closing approval block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "inline.h"
#include "table.h"

static const lay_style *body_style(lay_doc *c, lay_style *st) {
  st->family = LAY_BODY;
  st->style = 0;
  st->size = c->t->size_body;
  st->color = c->c_text;
  st->link = -1;
  return st;
}

static double body_line(lay_doc *c) {
  return lay_line_height(&c->L, c->t->size_body);
}

/* Lays out the spans collected in c->sp as one paragraph. */
static void flush(lay_doc *c) {
  if (c->sp.n)
    lay_paragraph(&c->L, c->sp.v, c->sp.n, (const char *)c->sp.text.data);
  lay_spans_reset(&c->sp);
}

/* A paragraph of ROLE with its space above and below (present.h). */
static void para_spaced(lay_doc *c, iso_pr_role role, int level) {
  iso_pr_para sp = iso_pr_para_space(c->t, role, level);
  lay_space(&c->L, sp.before);
  flush(c);
  lay_space(&c->L, sp.after);
}

static void paragraph(lay_doc *c, const iso_node *p) {
  lay_style st;
  lay_inlines(c, &c->sp, p, body_style(c, &st));
  para_spaced(c, ISO_PR_BODY, 0);
}

static void blocks(lay_doc *c, const iso_node *first);

/* ------------------------------------------------------------------ */
/* Lists                                                               */

static void list(lay_doc *c, const iso_node *l, int depth) {
  lay *L = &c->L;
  int ordered = iso_node_get_list_ordered(l);
  int num = iso_node_get_list_start(l);
  double size = c->t->size_body;
  /* the hanging indent fits the widest number of this list */
  int count = 0;
  for (const iso_node *it = iso_node_first_child(l); it; it = iso_node_next(it))
    count++;
  /* the widest marker of this list (roman numerals are not widest last) */
  double widest = 0;
  for (int i = 0; ordered && i < count; i++) {
    char mk[32];
    iso_pr_list_marker(1, depth, num + i, mk);
    double w = lay_width(L, LAY_BODY, size, mk, strlen(mk));
    if (w > widest)
      widest = w;
  }
  double hang = ordered ? widest + 6 : size * 1.3;
  if (hang < size * 1.3)
    hang = size * 1.3;
  double orig_l = L->indent_l, save_l = orig_l;
  /* very deep nesting stops indenting at half the text width */
  double max_l = (L->right - L->left - L->indent_r) / 2;
  if (save_l + hang > max_l && max_l > hang)
    save_l = max_l - hang;
  for (const iso_node *it = iso_node_first_child(l); it; it = iso_node_next(it)) {
    char m[32];
    iso_pr_list_marker(ordered, depth, num++, m);
    double mx = L->left + save_l;
    size_t off = lay_intern(L, m, strlen(m));
    lay_set_marker(L, lay_str(L, off), strlen(m), LAY_BODY, size, c->c_text, mx);
    L->indent_l = save_l + hang;
    for (const iso_node *b = iso_node_first_child(it); b; b = iso_node_next(b)) {
      switch (iso_node_get_type(b)) {
      case ISO_NODE_PARAGRAPH: {
        lay_style st;
        lay_inlines(c, &c->sp, b, body_style(c, &st));
        para_spaced(c, ISO_PR_LIST_ITEM, depth);
        break;
      }
      case ISO_NODE_LIST:
        list(c, b, depth + 1);
        break;
      default:
        blocks(c, b);
        break;
      }
    }
    L->marker = NULL; /* an empty item */
    L->indent_l = orig_l;
  }
}

/* ------------------------------------------------------------------ */
/* Code blocks and call-outs                                           */

static void code_block(lay_doc *c, const iso_node *n) {
  lay *L = &c->L;
  const char *s = iso_node_get_literal(n);
  size_t len = s ? strlen(s) : 0;
  while (len && s[len - 1] == '\n')
    len--;
  size_t clen = 0;
  char *clean = lay_clean(c, LAY_MONO, s ? s : "", len, 1, n, c->d,
                               &clen);
  if (!clean) {
    L->failed = 1;
    return;
  }
  double size = c->t->size_code;
  double x = L->left + L->indent_l;
  lay_space(L, c->t->space_before);
  lay_need(L, 2 * lay_line_height(L, size) + 12);
  lay_box_open(L, x, lay_text_width(L), 0xF3F4F6, 0xFFFFFFFFu, 5, 5);
  L->indent_l += 6;
  L->indent_r += 6;
  /* each source line a paragraph whose spaces never break (tabs to 4) */
  size_t i = 0;
  iso_buf line;
  iso_buf_init(&line);
  while (i <= clen) {
    size_t j = i;
    line.len = 0;
    int col = 0;
    while (j < clen && clean[j] != '\n') {
      if (clean[j] == '\t') {
        do
          iso_buf_append(&line, " ", 1);
        while (++col % 4);
      } else {
        iso_buf_append(&line, clean + j, 1);
        if (((unsigned char)clean[j] & 0xC0) != 0x80)
          col++;
      }
      j++;
    }
    if (line.failed) { /* a line lost to memory must fail the document */
      L->failed = 1;
      break;
    }
    lay_span sp = {LAY_MONO, size, c->c_text, -1, 0, 0, 1, 0, line.len};
    if (line.len == 0) {
      sp.hard_break = 1;
    }
    lay_paragraph(L, &sp, 1, line.data ? (const char *)line.data : "");
    i = j + 1;
  }
  iso_buf_free(&line);
  free(clean);
  L->indent_l -= 6;
  L->indent_r -= 6;
  lay_box_close(L);
  lay_space(L, c->t->space_after);
}

static void callout(lay_doc *c, const iso_node *n) {
  lay *L = &c->L;
  iso_pr_callout s = iso_pr_callout_style(c->t, c->m->language,
                                         iso_node_get_callout(n));
  iso_pr_box bx = iso_pr_callout_box(c->t);
  double x = L->left + L->indent_l;
  lay_space(L, bx.before);
  lay_need(L, 3 * body_line(c) + bx.pad_top + bx.pad_bottom + bx.para_after);
  lay_box_open(L, x, lay_text_width(L), lay_color(s.fill), lay_color(s.bar),
               bx.pad_top, bx.pad_bottom);
  L->indent_l += ISO_PR_CALLOUT_BAR + bx.pad_left;
  L->indent_r += bx.pad_right;
  lay_spans_add(c, &c->sp, LAY_BODY | LAY_BOLD, c->t->size_body, c->c_head,
                s.label, strlen(s.label), n);
  flush(c);
  L->y += bx.title_after;
  for (const iso_node *b = iso_node_first_child(n); b; b = iso_node_next(b)) {
    if (iso_node_get_type(b) == ISO_NODE_PARAGRAPH) {
      lay_style st;
      lay_inlines(c, &c->sp, b, body_style(c, &st));
      flush(c);
      L->y += bx.para_after;
    } else if (iso_node_get_type(b) == ISO_NODE_LIST) {
      list(c, b, 1);
    } else {
      blocks(c, b);
    }
  }
  L->indent_l -= ISO_PR_CALLOUT_BAR + bx.pad_left;
  L->indent_r -= bx.pad_right;
  lay_box_close(L);
  lay_space(L, bx.after);
}

/* ------------------------------------------------------------------ */
/* Images                                                              */

static int add_image(lay_doc *c, const iso_image *img, const iso_node *n) {
  for (size_t i = 0; i < c->nimages; i++)
    if (c->images[i].img == img)
      return (int)i;
  if (c->nimages == c->capimages) {
    size_t cap = c->capimages ? c->capimages * 2 : 8;
    lay_image *v = realloc(c->images, cap * sizeof *v);
    if (!v)
      return -1;
    c->images = v;
    c->capimages = cap;
  }
  c->images[c->nimages].img = img;
  c->images[c->nimages].node = n;
  return (int)c->nimages++;
}

static void image_op(lay_doc *c, int ref, double x, double y, double w,
                     double h) {
  lay_op *op = lay_push(&c->L, LAY_OP_IMAGE, 1);
  if (op) {
    op->x = x;
    op->y = y;
    op->w = w;
    op->h = h;
    op->ref = ref;
  }
}

static void image(lay_doc *c, const iso_node *n) {
  lay *L = &c->L;
  const iso_image *img = iso_node_get_image(n);
  const iso_image_info *info = img ? &img->info : NULL;
  if (!info || info->width_px <= 0 || info->height_px <= 0 ||
      info->format == ISO_IMAGE_NONE) {
    iso_diag_add(c->d, ISO_SEV_WARNING, iso_node_file(n), iso_node_line(n),
                 iso_node_column(n), "image without a readable size; left out");
    return;
  }
  double tw = lay_text_width(L);
  double pct = iso_node_get_width_pct(n);
  double w;
  if (pct > 0) {
    w = tw * (pct > 100 ? 100 : pct) / 100.0;
  } else {
    double dpi = info->dpi_x > 0 ? info->dpi_x : 96;
    w = info->width_px * 72.0 / dpi;
    if (w > tw)
      w = tw;
  }
  double h = w * info->height_px / info->width_px;
  double maxh = (L->bottom - L->top) * 0.8;
  if (h > maxh) {
    w *= maxh / h;
    h = maxh;
  }
  const char *cap = iso_node_get_caption(n);
  char label[160];
  lay_spans_reset(&c->sp);
  if (cap) {
    snprintf(label, sizeof label, "%s %d: ",
             iso_label(c->m->language, ISO_L_FIGURE), ++c->figures);
    lay_spans_add(c, &c->sp, LAY_BODY | LAY_BOLD, c->t->size_small + 1,
                  c->c_text, label, strlen(label), n);
    lay_spans_add(c, &c->sp, LAY_BODY | LAY_ITALIC, c->t->size_small + 1,
                  c->c_text, cap, strlen(cap), n);
  }
  lay_space(L, c->t->space_before + 4);
  lay_need(L, h + (cap ? 2 * lay_line_height(L, c->t->size_small + 1) : 0));
  int ref = add_image(c, img, n);
  if (ref < 0) {
    L->failed = 1;
    return;
  }
  double x = L->left + L->indent_l + (tw - w) / 2;
  image_op(c, ref, x, L->y, w, h);
  L->y += h + 4;
  /* the caption centred under the image */
  lay_lines ls = {0};
  if (c->sp.n && lay_break(L, c->sp.v, c->sp.n, (const char *)c->sp.text.data,
                           tw, &ls))
    L->failed = 1;
  for (size_t i = 0; i < ls.nlines; i++) {
    double lh = lay_lines_height(L, &ls, i, 1);
    lay_need(L, lh);
    lay_emit_line(L, c->sp.v, (const char *)c->sp.text.data, &ls, i,
                  L->left + L->indent_l + (tw - ls.lines[i].width) / 2, L->y);
    L->y += lh;
  }
  lay_lines_free(&ls);
  lay_spans_reset(&c->sp);
  lay_space(L, c->t->space_after + 4);
}

/* ------------------------------------------------------------------ */
/* Headings and the table of contents                                  */

static char *plain(lay_doc *c, const iso_node *n, int font) {
  char *t = iso_node_plain_text(n);
  size_t len;
  /* no diagnostics: the visible heading warns about its characters */
  char *clean = t ? lay_clean(c, font, t, strlen(t), 0, n, NULL, &len)
                  : NULL;
  free(t);
  if (!clean)
    c->L.failed = 1;
  return clean;
}

/* The rule under a chapter heading and the space below the heading. */
static void heading_rule(lay_doc *c, const iso_pr_para *sp) {
  lay *L = &c->L;
  if (sp->rule > 0)
    lay_rule(L, L->left + L->indent_l, L->y + sp->rule_gap + sp->rule / 2,
             lay_text_width(L), 0, sp->rule, c->c_accent);
  L->y += sp->rule_gap + sp->rule;
  lay_space(L, sp->after);
}

static void heading(lay_doc *c, const iso_node *h, const iso_node *next) {
  lay *L = &c->L;
  int level = iso_node_get_level(h);
  if (level < 1)
    level = 1;
  if (level > 6)
    level = 6;
  double size = c->t->size_heading[level - 1];
  lay_style st = {LAY_HEAD, LAY_BOLD, size, c->c_head, -1};
  lay_heading_number(c, LAY_HEAD | LAY_BOLD, size, c->c_head, h);
  lay_inlines(c, &c->sp, h, &st);
  lay_lines ls = {0};
  if (lay_break(L, c->sp.v, c->sp.n, (const char *)c->sp.text.data,
                lay_text_width(L), &ls))
    L->failed = 1;
  double hh = lay_lines_height(L, &ls, 0, ls.nlines);
  lay_lines_free(&ls);
  /* keep with next: the heading moves with the start of what follows
   * (lay_keep), as DOCX's keepNext and ODT's keep-with-next do; a heading
   * right before a subsection's heading needs room for that one too and two
   * lines of its text, since the keep only reaches the next block */
  double next_h = 0;
  if (next && iso_node_get_type(next) == ISO_NODE_SECTION) {
    iso_pr_para sub = iso_pr_para_space(c->t, ISO_PR_HEADING, level + 1);
    next_h = sub.before + sub.line + sub.rule_gap + sub.rule + sub.after +
             2 * body_line(c);
  }
  iso_pr_para sp = iso_pr_para_space(c->t, ISO_PR_HEADING, level);
  lay_space(L, sp.before);
  lay_need(L, hh + sp.rule_gap + sp.rule + sp.after + next_h);
  lay_mark from = lay_mark_here(L);
  char *text = plain(c, h, LAY_HEAD | LAY_BOLD);
  lay_add_heading(L, level, text ? text : "", text ? strlen(text) : 0);
  free(text);
  flush(c);
  heading_rule(c, &sp);
  lay_keep(L, from);
}

static char *copy(lay_doc *c, const char *s) {
  size_t len = strlen(s);
  char *p = malloc(len + 1);
  if (p)
    memcpy(p, s, len + 1);
  else
    c->L.failed = 1;
  return p;
}

/* The headings of the contents: the tree's, then the closing block's, the
 * same entries as the DOCX and ODT contents list. */
static void toc_collect(lay_doc *c) {
  size_t n = 0;
  iso_iter it;
  iso_iter_init(&it, c->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER &&
        iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_HEADING)
      n++;
  iso_pr_heading closing[ISO_PR_CLOSING_MAX];
  int nclosing = iso_pr_closing_headings(c->m, closing);
  n += (size_t)nclosing;
  c->toc_text = calloc(n, sizeof(char *));
  c->toc_level = calloc(n, sizeof(int));
  if (!c->toc_text || !c->toc_level) {
    c->L.failed = 1;
    return;
  }
  iso_iter_init(&it, c->doc);
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *h = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER || iso_node_get_type(h) != ISO_NODE_HEADING)
      continue;
    c->toc_text[c->ntoc] = plain(c, h, LAY_BODY);
    c->toc_level[c->ntoc++] = iso_node_get_level(h);
  }
  for (int i = 0; i < nclosing; i++) {
    c->toc_text[c->ntoc] = copy(c, closing[i].text);
    c->toc_level[c->ntoc++] = closing[i].level;
  }
}

static void toc(lay_doc *c, const iso_node *n) {
  lay *L = &c->L;
  if (iso_pr_toc_titled(n)) {
    const char *t = iso_label(c->m->language, ISO_L_TOC);
    double hs = c->t->size_heading[0];
    iso_pr_para sp = iso_pr_para_space(c->t, ISO_PR_TOC_TITLE, 1);
    lay_space(L, sp.before);
    lay_need(L, 4 * body_line(c));
    lay_spans_add(c, &c->sp, LAY_HEAD | LAY_BOLD, hs, c->c_head, t, strlen(t), n);
    flush(c);
    lay_space(L, sp.after);
  }
  double size = c->t->size_body;
  double numw = lay_width(L, LAY_BODY, size, "0000", 4);
  double save_l = L->indent_l, save_r = L->indent_r;
  for (size_t i = 0; i < c->ntoc; i++) {
    int level = c->toc_level[i];
    if (level > ISO_PR_TOC_LEVELS)
      continue;
    const char *s = c->toc_text[i] ? c->toc_text[i] : "";
    int font = level == 1 ? LAY_BODY | LAY_BOLD : LAY_BODY;
    L->indent_l = save_l + (level - 1) * size * 1.5;
    L->indent_r = save_r + numw + 8;
    iso_pr_para sp = iso_pr_para_space(c->t, ISO_PR_TOC_ENTRY, level);
    lay_space(L, sp.before);
    double y0 = L->y;
    lay_toc_number(c, i, font, size, c->c_text, n);
    lay_spans_add(c, &c->sp, font, size, c->c_text, s, strlen(s), n);
    flush(c);
    /* the page number, right-aligned on the entry's last line */
    double lh = lay_line_height(L, size);
    lay_op *op = lay_push(L, LAY_OP_PAGEREF, 1);
    if (op) {
      op->x = L->right - save_r;
      op->y = L->y - lh + lh / 2 + 0.33 * size;
      op->font = font;
      op->size = size;
      op->color = c->c_text;
      op->ref = (int)i;
    }
    lay_op *g = lay_push(L, LAY_OP_GOTO, 1);
    if (g) {
      g->x = L->left + L->indent_l;
      g->y = L->y - lh < y0 ? L->y - lh : y0;
      g->w = (L->right - save_r) - g->x;
      g->h = L->y - g->y;
      g->ref = (int)i;
    }
    lay_space(L, sp.after);
  }
  L->indent_l = save_l;
  L->indent_r = save_r;
  lay_space(L, c->t->space_after * 2);
}

/* ------------------------------------------------------------------ */
/* Blocks and sections                                                 */

static void block(lay_doc *c, const iso_node *b) {
  switch (iso_node_get_type(b)) {
  case ISO_NODE_PARAGRAPH:
    paragraph(c, b);
    break;
  case ISO_NODE_LIST:
    list(c, b, 0);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    lay_table_node(c, b);
    lay_space(&c->L, iso_pr_table_after(c->t));
    break;
  case ISO_NODE_CALLOUT:
    callout(c, b);
    break;
  case ISO_NODE_CODE_BLOCK:
    code_block(c, b);
    break;
  case ISO_NODE_IMAGE:
    image(c, b);
    break;
  case ISO_NODE_PAGEBREAK:
    if (!c->L.at_top)
      lay_new_page(&c->L);
    break;
  case ISO_NODE_TOC:
    toc(c, b);
    break;
  case ISO_NODE_PRINCIPLES: { /* its label kept with the list (present.h) */
    const char *s = iso_pr_principles_label(c->m->language);
    lay_space(&c->L, c->t->space_before + 3);
    lay_need(&c->L, 3 * body_line(c));
    lay_spans_add(c, &c->sp, LAY_HEAD | LAY_BOLD, c->t->size_body, c->c_head, s,
                  strlen(s), b);
    flush(c);
    lay_space(&c->L, 3);
    if (iso_node_first_child(b))
      list(c, iso_node_first_child(b), 0);
    break;
  }
  case ISO_NODE_SECTION: {
    const iso_node *k = iso_node_first_child(b);
    for (; k; k = iso_node_next(k)) {
      if (iso_node_get_type(k) == ISO_NODE_HEADING)
        heading(c, k, iso_node_next(k));
      else
        block(c, k);
    }
    break;
  }
  case ISO_NODE_ITEM:
  case ISO_NODE_DOCUMENT:
    for (const iso_node *k = iso_node_first_child(b); k; k = iso_node_next(k))
      block(c, k);
    break;
  default:
    break;
  }
}

static void blocks(lay_doc *c, const iso_node *first) { block(c, first); }

/* ------------------------------------------------------------------ */
/* Title block and approval block                                      */

typedef struct kv_table_t {
  const char **cells; /* row-major */
  size_t rows;
  int header;         /* the first row is a header */
  int label_col;      /* the first column is bold */
} kv_table_t;

static int fill_strings(lay_doc *c, lay_rows *r, size_t row, lay_cell *cells,
                        int *header) {
  const kv_table_t *t = r->data;
  if (row >= t->rows)
    return 0;
  *header = t->header && row == 0;
  for (int i = 0; i < r->ncols; i++) {
    const char *s = t->cells[row * (size_t)r->ncols + (size_t)i];
    int bold = *header || (t->label_col && i == 0);
    if (s)
      lay_spans_add(c, &cells[i].sp, LAY_BODY | (bold ? LAY_BOLD : 0), r->size,
                    c->c_text, s, strlen(s), NULL);
  }
  return 1;
}

static void string_table(lay_doc *c, kv_table_t *t, int ncols,
                         const double *widths) {
  lay_rows rows = {0};
  rows.ncols = ncols;
  rows.widths = widths;
  rows.size = iso_pr_table_size(c->t);
  rows.label_col = t->label_col;
  rows.keep_whole = t->label_col; /* label/value tables: see present.h */
  rows.fill = fill_strings;
  rows.data = t;
  lay_table(c, &rows, NULL, NULL);
}

static void kv_table(lay_doc *c, const iso_pr_kv *kv) {
  const char *cells[2 * ISO_PR_KV_MAX];
  for (size_t i = 0; i < kv->n; i++) {
    cells[2 * i] = kv->label[i];
    cells[2 * i + 1] = kv->value[i];
  }
  kv_table_t t = {cells, kv->n, 0, 1};
  string_table(c, &t, 2, iso_pr_kv_weights);
}

/* A heading of the closing block, listed in the outline and contents. */
static void closing_heading(lay_doc *c, const iso_pr_heading *h) {
  lay *L = &c->L;
  double size = c->t->size_heading[h->level - 1];
  iso_pr_para sp = iso_pr_para_space(c->t, ISO_PR_HEADING, h->level);
  lay_space(L, sp.before);
  lay_need(L, lay_line_height(L, size) + 4 * body_line(c));
  lay_mark from = lay_mark_here(L);
  lay_add_heading(L, h->level, h->text, strlen(h->text));
  lay_heading_number(c, LAY_HEAD | LAY_BOLD, size, c->c_head, c->doc);
  lay_spans_add(c, &c->sp, LAY_HEAD | LAY_BOLD, size, c->c_head, h->text,
                strlen(h->text), c->doc);
  flush(c);
  heading_rule(c, &sp);
  lay_keep(L, from);
}

/* Page one: title, subtitle, the status mark and the metadata rows. The
 * logo and the organisation are in every page's header, as in DOCX and
 * ODT. */
static void title_block(lay_doc *c) {
  lay *L = &c->L;
  const iso_meta *m = c->m;
  c->logo = -1;
  const iso_image *logo = m->logo_image;
  if (logo && logo->info.width_px > 0 && logo->info.height_px > 0) {
    c->logo = add_image(c, logo, NULL);
    if (c->logo < 0)
      L->failed = 1;
  }
  const char *title = m->title ? m->title : "";
  lay_spans_add(c, &c->sp, LAY_HEAD | LAY_BOLD, c->t->size_title, c->c_head,
                title, strlen(title), c->doc);
  flush(c);
  if (m->subtitle && *m->subtitle) {
    L->y += 2;
    lay_spans_add(c, &c->sp, LAY_HEAD, c->t->size_subtitle, c->c_accent,
                  m->subtitle, strlen(m->subtitle), c->doc);
    flush(c);
  }
  const char *mark = iso_status_mark(m->language, m->status);
  if (mark) {
    L->y += 4;
    lay_spans_add(c, &c->sp, LAY_BODY | LAY_BOLD, c->t->size_body, c->c_draft,
                  mark, strlen(mark), c->doc);
    flush(c);
  }
  L->y += 10;
  lay_rule(L, L->left, L->y, L->right - L->left, 0, 1.2, c->c_accent);
  L->y += 12;
  iso_pr_kv kv;
  if (iso_pr_title_rows(m, &kv))
    L->failed = 1;
  kv_table(c, &kv);
  iso_pr_kv_free(&kv);
  lay_space(L, iso_pr_table_after(c->t));
}

static void history_table(lay_doc *c) {
  lay *L = &c->L;
  const iso_meta *m = c->m;
  size_t rows = m->n_history + 1;
  const char **hc = calloc(rows * ISO_PR_HISTORY_COLS, sizeof(char *));
  char (*bufs)[32] = calloc(rows * ISO_PR_HISTORY_COLS, sizeof *bufs);
  if (!hc || !bufs) {
    free(hc);
    free(bufs);
    L->failed = 1;
    return;
  }
  for (int k = 0; k < ISO_PR_HISTORY_COLS; k++)
    hc[k] = iso_pr_history_head(m->language, k);
  for (size_t i = 0; i < m->n_history; i++)
    for (int k = 0; k < ISO_PR_HISTORY_COLS; k++) {
      size_t at = (i + 1) * ISO_PR_HISTORY_COLS + (size_t)k;
      hc[at] = iso_pr_history_cell(m, i, k, bufs[at]);
    }
  kv_table_t ht = {hc, rows, 1, 0};
  string_table(c, &ht, ISO_PR_HISTORY_COLS, iso_pr_history_weights);
  free(hc);
  free(bufs);
}

static void approval_block(lay_doc *c) {
  iso_pr_heading h[ISO_PR_CLOSING_MAX];
  int n = iso_pr_closing_headings(c->m, h);
  for (int i = 0; i < n; i++) {
    closing_heading(c, &h[i]);
    switch (h[i].kind) {
    case ISO_PR_CLOSING_APPROVAL: {
      iso_pr_kv kv;
      iso_pr_approval_rows(c->m, &kv);
      kv_table(c, &kv);
      iso_pr_kv_free(&kv);
      lay_signoff_table(c);
      break;
    }
    case ISO_PR_CLOSING_HISTORY:
      history_table(c);
      break;
    case ISO_PR_CLOSING_ACK:
      lay_ack_table(c);
      break;
    }
  }
}

int lay_build(lay_doc *c) {
  toc_collect(c);
  title_block(c);
  block(c, c->doc);
  c->content_pages = c->L.at_top ? c->L.page : c->L.page + 1;
  approval_block(c);
  c->L.keep = 0; /* nothing follows the last block */
  return c->L.failed ? -1 : 0;
}
