/* Tables: column widths, wrapped cells, a header repeated on every page
 * the table continues on, rows kept whole unless taller than a page. */
#ifndef ISO_PDF_TABLE_H
#define ISO_PDF_TABLE_H

#include "inline.h"
#include "doc.h"

typedef struct lay_cell {
  lay_spans sp;
  lay_lines ln;
  size_t next; /* first line not drawn yet */
} lay_cell;

/* A source of rows. FILL puts row ROW (asked for in order, starting again
 * at 0 for the second pass) into CELLS and sets *HEADER; returns 0 when
 * there is no such row. */
typedef struct lay_rows {
  int ncols;
  const double *widths; /* relative, summing to 1; NULL: equal */
  double size;          /* font size */
  int label_col;        /* a label/value table: the first column shaded */
  int keep_whole;       /* all rows on one page when they fit on one */
  int (*fill)(lay_doc *c, struct lay_rows *r, size_t row, lay_cell *cells,
              int *header);
  double min_h;         /* body rows at least this high (0: as the text) */
  /* when not NULL, told where each body row ROW was drawn whole: on
   * L.page, at columns X[i] of widths W[i], from Y (top) down H points */
  void (*drawn)(lay_doc *c, struct lay_rows *r, size_t row, const double *x,
                const double *w, double y, double h);
  const void *data;
  const void *cur;
  int caption_no;       /* the caption's number (src/walk.h) */
} lay_rows;

/* Lays the table out at the cursor. CAPTION may be NULL. */
void lay_table(lay_doc *c, lay_rows *rows, const char *caption,
               const iso_node *pos);
/* A table node (TABLE, OBJECTIVES, RISKS, ROLES); CAPTION is its
 * caption's number from the walk (0: none). */
void lay_table_node(lay_doc *c, const iso_node *table, int caption);

#endif
