/* The sign-off table (after the approval rows) and the acknowledgement
 * table (after the history), from src/present_signoff.c. Their rows have a
 * minimum height (style:min-row-height) and keep together; the sign-off
 * table is never broken between rows (on one page, as the label/value
 * tables), the acknowledgement table repeats its header row. */
#include <stdio.h>

#include "odt.h"

#define SIGN_ROW "SignRow"
#define ACK_ROW "AckRow"
#define ACK_TEXT "AckText"

static void min_row_style(odt_ctx *c, const char *name, double mm) {
  iso_xml *x = c->x;
  iso_xml_start(x, "style:style");
  iso_xml_attr(x, "style:name", name);
  iso_xml_attr(x, "style:family", "table-row");
  iso_xml_start(x, "style:table-row-properties");
  odt_attr_len(x, "style:min-row-height", ISO_PR_MM(mm));
  iso_xml_attr(x, "fo:keep-together", "always");
  iso_xml_end(x);
  iso_xml_end(x);
}

static void columns(odt_ctx *c, const char *table, const double *w, int n) {
  for (int i = 0; i < n; i++) {
    char name[32];
    snprintf(name, sizeof name, "%s.C%d", table, i + 1);
    odt_column_style(c, name, w[i]);
  }
}

void odt_signoff_styles(odt_ctx *c) {
  if (c->m->n_signoff) {
    odt_table_style(c, "Signoff", 1);
    columns(c, "Signoff", iso_pr_signoff_weights, ISO_PR_SIGNOFF_COLS);
    min_row_style(c, SIGN_ROW, ISO_PR_SIGN_ROW_MM);
  }
  if (c->m->acknowledgement) {
    odt_table_style(c, "Ack", 0);
    columns(c, "Ack", iso_pr_ack_weights, ISO_PR_ACK_COLS);
    min_row_style(c, ACK_ROW, ISO_PR_ACK_ROW_MM);
    iso_xml *x = c->x; /* the sentence above the table stays with it */
    iso_xml_start(x, "style:style");
    iso_xml_attr(x, "style:name", ACK_TEXT);
    iso_xml_attr(x, "style:family", "paragraph");
    iso_xml_attr(x, "style:parent-style-name", ODT_TEXT_BODY);
    iso_xml_start(x, "style:paragraph-properties");
    iso_xml_attr(x, "fo:keep-with-next", "always");
    iso_xml_end(x);
    iso_xml_end(x);
  }
}

static void table_start(odt_ctx *c, const char *name, int ncols) {
  iso_xml *x = c->x;
  iso_xml_start(x, "table:table");
  iso_xml_attr(x, "table:name", name);
  iso_xml_attr(x, "table:style-name", name);
  for (int i = 1; i <= ncols; i++) {
    iso_xml_start(x, "table:table-column");
    iso_xml_attrf(x, "table:style-name", "%s.C%d", name, i);
    iso_xml_end(x);
  }
}

static void cell(odt_ctx *c, int header, const char *text) {
  odt_cell_start(c, header);
  if (text && *text)
    odt_text(c, text, 0);
  odt_cell_end(c);
}

static void header_row(odt_ctx *c, const char *(*head)(iso_lang, int), int n) {
  iso_xml_start(c->x, "table:table-header-rows");
  odt_row_start(c);
  for (int i = 0; i < n; i++)
    cell(c, 1, head(c->lang, i));
  iso_xml_end(c->x);
  iso_xml_end(c->x);
}

static void row_start(odt_ctx *c, const char *style) {
  iso_xml_start(c->x, "table:table-row");
  iso_xml_attr(c->x, "table:style-name", style);
}

void odt_signoff_table(odt_ctx *c) {
  const iso_meta *m = c->m;
  if (!m->n_signoff)
    return;
  table_start(c, "Signoff", ISO_PR_SIGNOFF_COLS);
  header_row(c, iso_pr_signoff_head, ISO_PR_SIGNOFF_COLS);
  for (size_t r = 0; r < m->n_signoff; r++) {
    row_start(c, SIGN_ROW);
    for (int i = 0; i < ISO_PR_SIGNOFF_COLS; i++) {
      char buf[32];
      cell(c, 0, iso_pr_signoff_cell(m, r, i, buf));
    }
    iso_xml_end(c->x);
  }
  iso_xml_end(c->x);
}

void odt_ack_table(odt_ctx *c) {
  odt_p_start(c, "text:p", ACK_TEXT);
  odt_text(c, iso_pr_ack_text(c->lang), 0);
  iso_xml_end(c->x);
  table_start(c, "Ack", ISO_PR_ACK_COLS);
  header_row(c, iso_pr_ack_head, ISO_PR_ACK_COLS);
  for (int r = 0; r < ISO_PR_ACK_ROWS; r++) {
    row_start(c, ACK_ROW);
    for (int i = 0; i < ISO_PR_ACK_COLS; i++)
      cell(c, 0, NULL);
    iso_xml_end(c->x);
  }
  iso_xml_end(c->x);
}
