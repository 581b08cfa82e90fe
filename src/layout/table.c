/* Tables for the PDF writer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"

#define PAD ISO_PR_CELL_PAD
/* above and below the text: half the rule is the cell's own */
#define PAD_Y (ISO_PR_CELL_PAD + ISO_PR_CELL_RULE / 2)
#define MAX_HEADER_ROWS 4

typedef struct tab {
  lay_doc *c;
  int ncols;
  double *x, *w;
  lay_cell *hdr; /* [nhdr][ncols] */
  int nhdr;
  double hdr_h;
  lay_cell *body; /* [ncols] */
  int label_col;  /* the first column is shaded */
} tab;

static void cells_reset(lay_cell *cells, int n) {
  for (int i = 0; i < n; i++) {
    lay_spans_reset(&cells[i].sp);
    cells[i].ln.nlines = 0;
    cells[i].ln.nfrags = 0;
    cells[i].next = 0;
  }
}

static void cells_free(lay_cell *cells, int n) {
  for (int i = 0; cells && i < n; i++) {
    lay_spans_free(&cells[i].sp);
    lay_lines_free(&cells[i].ln);
  }
  free(cells);
}

/* Column widths: the shares the caller gives (from the presentation
 * layer, see lay_table_node), or equal ones. */
static void column_widths(tab *T, lay_rows *rows, double avail) {
  int n = T->ncols;
  for (int i = 0; i < n; i++)
    T->w[i] = rows->widths ? rows->widths[i] * avail : avail / n;
  double x = T->c->L.left + T->c->L.indent_l;
  for (int i = 0; i < n; i++) {
    T->x[i] = x;
    x += T->w[i];
  }
}

static int break_cells(tab *T, lay_cell *cells) {
  for (int i = 0; i < T->ncols; i++) {
    if (lay_break(&T->c->L, cells[i].sp.v, cells[i].sp.n,
                  (const char *)cells[i].sp.text.data, T->w[i] - 2 * PAD,
                  &cells[i].ln))
      return -1;
    cells[i].next = 0;
  }
  return 0;
}

static double line_h(tab *T, const lay_cell *cell, size_t i) {
  return lay_line_height(&T->c->L, cell->ln.lines[i].size);
}

static double row_height(tab *T, const lay_cell *cells, double size) {
  double h = lay_line_height(&T->c->L, size);
  for (int i = 0; i < T->ncols; i++) {
    double ch = lay_lines_height(&T->c->L, &cells[i].ln, 0, cells[i].ln.nlines);
    if (ch > h)
      h = ch;
  }
  return h + 2 * PAD_Y;
}

/* Draws lines [next, to[i]) of every cell in a row of height H at the
 * cursor, and moves the cursor below it. */
static void draw_row(tab *T, lay_cell *cells, const size_t *to, double h,
                     int header) {
  lay_doc *c = T->c;
  lay *L = &c->L;
  double y = L->y;
  double total = T->x[T->ncols - 1] + T->w[T->ncols - 1] - T->x[0];
  if (header)
    lay_rect(L, 0, T->x[0], y, total, h, c->c_th);
  else if (T->label_col)
    lay_rect(L, 0, T->x[0], y, T->w[0], h, c->c_th);
  for (int i = 0; i < T->ncols; i++) {
    lay_op *f = lay_push(L, LAY_OP_FRAME, 1);
    if (f) {
      f->x = T->x[i];
      f->y = y;
      f->w = T->w[i];
      f->h = h;
      f->color = c->c_border;
      f->line_width = ISO_PR_CELL_RULE;
    }
    lay_cell *cell = &cells[i];
    double yy = y + PAD_Y;
    for (size_t k = cell->next; k < to[i]; k++) {
      lay_emit_line(L, cell->sp.v, (const char *)cell->sp.text.data,
                    &cell->ln, k, T->x[i] + PAD, yy);
      yy += line_h(T, cell, k);
    }
    cell->next = to[i];
  }
  L->y = y + h;
}

static void draw_whole(tab *T, lay_cell *cells, double h, int header) {
  size_t *tp = malloc(sizeof(size_t) * (size_t)T->ncols);
  if (!tp) {
    T->c->L.failed = 1;
    return;
  }
  for (int i = 0; i < T->ncols; i++)
    tp[i] = cells[i].ln.nlines;
  draw_row(T, cells, tp, h, header);
  free(tp);
}

static void draw_header(tab *T, double size) {
  for (int r = 0; r < T->nhdr; r++) {
    lay_cell *row = &T->hdr[r * T->ncols];
    for (int i = 0; i < T->ncols; i++)
      row[i].next = 0;
    draw_whole(T, row, row_height(T, row, size), 1);
  }
}

/* A row taller than what is left of the page: split it between lines,
 * repeating the header on every new page. */
static void split_row(tab *T, lay_cell *cells, double size) {
  lay *L = &T->c->L;
  size_t *to = malloc(sizeof(size_t) * (size_t)T->ncols);
  if (!to) {
    L->failed = 1;
    return;
  }
  for (;;) {
    double avail = lay_remaining(L) - 2 * PAD_Y, used = 0;
    int moved = 0, left = 0;
    for (int i = 0; i < T->ncols; i++) {
      lay_cell *cell = &cells[i];
      double acc = 0;
      size_t k = cell->next;
      while (k < cell->ln.nlines && acc + line_h(T, cell, k) <= avail)
        acc += line_h(T, cell, k++);
      /* a page that cannot hold even one line of a fresh row still has to
       * take one, or the layout would never end */
      if (k == cell->next && k < cell->ln.nlines && L->at_top)
        acc += line_h(T, cell, k++);
      moved |= k > cell->next;
      to[i] = k;
      if (acc > used)
        used = acc;
      if (k < cell->ln.nlines)
        left = 1;
    }
    if (moved)
      draw_row(T, cells, to, used + 2 * PAD_Y, 0);
    if (!left)
      break;
    lay_new_page(L);
    draw_header(T, size);
    L->at_top = 1; /* only the repeated header is here */
  }
  free(to);
}

void lay_table(lay_doc *c, lay_rows *rows, const char *caption,
               const iso_node *pos) {
  lay *L = &c->L;
  int n = rows->ncols;
  if (n <= 0)
    return;
  tab T = {c, n, NULL, NULL, NULL, 0, 0, NULL, rows->label_col};
  T.x = calloc((size_t)n, sizeof(double));
  T.w = calloc((size_t)n, sizeof(double));
  T.body = calloc((size_t)n, sizeof(lay_cell));
  T.hdr = calloc((size_t)n * MAX_HEADER_ROWS, sizeof(lay_cell));
  if (!T.x || !T.w || !T.body || !T.hdr) {
    L->failed = 1;
    goto done;
  }
  column_widths(&T, rows, lay_text_width(L));

  lay_spans cap = {0};
  lay_lines capl = {0};
  double cap_h = 0;
  iso_pr_para cap_sp = iso_pr_para_space(c->t, ISO_PR_CAPTION, 0);
  if (caption) {
    char label[160];
    snprintf(label, sizeof label, "%s %d%s", iso_pr_caption_label(c->m->language, 0),
             rows->caption_no, ISO_PR_CAPTION_SEP);
    double cs = iso_pr_caption_size(c->t);
    lay_spans_add(c, &cap, LAY_BODY | LAY_BOLD, cs, c->c_text, label,
                  strlen(label), pos);
    lay_spans_add(c, &cap, LAY_BODY | LAY_ITALIC, cs, c->c_text, caption, strlen(caption),
                  pos);
    if (lay_break(L, cap.v, cap.n, (const char *)cap.text.data,
                  lay_text_width(L), &capl))
      L->failed = 1;
    cap_h = lay_lines_height(L, &capl, 0, capl.nlines) + cap_sp.after;
    lay_space(L, cap_sp.before);
  }

  double body_h = L->bottom - L->top;
  int header, started = 0;
  size_t r = 0;
  if (rows->keep_whole) {
    /* a first pass measures every row (FILL starts again at row 0) */
    double total = cap_h;
    for (; rows->fill(c, rows, r, T.body, &header); r++) {
      if (break_cells(&T, T.body))
        L->failed = 1;
      double h = row_height(&T, T.body, rows->size);
      total += !header && h < rows->min_h ? rows->min_h : h;
      cells_reset(T.body, n);
    }
    r = 0;
    if (total <= body_h)
      lay_need(L, total);
  }
  for (; rows->fill(c, rows, r, T.body, &header); r++) {
    if (header && !started && T.nhdr < MAX_HEADER_ROWS) {
      lay_cell *dst = &T.hdr[T.nhdr * n];
      for (int i = 0; i < n; i++) { /* keep the header row's cells */
        lay_cell tmp = dst[i];
        dst[i] = T.body[i];
        T.body[i] = tmp;
      }
      cells_reset(T.body, n);
      if (break_cells(&T, dst))
        L->failed = 1;
      T.hdr_h += row_height(&T, dst, rows->size);
      T.nhdr++;
      continue;
    }
    if (break_cells(&T, T.body)) {
      L->failed = 1;
      break;
    }
    double h = row_height(&T, T.body, rows->size);
    if (h < rows->min_h)
      h = rows->min_h;
    if (!started) {
      /* caption, header and the first row (or part of it) together */
      double first = h < body_h / 4 ? h : body_h / 4;
      lay_need(L, cap_h + T.hdr_h + first);
      for (size_t k = 0; k < capl.nlines; k++) {
        lay_emit_line(L, cap.v, (const char *)cap.text.data, &capl, k,
                      L->left + L->indent_l, L->y);
        L->y += lay_lines_height(L, &capl, k, 1);
      }
      if (cap_h > 0)
        L->y += cap_sp.after;
      draw_header(&T, rows->size);
      started = 1;
    }
    if (h > lay_remaining(L) + 0.01) {
      double min_part = 2 * PAD_Y + 2 * lay_line_height(L, rows->size);
      if (h <= body_h - T.hdr_h || lay_remaining(L) < min_part) {
        lay_new_page(L);
        draw_header(&T, rows->size);
        L->at_top = 1;
      }
    }
    if (h <= lay_remaining(L) + 0.01) {
      double y = L->y;
      draw_whole(&T, T.body, h, header);
      if (rows->drawn)
        rows->drawn(c, rows, r, T.x, T.w, y, h);
    } else
      split_row(&T, T.body, rows->size);
    cells_reset(T.body, n);
  }
  if (!started) { /* a table with a header and no rows */
    lay_need(L, cap_h + T.hdr_h);
    for (size_t k = 0; k < capl.nlines; k++) {
      lay_emit_line(L, cap.v, (const char *)cap.text.data, &capl, k,
                    L->left + L->indent_l, L->y);
      L->y += lay_lines_height(L, &capl, k, 1);
    }
    draw_header(&T, rows->size);
  }
  L->at_top = 0;
  lay_spans_free(&cap);
  lay_lines_free(&capl);
done:
  free(T.x);
  free(T.w);
  cells_free(T.body, n);
  cells_free(T.hdr, n * MAX_HEADER_ROWS);
}

/* ------------------------------------------------------------------ */
/* Table nodes                                                         */

static int fill_node(lay_doc *c, lay_rows *r, size_t row, lay_cell *cells,
                     int *header) {
  const iso_node *rn = row == 0 ? iso_node_first_child(r->data)
                                : (r->cur ? iso_node_next(r->cur) : NULL);
  while (rn && iso_node_get_type(rn) != ISO_NODE_ROW)
    rn = iso_node_next(rn);
  r->cur = rn;
  if (!rn)
    return 0;
  *header = iso_node_get_row_header(rn);
  int i = 0;
  for (const iso_node *cell = iso_node_first_child(rn); cell && i < r->ncols;
       cell = iso_node_next(cell), i++) {
    lay_style st = {LAY_BODY, *header ? LAY_BOLD : 0, r->size, c->c_text, -1};
    lay_inlines(c, &cells[i].sp, cell, &st);
  }
  return 1;
}

/* The presentation layer's measure over the PDF writer's fonts. */
static double measure(void *ctx, int bold, double size, const char *s,
                      size_t len) {
  lay_doc *c = ctx;
  return lay_width(&c->L, LAY_BODY | (bold ? LAY_BOLD : 0), size, s, len);
}

void lay_table_node(lay_doc *c, const iso_node *table, int caption) {
  lay_rows rows = {0};
  rows.ncols = iso_pr_table_columns(table);
  rows.size = iso_pr_table_size(c->t);
  double avail = lay_text_width(&c->L);
  double *w = calloc((size_t)rows.ncols, sizeof *w);
  if (!w || iso_pr_columns(table, rows.ncols, avail, rows.size, measure, c, w)) {
    free(w);
    c->L.failed = 1;
    return;
  }
  for (int i = 0; i < rows.ncols; i++)
    w[i] /= avail;
  rows.widths = w;
  rows.fill = fill_node;
  rows.data = table;
  rows.caption_no = caption;
  lay_table(c, &rows, caption ? iso_node_get_caption(table) : NULL, table);
  free(w);
}
