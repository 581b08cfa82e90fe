/* Tables in the ISMS Table style: fixed column widths (from `widths`, else
 * from the content), a header row that repeats on every page and rows that
 * do not split across pages. Objectives, risks and roles come here too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

void docx_spacer(iso_xml *x) {
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:spacing");
  iso_xml_attr(x, "w:before", "0");
  iso_xml_attr(x, "w:after", "0");
  iso_xml_attr(x, "w:line", "160");
  iso_xml_attr(x, "w:lineRule", "exact");
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_caption(docx *c, iso_xml *x, int figure, const char *text) {
  char num[16];
  int n = figure ? ++c->figures : ++c->tables;
  snprintf(num, sizeof num, "%d", n);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", "Caption");
  if (!figure)
    iso_xml_empty(x, "w:keepNext"); /* a table caption stays with its table */
  else
    iso_xml_empty_attr(x, "w:jc", "w:val", "center"); /* under the image */
  iso_xml_end(x);
  char prefix[64];
  snprintf(prefix, sizeof prefix, "%s ", iso_pr_caption_label(c->lang, figure));
  docx_run(x, prefix, plain);
  docx_field(x, figure ? " SEQ Figure \\* ARABIC " : " SEQ Table \\* ARABIC ",
             num, plain);
  docx_run(x, ISO_PR_CAPTION_SEP, plain);
  docx_run(x, text, plain);
  iso_xml_end(x);
}

static void grid(iso_xml *x, const long *cols, int ncols) {
  iso_xml_start(x, "w:tblGrid");
  for (int i = 0; i < ncols; i++) {
    iso_xml_start(x, "w:gridCol");
    iso_xml_attrf(x, "w:w", "%ld", cols[i]);
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
  iso_xml_attrf(x, "w:w", "%ld", total);
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

static void tc_start(iso_xml *x, long width) {
  iso_xml_start(x, "w:tc");
  iso_xml_start(x, "w:tcPr");
  iso_xml_start(x, "w:tcW");
  iso_xml_attrf(x, "w:w", "%ld", width);
  iso_xml_attr(x, "w:type", "dxa");
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_tc_text(iso_xml *x, long width, const char *text, int heading) {
  tc_start(x, width);
  docx_para_text(x, heading ? "TableHeading" : "TableText", text);
  iso_xml_end(x);
}

void docx_tbl_end(iso_xml *x) {
  iso_xml_end(x);
  docx_spacer(x);
}

/* Characters (not bytes) of a cell's text, and of its longest word; walks
 * the text nodes in place, so measuring never allocates. */
static void measure(const iso_node *cell, double *chars, double *longest) {
  double word = 0;
  *chars = *longest = 0;
  iso_iter it;
  iso_iter_init(&it, cell);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER)
      continue;
    if (iso_node_get_type(n) == ISO_NODE_LINEBREAK)
      word = 0;
    const char *s = iso_node_get_literal(n);
    for (; s && *s; s++) {
      if (((unsigned char)*s & 0xC0) == 0x80)
        continue; /* a UTF-8 continuation byte */
      (*chars)++;
      word = (*s == ' ' || *s == '\t' || *s == '\n') ? 0 : word + 1;
      if (word > *longest)
        *longest = word;
    }
  }
}

/* Column widths in twips. Weights come from `widths` or, without them, from
 * the columns' text lengths (damped so that one long cell does not starve
 * the others). Every column gets at least its longest word, so no word or
 * date is broken inside: a column below that floor is fixed at it and the
 * rest of the text width is shared again by the others' weights. */
static int column_widths(docx *c, const iso_node *t, int ncols, long *cols) {
  const double *given = iso_node_get_widths(t);
  int use_given = given && iso_node_get_columns(t) == ncols;
  double *w = calloc((size_t)ncols * 3, sizeof *w);
  if (!w)
    return -1;
  double *floor_tw = w + ncols, *tw = w + 2 * ncols;
  double char_tw = c->theme->size_body * 0.6 * 20; /* bold headers are wider */
  for (int i = 0; i < ncols; i++) {
    w[i] = use_given ? (given[i] > 0 ? given[i] : 0.01) : 4;
    floor_tw[i] = 4 * char_tw;
  }
  for (const iso_node *r = iso_node_first_child(t); r; r = iso_node_next(r)) {
    int i = 0;
    for (const iso_node *cell = iso_node_first_child(r); cell && i < ncols;
         cell = iso_node_next(cell), i++) {
      double len, longest;
      measure(cell, &len, &longest);
      if (len > 60)
        len = 60 + (len - 60) / 4;
      if (!use_given && len > w[i])
        w[i] = len;
      if (longest * char_tw + 200 > floor_tw[i])
        floor_tw[i] = longest * char_tw + 200; /* + cell margins */
    }
  }
  /* fixed columns have tw > 0 */
  for (int changed = 1, rounds = 0; changed && rounds <= ncols; rounds++) {
    double rest = (double)c->text_width, weights = 0;
    changed = 0;
    for (int i = 0; i < ncols; i++) {
      if (tw[i] > 0)
        rest -= tw[i];
      else
        weights += w[i];
    }
    for (int i = 0; i < ncols; i++) {
      if (tw[i] > 0)
        continue;
      double share = weights > 0 ? rest * w[i] / weights : 0;
      if (share < floor_tw[i]) {
        tw[i] = floor_tw[i];
        changed = 1;
      }
    }
    if (!changed)
      for (int i = 0; i < ncols; i++)
        if (tw[i] <= 0)
          tw[i] = weights > 0 ? rest * w[i] / weights : floor_tw[i];
  }
  double total = 0;
  for (int i = 0; i < ncols; i++)
    total += tw[i];
  for (int i = 0; i < ncols; i++) {
    /* when even the floors do not fit, everything shrinks alike */
    double v = total > c->text_width ? tw[i] * c->text_width / total : tw[i];
    cols[i] = v < 200 ? 200 : (long)v;
  }
  free(w);
  return 0;
}

static void cell(docx *c, iso_xml *x, const iso_node *n, long width, int header) {
  tc_start(x, width);
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

void docx_table(docx *c, iso_xml *x, const iso_node *t) {
  int ncols = iso_pr_table_columns(t);
  long *cols = calloc((size_t)ncols, sizeof *cols);
  if (!cols) {
    docx_error(c, t, "docx: out of memory");
    return;
  }
  if (column_widths(c, t, ncols, cols))
    x->failed = 1;
  if (iso_node_get_caption(t))
    docx_caption(c, x, 0, iso_node_get_caption(t));
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
  docx_tbl_end(x);
  free(cols);
}
