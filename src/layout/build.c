/* The document tree into the layout engine: title block, sections, blocks,
 * the table of contents and the closing approval block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inline.h"
#include "table.h"
#include "walk.h"

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

/* ------------------------------------------------------------------ */
/* Lists                                                               */

/* A list being laid out: the indent to go back to, where its markers
 * stand and the hanging indent of its items. */
typedef struct lay_list {
  double orig_l, save_l, hang;
  int depth;
} lay_list;

/* The walk's state: the lists it is in, innermost last. */
typedef struct builder {
  lay_doc *c;
  lay_list *lists;
  size_t n, cap;
} builder;

static void list_enter(builder *b, const iso_walk_node *e) {
  lay_doc *c = b->c;
  lay *L = &c->L;
  if (b->n == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 8;
    lay_list *v = realloc(b->lists, cap * sizeof *v);
    if (!v) {
      L->failed = 1;
      return;
    }
    b->lists = v;
    b->cap = cap;
  }
  double size = c->t->size_body;
  /* the hanging indent fits the widest number of this list */
  int count = 0;
  for (const iso_node *it = iso_node_first_child(e->node); it; it = iso_node_next(it))
    count++;
  /* the widest marker of this list (roman numerals are not widest last) */
  double widest = 0;
  for (int i = 0; e->ordered && i < count; i++) {
    char mk[32];
    iso_walk_list_marker(e, i, mk);
    double w = lay_width(L, LAY_BODY, size, mk, strlen(mk));
    if (w > widest)
      widest = w;
  }
  lay_list *f = &b->lists[b->n++];
  f->depth = e->depth;
  f->hang = e->ordered ? widest + 6 : size * 1.3;
  if (f->hang < size * 1.3)
    f->hang = size * 1.3;
  f->orig_l = f->save_l = L->indent_l;
  /* very deep nesting stops indenting at half the text width */
  double max_l = (L->right - L->left - L->indent_r) / 2;
  if (f->save_l + f->hang > max_l && max_l > f->hang)
    f->save_l = max_l - f->hang;
}

static lay_list *list_top(builder *b) { return b->n ? &b->lists[b->n - 1] : NULL; }

/* An item: its marker at the list's indent, its blocks hanging. */
static void item_enter(builder *b, const iso_walk_node *e) {
  lay *L = &b->c->L;
  lay_list *f = list_top(b);
  if (!f)
    return;
  double mx = L->left + f->save_l;
  size_t len = strlen(e->marker);
  size_t off = lay_intern(L, e->marker, len);
  lay_set_marker(L, lay_str(L, off), len, LAY_BODY, b->c->t->size_body,
                 b->c->c_text, mx);
  L->indent_l = f->save_l + f->hang;
}

/* A paragraph spaced as where it stands asks: an item's, a call-out's
 * (the box's space between paragraphs), else the body's. */
static void paragraph(builder *b, const iso_walk_node *e) {
  lay_doc *c = b->c;
  lay_style st;
  lay_inlines(c, &c->sp, e->node, body_style(c, &st));
  if (e->in == ISO_WALK_IN_ITEM) {
    lay_list *f = list_top(b);
    para_spaced(c, ISO_PR_LIST_ITEM, f ? f->depth : 0);
  } else if (e->in == ISO_WALK_IN_CALLOUT) {
    flush(c);
    c->L.y += iso_pr_callout_box(c->t).para_after;
  } else {
    para_spaced(c, ISO_PR_BODY, 0);
  }
}

static void item_leave(builder *b) {
  lay *L = &b->c->L;
  lay_list *f = list_top(b);
  L->marker = NULL; /* an empty item */
  if (f)
    L->indent_l = f->orig_l;
}

/* ------------------------------------------------------------------ */
/* Code blocks and call-outs                                           */

static void code_block(lay_doc *c, const iso_node *n) {
  lay *L = &c->L;
  const char *s = iso_node_get_literal(n);
  size_t len = iso_pr_code_length(s);
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

static void callout_enter(lay_doc *c, const iso_walk_node *e) {
  lay *L = &c->L;
  const iso_pr_callout *s = &e->style;
  iso_pr_box bx = iso_pr_callout_box(c->t);
  double x = L->left + L->indent_l;
  lay_space(L, bx.before);
  lay_need(L, 3 * body_line(c) + bx.pad_top + bx.pad_bottom + bx.para_after);
  lay_box_open(L, x, lay_text_width(L), lay_color(s->fill), lay_color(s->bar),
               bx.pad_top, bx.pad_bottom);
  L->indent_l += ISO_PR_CALLOUT_BAR + bx.pad_left;
  L->indent_r += bx.pad_right;
  lay_spans_add(c, &c->sp, LAY_BODY | LAY_BOLD, c->t->size_body, c->c_head,
                s->label, strlen(s->label), e->node);
  flush(c);
  L->y += bx.title_after;
}

static void callout_leave(lay_doc *c) {
  lay *L = &c->L;
  iso_pr_box bx = iso_pr_callout_box(c->t);
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

/* NUMBER: the caption's (0: none). */
static void image(lay_doc *c, const iso_node *n, int number) {
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
  double w, h;
  iso_pr_image_size(info, iso_node_get_width_pct(n), tw, (L->bottom - L->top) * ISO_PR_IMAGE_MAX_SHARE,
                    &w, &h);
  const char *cap = number ? iso_node_get_caption(n) : NULL;
  char label[160];
  lay_spans_reset(&c->sp);
  if (cap) {
    snprintf(label, sizeof label, "%s %d: ",
             iso_label(c->m->language, ISO_L_FIGURE), number);
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

static void heading(lay_doc *c, const iso_node *h, const iso_node *next,
                    const char *number) {
  lay *L = &c->L;
  int level = iso_node_get_level(h);
  if (level < 1)
    level = 1;
  if (level > 6)
    level = 6;
  double size = c->t->size_heading[level - 1];
  lay_style st = {LAY_HEAD, LAY_BOLD, size, c->c_head, -1};
  lay_number(c, number, LAY_HEAD | LAY_BOLD, size, c->c_head, h);
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

/* The headings of the contents (src/walk.h): the tree's as the font shows
 * them, then the closing block's, the same entries as the DOCX and ODT
 * contents list. */
static void toc_collect(lay_doc *c) {
  iso_walk_contents wc;
  if (iso_walk_contents_build(c->doc, c->t, &wc)) {
    c->L.failed = 1;
    return;
  }
  c->toc_text = calloc(wc.n, sizeof(char *));
  c->toc_level = calloc(wc.n, sizeof(int));
  if (!c->toc_text || !c->toc_level) {
    c->L.failed = 1;
    iso_walk_contents_free(&wc);
    return;
  }
  for (size_t i = 0; i < wc.n; i++) {
    const iso_walk_heading *h = &wc.h[i];
    if (h->node) {
      size_t len;
      /* no diagnostics: the visible heading warns about its characters */
      c->toc_text[c->ntoc] = lay_clean(c, LAY_BODY, h->text, strlen(h->text),
                                       0, h->node, NULL, &len);
      if (!c->toc_text[c->ntoc])
        c->L.failed = 1;
    } else {
      c->toc_text[c->ntoc] = copy(c, h->text);
    }
    c->toc_level[c->ntoc++] = h->level;
  }
  iso_walk_contents_free(&wc);
}

static void toc(lay_doc *c, const iso_node *n, int titled) {
  lay *L = &c->L;
  if (titled) {
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
    lay_number(c, iso_pr_number(&c->numbers, i), font, size, c->c_text, n);
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
/* The walk's events (src/walk.h)                                      */

static int enter(void *u, const iso_walk_node *e) {
  builder *b = u;
  lay_doc *c = b->c;
  const iso_node *n = e->node;
  int rc = 0;
  if (e->turn)
    lay_turn(&c->L, e->turn == ISO_WALK_TURN_LANDSCAPE);
  switch (e->type) {
  case ISO_NODE_HEADING: /* kept with what follows it: its sibling */
    heading(c, n, iso_node_next(n), e->heading_number);
    rc = ISO_WALK_SKIP;
    break;
  case ISO_NODE_PARAGRAPH:
    paragraph(b, e);
    rc = ISO_WALK_SKIP;
    break;
  case ISO_NODE_LIST:
    list_enter(b, e);
    break;
  case ISO_NODE_ITEM:
    item_enter(b, e);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    lay_table_node(c, n, e->caption);
    lay_space(&c->L, iso_pr_table_after(c->t));
    rc = ISO_WALK_SKIP;
    break;
  case ISO_NODE_CALLOUT:
    callout_enter(c, e);
    break;
  case ISO_NODE_CODE_BLOCK:
    code_block(c, n);
    break;
  case ISO_NODE_IMAGE:
    image(c, n, e->caption);
    break;
  case ISO_NODE_PAGEBREAK: /* carried or not, the layout turns the page */
    if (!c->L.at_top)
      lay_new_page(&c->L);
    break;
  case ISO_NODE_TOC:
    toc(c, n, e->titled);
    break;
  case ISO_NODE_PRINCIPLES: { /* its label kept with the list (present.h) */
    const char *s = iso_pr_principles_label(c->m->language);
    lay_space(&c->L, c->t->space_before + 3);
    lay_need(&c->L, 3 * body_line(c));
    lay_spans_add(c, &c->sp, LAY_HEAD | LAY_BOLD, c->t->size_body, c->c_head, s,
                  strlen(s), n);
    flush(c);
    lay_space(&c->L, 3);
    break;
  }
  default:
    break;
  }
  return rc;
}

static int leave(void *u, const iso_walk_node *e) {
  builder *b = u;
  switch (e->type) {
  case ISO_NODE_LIST:
    if (b->n)
      b->n--;
    break;
  case ISO_NODE_ITEM:
    item_leave(b);
    break;
  case ISO_NODE_CALLOUT:
    callout_leave(b->c);
    break;
  default:
    break;
  }
  return 0;
}

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
static void closing_heading(lay_doc *c, const iso_pr_heading *h,
                            const char *number) {
  lay *L = &c->L;
  double size = c->t->size_heading[h->level - 1];
  iso_pr_para sp = iso_pr_para_space(c->t, ISO_PR_HEADING, h->level);
  lay_space(L, sp.before);
  lay_need(L, lay_line_height(L, size) + 4 * body_line(c));
  lay_mark from = lay_mark_here(L);
  lay_add_heading(L, h->level, h->text, strlen(h->text));
  lay_number(c, number, LAY_HEAD | LAY_BOLD, size, c->c_head, c->doc);
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
  const iso_image *logo = iso_pr_header_logo(m, c->t);
  if (logo) {
    c->logo = add_image(c, logo, NULL);
    if (c->logo < 0)
      L->failed = 1;
  }
  /* or above the title, as the theme's logo_placement says */
  const iso_image *tl = iso_pr_title_logo(m, c->t);
  if (tl) {
    double w, h;
    iso_pr_title_logo_box(tl, L->right - L->left, &w, &h);
    int ref = add_image(c, tl, NULL);
    if (ref < 0)
      L->failed = 1;
    image_op(c, ref, L->left, L->y, w, h);
    L->y += h + ISO_PR_TITLE_LOGO_AFTER;
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

/* One part of the closing block: its heading, then its table(s). */
static int closing(void *u, const iso_walk_closing *cl) {
  lay_doc *c = ((builder *)u)->c;
  if (cl->turn)
    lay_turn(&c->L, cl->turn == ISO_WALK_TURN_LANDSCAPE);
  closing_heading(c, &cl->h, cl->number);
  switch (cl->h.kind) {
  case ISO_PR_CLOSING_APPROVAL:
    kv_table(c, cl->rows);
    lay_signoff_table(c);
    break;
  case ISO_PR_CLOSING_HISTORY:
    history_table(c);
    break;
  case ISO_PR_CLOSING_ACK:
    lay_ack_table(c);
    break;
  }
  return 0;
}

static int title(void *u) {
  title_block(((builder *)u)->c);
  return 0;
}

/* The pages of the text itself end where the closing block begins. */
static int body_end(void *u) {
  lay_doc *c = ((builder *)u)->c;
  c->content_pages = c->L.at_top ? c->L.page : c->L.page + 1;
  return 0;
}

int lay_build(lay_doc *c) {
  static const iso_walk_ops ops = {title, enter, leave, body_end, closing};
  builder b = {c, NULL, 0, 0};
  toc_collect(c);
  iso_walk(c->doc, c->t, &ops, &b);
  free(b.lists);
  c->L.keep = 0; /* nothing follows the last block */
  return c->L.failed ? -1 : 0;
}
