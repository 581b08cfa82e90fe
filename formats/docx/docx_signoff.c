/* The sign-off table (after the approval rows) and the acknowledgement
 * table (after the history): what they say, their columns and row heights
 * come from src/present_signoff.c. Rows are at least the presentation
 * layer's height (w:trHeight atLeast) and never split; the sign-off table
 * stays on one page because every paragraph but the last row's keeps with
 * the next; the acknowledgement table's header row repeats on every page. */
#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

static void tr_start(iso_xml *x, int header, double min_mm) {
  iso_xml_start(x, "w:tr");
  iso_xml_start(x, "w:trPr");
  iso_xml_empty(x, "w:cantSplit");
  if (min_mm > 0) {
    iso_xml_start(x, "w:trHeight");
    iso_xml_attr_int(x, "w:val", DOCX_TWIPS(ISO_PR_MM(min_mm)));
    iso_xml_attr(x, "w:hRule", "atLeast");
    iso_xml_end(x);
  }
  if (header)
    iso_xml_empty(x, "w:tblHeader");
  iso_xml_end(x);
}

static void tc(iso_xml *x, long width, const char *text, int heading, int keep) {
  docx_tc_start(x, width);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", heading ? "TableHeading" : "TableText");
  if (keep)
    iso_xml_empty(x, "w:keepNext");
  iso_xml_end(x);
  if (text && *text)
    docx_run(x, text, plain);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_signoff_table(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  if (!m->n_signoff)
    return;
  long cols[ISO_PR_SIGNOFF_COLS];
  docx_weights_to_twips(c, iso_pr_signoff_weights, ISO_PR_SIGNOFF_COLS, cols);
  docx_tbl_start(c, x, cols, ISO_PR_SIGNOFF_COLS, 0);
  tr_start(x, 1, 0);
  for (int i = 0; i < ISO_PR_SIGNOFF_COLS; i++)
    tc(x, cols[i], iso_pr_signoff_head(c->lang, i), 1, 1);
  iso_xml_end(x);
  for (size_t r = 0; r < m->n_signoff; r++) {
    tr_start(x, 0, ISO_PR_SIGN_ROW_MM);
    for (int i = 0; i < ISO_PR_SIGNOFF_COLS; i++) {
      char buf[32];
      tc(x, cols[i], iso_pr_signoff_cell(m, r, i, buf), 0, r + 1 < m->n_signoff);
    }
    iso_xml_end(x);
  }
  docx_tbl_end(c, x, NULL);
}

void docx_ack_table(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:p"); /* with the table's first rows */
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:keepNext");
  iso_xml_end(x);
  docx_run(x, iso_pr_ack_text(c->lang), plain);
  iso_xml_end(x);
  long cols[ISO_PR_ACK_COLS];
  docx_weights_to_twips(c, iso_pr_ack_weights, ISO_PR_ACK_COLS, cols);
  docx_tbl_start(c, x, cols, ISO_PR_ACK_COLS, 0);
  tr_start(x, 1, 0);
  for (int i = 0; i < ISO_PR_ACK_COLS; i++)
    tc(x, cols[i], iso_pr_ack_head(c->lang, i), 1, 1);
  iso_xml_end(x);
  for (int r = 0; r < ISO_PR_ACK_ROWS; r++) {
    tr_start(x, 0, ISO_PR_ACK_ROW_MM);
    for (int i = 0; i < ISO_PR_ACK_COLS; i++)
      tc(x, cols[i], NULL, 0, 0);
    iso_xml_end(x);
  }
  docx_tbl_end(c, x, NULL);
}
