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

void lay_furniture(lay_doc *c) {
  lay *L = &c->L;
  const iso_meta *m = c->m;
  iso_lang lang = m->language;
  double small = c->t->size_small;
  double width = L->right - L->left;
  iso_pr_header h;
  if (iso_pr_header_items(m, c->t, &h)) {
    L->failed = 1;
    return;
  }
  const char *mark = h.mark;
  /* the logo leads the header's left part, as in DOCX and ODT */
  double logo_w = 0, logo_h = 0;
  if (h.logo && c->logo >= 0)
    iso_pr_logo_box(h.logo_image, width, &logo_w, &logo_h);

  lay_spans hl = {0}, hr = {0}, f1 = {0}, f2 = {0}, f3 = {0};
  iso_buf b;
  iso_buf_init(&b);
  lay_spans_add(c, &hl, LAY_BODY, small, c->c_grey, h.left, strlen(h.left),
                NULL);
  if (h.classification)
    lay_spans_add(c, &hr, LAY_BODY | LAY_BOLD, small, c->c_grey,
                  h.classification, strlen(h.classification), NULL);
  if (mark) {
    if (hr.n)
      lay_spans_add(c, &hr, LAY_BODY, small, c->c_grey, DOT, strlen(DOT), NULL);
    lay_spans_add(c, &hr, LAY_BODY | LAY_BOLD, small, c->c_draft, mark,
                  strlen(mark), NULL);
  }
  lay_lines hll = {0}, hrl = {0}, f1l = {0}, f2l = {0}, f3l = {0};
  if (lay_break(L, hr.v, hr.n, (const char *)hr.text.data, width / 2, &hrl))
    L->failed = 1;
  double wr = 0;
  for (size_t i = 0; i < hrl.nlines; i++)
    if (hrl.lines[i].width > wr)
      wr = hrl.lines[i].width;
  double text_x = L->left + (logo_w > 0 ? logo_w + 6 : 0);
  if (lay_break(L, hl.v, hl.n, (const char *)hl.text.data,
                width - wr - 12 - (text_x - L->left), &hll))
    L->failed = 1;

  /* footer line 1: document control and the page label at the right */
  b.len = 0;
  iso_pr_footer_line1(m, c->t, &b);
  lay_spans_add(c, &f1, LAY_BODY, small, c->c_grey, (const char *)b.data,
                b.len, NULL);
  char label[64];
  iso_page_label(lang, L->pages, L->pages, label);
  double wl = lay_width(L, LAY_BODY | LAY_BOLD, small, label, strlen(label));
  if (lay_break(L, f1.v, f1.n, (const char *)f1.text.data, width - wl - 12, &f1l))
    L->failed = 1;
  /* footer line 2: owner, approver, approval date, next review */
  iso_control_field cf[ISO_THEME_ITEMS_MAX];
  int ncf = iso_pr_footer_fields(m, c->t, cf);
  for (int i = 0; i < ncf; i++) {
    if (i)
      lay_spans_add(c, &f2, LAY_BODY, small, c->c_grey, DOT, strlen(DOT), NULL);
    b.len = 0;
    iso_buf_printf(&b, "%s: ", cf[i].label);
    lay_spans_add(c, &f2, LAY_BODY | LAY_BOLD, small, c->c_grey,
                  (const char *)b.data, b.len, NULL);
    lay_spans_add(c, &f2, LAY_BODY, small, c->c_grey, cf[i].value,
                  strlen(cf[i].value), NULL);
    /* a field wraps as a whole, at the dots between fields */
    if (f2.n >= 2) {
      f2.v[f2.n - 1].keep_spaces = 1;
      f2.v[f2.n - 2].keep_spaces = 1;
    }
  }
  if (lay_break(L, f2.v, f2.n, (const char *)f2.text.data, width, &f2l))
    L->failed = 1;
  /* footer line 3, when on: "Uncontrolled when printed" */
  const char *unc = iso_pr_uncontrolled(m, c->t);
  if (unc)
    lay_spans_add(c, &f3, LAY_BODY | LAY_BOLD, small, c->c_grey, unc,
                  strlen(unc), NULL);
  if (lay_break(L, f3.v, f3.n, (const char *)f3.text.data, width, &f3l))
    L->failed = 1;

  double hh = lay_lines_height(L, &hll, 0, hll.nlines);
  double hrh = lay_lines_height(L, &hrl, 0, hrl.nlines);
  if (hrh > hh)
    hh = hrh;
  double rule_top = L->top - 8;
  double head_y = rule_top - 3 - hh;
  double foot_rule = L->bottom + LAY_FOOT_RULE_GAP;
  double foot_y = foot_rule + LAY_FOOT_TEXT_GAP;
  double f1h = lay_lines_height(L, &f1l, 0, f1l.nlines);
  double f2h = lay_lines_height(L, &f2l, 0, f2l.nlines);

  iso_pr_mark wm;
  int marked = iso_pr_watermark(m, c->t, measure_bold, L, &wm);
  int saved = L->page;
  for (int p = 0; p < L->pages; p++) {
    L->page = p;
    if (marked)
      watermark(c, &wm);
    if (logo_w > 0) {
      /* bottom-aligned with the header text, above the rule */
      lay_op *op = lay_push(L, LAY_OP_IMAGE, 1);
      if (op) {
        op->x = L->left;
        op->y = rule_top - 3 - logo_h;
        op->w = logo_w;
        op->h = logo_h;
        op->ref = c->logo;
      }
    }
    emit_lines(L, &hl, &hll, text_x, head_y);
    emit_lines(L, &hr, &hrl, L->right - wr, head_y);
    lay_rule(L, L->left, rule_top, width, 0, 0.5, c->c_border);
    lay_rule(L, L->left, foot_rule, width, 0, 0.5, c->c_border);
    emit_lines(L, &f1, &f1l, L->left, foot_y);
    iso_page_label(lang, p + 1, L->pages, label);
    double w = lay_width(L, LAY_BODY | LAY_BOLD, small, label, strlen(label));
    lay_text(L, L->right - w, foot_y + lay_line_height(L, small) / 2 + 0.33 * small,
             LAY_BODY | LAY_BOLD, small, c->c_grey, label, strlen(label));
    emit_lines(L, &f2, &f2l, L->left, foot_y + f1h);
    emit_lines(L, &f3, &f3l, L->left, foot_y + f1h + f2h); /* see lay_text_bottom */
  }
  L->page = saved;
  iso_pr_header_free(&h);
  if (b.failed)
    L->failed = 1;
  iso_buf_free(&b);
  lay_spans_free(&hl);
  lay_spans_free(&hr);
  lay_spans_free(&f1);
  lay_spans_free(&f2);
  lay_spans_free(&f3);
  lay_lines_free(&hll);
  lay_lines_free(&hrl);
  lay_lines_free(&f1l);
  lay_lines_free(&f2l);
  lay_lines_free(&f3l);
}
