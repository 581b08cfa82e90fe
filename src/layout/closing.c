/* The closing block's sign-off table (after the approval rows) and
 * acknowledgement table (after the history), from src/present_signoff.c.
 * The sign-off table is measured first and moved whole to the next page
 * when it does not fit (as the label/value tables); each signature cell's
 * place is recorded in the context for a signer's visible signature. */
#include <string.h>

#include "table.h"

typedef struct closing_rows {
  const char *(*head)(iso_lang lang, int col);
  size_t body; /* body rows after the header */
} closing_rows;

static int fill(lay_doc *c, lay_rows *r, size_t row, lay_cell *cells,
                int *header) {
  const closing_rows *t = r->data;
  if (row > t->body)
    return 0;
  *header = row == 0;
  for (int i = 0; i < r->ncols; i++) {
    char buf[32];
    const char *s = row == 0 ? t->head(c->m->language, i)
                    : t->head == iso_pr_signoff_head
                        ? iso_pr_signoff_cell(c->m, row - 1, i, buf)
                        : "";
    if (*s)
      lay_spans_add(c, &cells[i].sp, LAY_BODY | (row == 0 ? LAY_BOLD : 0),
                    r->size, c->c_text, s, strlen(s), NULL);
  }
  return 1;
}

static void signature_drawn(lay_doc *c, lay_rows *r, size_t row,
                            const double *x, const double *w, double y,
                            double h) {
  (void)r;
  if (row < 1 || row > ISO_SIGNOFF_MAX)
    return;
  int k = ISO_PR_SIGNOFF_SIGNATURE;
  c->sign_cells[row - 1] = (lay_sign_cell){c->L.page, x[k], y, w[k], h};
}

void lay_signoff_table(lay_doc *c) {
  for (int i = 0; i < ISO_SIGNOFF_MAX; i++)
    c->sign_cells[i].page = -1;
  if (!c->m->n_signoff)
    return;
  closing_rows t = {iso_pr_signoff_head, c->m->n_signoff};
  lay_rows rows = {0};
  rows.ncols = ISO_PR_SIGNOFF_COLS;
  rows.widths = iso_pr_signoff_weights;
  rows.size = iso_pr_table_size(c->t);
  rows.keep_whole = 1;
  rows.min_h = ISO_PR_MM(ISO_PR_SIGN_ROW_MM);
  rows.fill = fill;
  rows.drawn = signature_drawn;
  rows.data = &t;
  /* apart from the approval rows above, as a body table is */
  lay_space(&c->L, c->t->space_after + 6);
  lay_table(c, &rows, NULL, NULL);
}

void lay_ack_table(lay_doc *c) {
  lay *L = &c->L;
  const char *text = iso_pr_ack_text(c->m->language);
  lay_spans sp = {0};
  lay_lines ln = {0};
  lay_spans_add(c, &sp, LAY_BODY, c->t->size_body, c->c_text, text,
                strlen(text), c->doc);
  if (lay_break(L, sp.v, sp.n, (const char *)sp.text.data, lay_text_width(L),
                &ln))
    L->failed = 1;
  /* the sentence stays with the header and the first two rows */
  double size = iso_pr_table_size(c->t);
  double row = ISO_PR_MM(ISO_PR_ACK_ROW_MM);
  lay_space(L, c->t->space_before);
  lay_need(L, lay_lines_height(L, &ln, 0, ln.nlines) + c->t->space_after +
                  lay_line_height(L, size) + 2 * ISO_PR_CELL_PAD + 2 * row);
  lay_paragraph(L, sp.v, sp.n, (const char *)sp.text.data);
  lay_space(L, c->t->space_after);
  lay_spans_free(&sp);
  lay_lines_free(&ln);
  closing_rows t = {iso_pr_ack_head, ISO_PR_ACK_ROWS};
  lay_rows rows = {0};
  rows.ncols = ISO_PR_ACK_COLS;
  rows.widths = iso_pr_ack_weights;
  rows.size = size;
  rows.min_h = row;
  rows.fill = fill;
  rows.data = &t;
  lay_table(c, &rows, NULL, NULL);
}
