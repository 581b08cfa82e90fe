/* Tables in the ISMS Table style: fixed column widths (src/present_columns.c),
 * a header row that repeats on every page and rows that
 * do not split across pages. Objectives, risks and roles come here too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

void docx_spacer(iso_xml *x, double pt) {
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:spacing");
  iso_xml_attr(x, "w:before", "0");
  iso_xml_attr(x, "w:after", "0");
  iso_xml_attr_int(x, "w:line", DOCX_TWIPS(pt));
  iso_xml_attr(x, "w:lineRule", "exact");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_caption(docx *c, iso_xml *x, int figure, int number, const char *text) {
  char num[16];
  snprintf(num, sizeof num, "%d", number);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", "Caption");
  if (!figure)
    iso_xml_empty(x, "w:keepNext"); /* a table caption stays with its table */
  else
    iso_xml_empty_attr(x, "w:jc", "w:val", "center"); /* under the image */
  iso_xml_end(x);
  /* the label bold, the text italic (present.h) */
  static const docx_rpr label = {1, 0, NULL}, body = {0, 1, NULL};
  char prefix[64];
  snprintf(prefix, sizeof prefix, "%s ", iso_pr_caption_label(c->lang, figure));
  docx_run(x, prefix, label);
  docx_field(x, figure ? " SEQ Figure \\* ARABIC " : " SEQ Table \\* ARABIC ",
             num, label);
  docx_run(x, ISO_PR_CAPTION_SEP, label);
  docx_run(x, text, body);
  iso_xml_end(x);
}

static void grid(iso_xml *x, const long *cols, int ncols) {
  iso_xml_start(x, "w:tblGrid");
  for (int i = 0; i < ncols; i++) {
    iso_xml_start(x, "w:gridCol");
    iso_xml_attr_int(x, "w:w", cols[i]);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

void docx_tbl_start(docx *c, iso_xml *x, const long *cols, int ncols, int labels) {
  long total = 0;
  for (int i = 0; i < ncols; i++)
    total += cols[i];
  (void)c;
  iso_xml_start(x, "w:tbl");
  iso_xml_start(x, "w:tblPr");
  iso_xml_empty_attr(x, "w:tblStyle", "w:val", "IsmsTable");
  iso_xml_start(x, "w:tblW");
  iso_xml_attr_int(x, "w:w", total);
  iso_xml_attr(x, "w:type", "dxa");
  iso_xml_end(x);
  iso_xml_empty_attr(x, "w:tblLayout", "w:type", "fixed");
  iso_xml_start(x, "w:tblLook");
  iso_xml_attr(x, "w:firstRow", labels ? "0" : "1");
  iso_xml_attr(x, "w:lastRow", "0");
  iso_xml_attr(x, "w:firstColumn", labels ? "1" : "0");
  iso_xml_attr(x, "w:lastColumn", "0");
  iso_xml_attr(x, "w:noHBand", "1");
  iso_xml_attr(x, "w:noVBand", "1");
  /* LibreOffice reads only the old hex form: firstRow 0x20, firstColumn
   * 0x80, noHBand 0x200, noVBand 0x400 */
  iso_xml_attr(x, "w:val", labels ? "0680" : "0620");
  iso_xml_end(x);
  iso_xml_end(x);
  grid(x, cols, ncols);
}

void docx_tr_start(iso_xml *x, int header) {
  iso_xml_start(x, "w:tr");
  iso_xml_start(x, "w:trPr");
  iso_xml_empty(x, "w:cantSplit");
  if (header)
    iso_xml_empty(x, "w:tblHeader");
  iso_xml_end(x);
}

void docx_tc_start(iso_xml *x, long width) {
  iso_xml_start(x, "w:tc");
  iso_xml_start(x, "w:tcPr");
  iso_xml_start(x, "w:tcW");
  iso_xml_attr_int(x, "w:w", width);
  iso_xml_attr(x, "w:type", "dxa");
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_tc_text(iso_xml *x, long width, const char *text, int heading) {
  docx_tc_start(x, width);
  docx_para_text(x, heading ? "TableHeading" : "TableText", text);
  iso_xml_end(x);
}

/* A table has no space below in Word: a paragraph of that height is it,
 * except before a page break (where the PDF's space vanishes, and the
 * paragraph could make a page of its own). */
void docx_tbl_end(docx *c, iso_xml *x, const iso_node *t) {
  iso_xml_end(x);
  const iso_node *next = t ? iso_node_next(t) : NULL;
  if (!next || iso_node_get_type(next) != ISO_NODE_PAGEBREAK)
    docx_spacer(x, iso_pr_table_after(c->theme));
}

/* Column widths in twips, from the presentation layer's one algorithm. */
static int column_widths(docx *c, const iso_node *t, int ncols, long *cols) {
  double *pt = calloc((size_t)ncols, sizeof *pt);
  if (!pt)
    return -1;
  int rc = iso_pr_columns(t, ncols, c->text_width / 20.0,
                          iso_pr_table_size(c->theme), iso_metrics_measure,
                          c->metrics, pt);
  /* rounded as running sums, so the grid adds up to the text width */
  double sum = 0;
  long done = 0;
  for (int i = 0; i < ncols; i++) {
    sum += pt[i];
    cols[i] = DOCX_TWIPS(sum) - done;
    done += cols[i];
  }
  free(pt);
  return rc;
}

static void cell(docx *c, iso_xml *x, const iso_node *n, long width, int header) {
  docx_tc_start(x, width);
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, header ? "TableHeading" : "TableText");
  if (n)
    docx_inlines(c, x, n, plain);
  iso_xml_end(x);
  iso_xml_end(x);
}

static void row(docx *c, iso_xml *x, const iso_node *r, const long *cols,
                int ncols, int repeat) {
  int header = iso_node_get_row_header(r);
  docx_tr_start(x, header && repeat);
  const iso_node *n = iso_node_first_child(r);
  /* short rows are padded: Word wants every grid column covered */
  for (int i = 0; i < ncols; i++) {
    cell(c, x, n, cols[i], header);
    if (n)
      n = iso_node_next(n);
  }
  iso_xml_end(x);
}

void docx_table(docx *c, iso_xml *x, const iso_node *t, int ncols, int caption) {
  long *cols = calloc((size_t)ncols, sizeof *cols);
  if (!cols) {
    docx_error(c, t, "docx: out of memory");
    return;
  }
  if (column_widths(c, t, ncols, cols))
    x->failed = 1;
  if (caption)
    docx_caption(c, x, 0, caption, iso_node_get_caption(t));
  docx_tbl_start(c, x, cols, ncols, 0);
  int repeat = 1; /* only the leading header rows can repeat */
  int any = 0;
  for (const iso_node *r = iso_node_first_child(t); r; r = iso_node_next(r)) {
    if (!iso_node_get_row_header(r))
      repeat = 0;
    row(c, x, r, cols, ncols, repeat);
    any = 1;
  }
  if (!any) { /* a table needs a row */
    docx_tr_start(x, 0);
    for (int i = 0; i < ncols; i++)
      cell(c, x, NULL, cols[i], 0);
    iso_xml_end(x);
  }
  docx_tbl_end(c, x, t);
  free(cols);
}

void docx_weights_to_twips(const docx *c, const double *w, int n, long *cols) {
  for (int i = 0; i < n; i++)
    cols[i] = (long)(c->text_width * w[i]);
}
