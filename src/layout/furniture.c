/* What every page carries: the header (the presentation layer's items:
 * logo, organisation and title; classification and status mark), the
 * footer with the version-control block and page numbers (and "Uncontrolled
 * when printed" when the document or theme asks), and the
 * DRAFT/RETIRED watermark. Laid out once, after the body, when the number
 * of pages is known. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "inline.h"
#include "orient.h"

static const char DOT[] = ISO_PR_SEP;


static void emit_lines(lay *L, const lay_spans *s, const lay_lines *ls,
                       double x, double y) {
  for (size_t i = 0; i < ls->nlines; i++) {
    lay_emit_line(L, s->v, (const char *)s->text.data, ls, i, x, y);
    y += lay_lines_height(L, ls, i, 1);
  }
}

static double measure_bold(void *ctx, int bold, double size, const char *s,
                           size_t len) {
  return lay_width(ctx, LAY_BODY | (bold ? LAY_BOLD : 0), size, s, len);
}

/* The presentation layer's watermark (present.h) on the current page; the
 * PDF writer draws it along the page's diagonal. */
static void watermark(lay_doc *c, const iso_pr_mark *w) {
  lay *L = &c->L;
  lay_op *op = lay_push(L, LAY_OP_MARK, 0);
  if (!op)
    return;
  op->font = LAY_BODY | LAY_BOLD;
  op->size = w->size;
  op->w = w->width;
  op->color = lay_color(w->color);
  op->text = lay_intern(L, w->text, strlen(w->text));
  op->len = strlen(w->text);
}

double lay_text_bottom(const iso_meta *m, const iso_theme *t) {
  double bottom = t->page_height - t->margin_bottom;
  if (iso_pr_uncontrolled(m, t)) {
    /* the rule 10pt and the text 4pt below the text area, as the theme's
     * rules count (src/theme_check.c), and five lines */
    double need = 14 + 5 * t->size_small * t->line_spacing;
    if (need > t->margin_bottom)
      bottom = t->page_height - need;
  }
  return bottom;
}

/* The header's and footer's lines broken for one page width (portrait
 * and landscape pages each have theirs). */
typedef struct furn_lines {
  int done;
  double width, text_x, wr, hh, f1h, f2h;
  lay_lines hl, hr, f1, f2, f3;
} furn_lines;

typedef struct furn_spans {
  lay_spans hl, hr, f1, f2, f3;
  double logo_w, logo_h, wl;
} furn_spans;

static void furn_break(lay *L, const furn_spans *s, const lay_geom *g,
                       furn_lines *f) {
  double width = g->right - g->left;
  f->done = 1;
  f->width = width;
  if (lay_break(L, s->hr.v, s->hr.n, (const char *)s->hr.text.data, width / 2,
                &f->hr))
    L->failed = 1;
  f->wr = 0;
  for (size_t i = 0; i < f->hr.nlines; i++)
    if (f->hr.lines[i].width > f->wr)
      f->wr = f->hr.lines[i].width;
  f->text_x = s->logo_w > 0 ? s->logo_w + 6 : 0; /* from the left edge */
  if (lay_break(L, s->hl.v, s->hl.n, (const char *)s->hl.text.data,
                width - f->wr - 12 - f->text_x, &f->hl))
    L->failed = 1;
  if (lay_break(L, s->f1.v, s->f1.n, (const char *)s->f1.text.data,
                width - s->wl - 12, &f->f1))
    L->failed = 1;
  if (lay_break(L, s->f2.v, s->f2.n, (const char *)s->f2.text.data, width,
                &f->f2))
    L->failed = 1;
  if (lay_break(L, s->f3.v, s->f3.n, (const char *)s->f3.text.data, width,
                &f->f3))
    L->failed = 1;
  f->hh = lay_lines_height(L, &f->hl, 0, f->hl.nlines);
  double hrh = lay_lines_height(L, &f->hr, 0, f->hr.nlines);
  if (hrh > f->hh)
    f->hh = hrh;
  f->f1h = lay_lines_height(L, &f->f1, 0, f->f1.nlines);
  f->f2h = lay_lines_height(L, &f->f2, 0, f->f2.nlines);
}

static void furn_lines_free(furn_lines *f) {
  lay_lines_free(&f->hl);
  lay_lines_free(&f->hr);
  lay_lines_free(&f->f1);
  lay_lines_free(&f->f2);
  lay_lines_free(&f->f3);
}

/* Page P's header and footer, in its geometry G. */
static void furn_page(lay_doc *c, const furn_spans *s, const furn_lines *f,
                      const lay_geom *g, int p) {
  lay *L = &c->L;
  double small = c->t->size_small;
  double rule_top = g->top - 8;
  double head_y = rule_top - 3 - f->hh;
  double foot_rule = g->bottom + LAY_FOOT_RULE_GAP;
  double foot_y = foot_rule + LAY_FOOT_TEXT_GAP;
  if (s->logo_w > 0) {
    /* bottom-aligned with the header text, above the rule */
    lay_op *op = lay_push(L, LAY_OP_IMAGE, 1);
    if (op) {
      op->x = g->left;
      op->y = rule_top - 3 - s->logo_h;
      op->w = s->logo_w;
      op->h = s->logo_h;
      op->ref = c->logo;
    }
  }
  emit_lines(L, &s->hl, &f->hl, g->left + f->text_x, head_y);
  emit_lines(L, &s->hr, &f->hr, g->right - f->wr, head_y);
  lay_rule(L, g->left, rule_top, f->width, 0, 0.5, c->c_border);
  lay_rule(L, g->left, foot_rule, f->width, 0, 0.5, c->c_border);
  emit_lines(L, &s->f1, &f->f1, g->left, foot_y);
  char label[64];
  iso_page_label(c->m->language, p + 1, L->pages, label);
  double w = lay_width(L, LAY_BODY | LAY_BOLD, small, label, strlen(label));
  lay_text(L, g->right - w, foot_y + lay_line_height(L, small) / 2 + 0.33 * small,
           LAY_BODY | LAY_BOLD, small, c->c_grey, label, strlen(label));
  emit_lines(L, &s->f2, &f->f2, g->left, foot_y + f->f1h);
  emit_lines(L, &s->f3, &f->f3, g->left, foot_y + f->f1h + f->f2h); /* see lay_text_bottom */
}

void lay_furniture(lay_doc *c) {
  lay *L = &c->L;
  const iso_meta *m = c->m;
  iso_lang lang = m->language;
  double small = c->t->size_small;
  iso_pr_header h;
  if (iso_pr_header_items(m, c->t, &h)) {
    L->failed = 1;
    return;
  }
  const char *mark = h.mark;
  furn_spans s;
  memset(&s, 0, sizeof s);
  /* the logo leads the header's left part, as in DOCX and ODT, and has the
   * same size on pages of either orientation, as there */
  const lay_geom *own = &L->geom[iso_pr_theme_landscape(c->t)];
  if (h.logo && c->logo >= 0)
    iso_pr_logo_box(h.logo_image, own->right - own->left, &s.logo_w, &s.logo_h);

  iso_buf b;
  iso_buf_init(&b);
  lay_spans_add(c, &s.hl, LAY_BODY, small, c->c_grey, h.left, strlen(h.left),
                NULL);
  if (h.classification)
    lay_spans_add(c, &s.hr, LAY_BODY | LAY_BOLD, small, c->c_grey,
                  h.classification, strlen(h.classification), NULL);
  if (mark) {
    if (s.hr.n)
      lay_spans_add(c, &s.hr, LAY_BODY, small, c->c_grey, DOT, strlen(DOT), NULL);
    lay_spans_add(c, &s.hr, LAY_BODY | LAY_BOLD, small, c->c_draft, mark,
                  strlen(mark), NULL);
  }

  /* footer line 1: document control and the page label at the right */
  iso_pr_footer_line1(m, c->t, &b);
  lay_spans_add(c, &s.f1, LAY_BODY, small, c->c_grey, (const char *)b.data,
                b.len, NULL);
  char label[64];
  iso_page_label(lang, L->pages, L->pages, label);
  s.wl = lay_width(L, LAY_BODY | LAY_BOLD, small, label, strlen(label));
  /* footer line 2: owner, approver, approval date, next review */
  iso_control_field cf[ISO_THEME_ITEMS_MAX];
  int ncf = iso_pr_footer_fields(m, c->t, cf);
  for (int i = 0; i < ncf; i++) {
    if (i)
      lay_spans_add(c, &s.f2, LAY_BODY, small, c->c_grey, DOT, strlen(DOT), NULL);
    b.len = 0;
    iso_buf_printf(&b, "%s: ", cf[i].label);
    lay_spans_add(c, &s.f2, LAY_BODY | LAY_BOLD, small, c->c_grey,
                  (const char *)b.data, b.len, NULL);
    lay_spans_add(c, &s.f2, LAY_BODY, small, c->c_grey, cf[i].value,
                  strlen(cf[i].value), NULL);
    /* a field wraps as a whole, at the dots between fields */
    if (s.f2.n >= 2) {
      s.f2.v[s.f2.n - 1].keep_spaces = 1;
      s.f2.v[s.f2.n - 2].keep_spaces = 1;
    }
  }
  /* footer line 3, when on: "Uncontrolled when printed" */
  const char *unc = iso_pr_uncontrolled(m, c->t);
  if (unc)
    lay_spans_add(c, &s.f3, LAY_BODY | LAY_BOLD, small, c->c_grey, unc,
                  strlen(unc), NULL);

  furn_lines f[2];
  memset(f, 0, sizeof f);
  iso_pr_mark wm;
  int marked = iso_pr_watermark(m, c->t, measure_bold, L, &wm);
  int saved = L->page;
  for (int p = 0; p < L->pages; p++) {
    int land = lay_page_landscape(L, p);
    const lay_geom *g = lay_page_geom(L, p);
    if (!f[land].done)
      furn_break(L, &s, g, &f[land]);
    L->page = p;
    if (marked)
      watermark(c, &wm);
    furn_page(c, &s, &f[land], g, p);
  }
  L->page = saved;
  iso_pr_header_free(&h);
  if (b.failed)
    L->failed = 1;
  iso_buf_free(&b);
  lay_spans_free(&s.hl);
  lay_spans_free(&s.hr);
  lay_spans_free(&s.f1);
  lay_spans_free(&s.f2);
  lay_spans_free(&s.f3);
  furn_lines_free(&f[0]);
  furn_lines_free(&f[1]);
}
