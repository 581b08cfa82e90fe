/* The presentation layer: list markers by kind and depth, the title block's
 * row order, the contents title rule and column widths. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "present.h"
#include "tree.h"

static void test_markers(void) {
  char m[32];
  iso_pr_list_marker(1, 0, 3, m);
  CHECK_STR(m, "3.");
  iso_pr_list_marker(1, 1, 2, m);
  CHECK_STR(m, "b.");
  iso_pr_list_marker(1, 1, 28, m);
  CHECK_STR(m, "ab.");
  iso_pr_list_marker(1, 2, 9, m);
  CHECK_STR(m, "ix.");
  iso_pr_list_marker(1, 3, 4, m); /* the cycle starts again */
  CHECK_STR(m, "4.");
  iso_pr_list_marker(1, 2, 0, m); /* no roman zero: a number */
  CHECK_STR(m, "0.");
  iso_pr_list_marker(0, 0, 1, m);
  CHECK_STR(m, "\xE2\x80\xA2");
  iso_pr_list_marker(0, 1, 1, m);
  CHECK_STR(m, "\xE2\x97\xA6");
  iso_pr_list_marker(0, 2, 1, m);
  CHECK_STR(m, "\xE2\x80\x93");
  CHECK_INT(iso_pr_list_format(1, 1), ISO_PR_NUM_LOWER_ALPHA);
}

static double fixed(void *ctx, int bold, double size, const char *s, size_t len) {
  (void)ctx;
  (void)s;
  return len * size * (bold ? 0.6 : 0.5);
}

static void test_title_rows_and_columns(void) {
  tree_doc = iso_document_new("t.yaml");
  iso_meta *m = iso_document_meta(tree_doc);
  m->id = strdup("X-1");
  m->version = strdup("1.0");
  m->owner = strdup("Owner");
  m->title = strdup("T");
  iso_pr_kv kv;
  CHECK(iso_pr_title_rows(m, &kv) == 0);
  /* ID, type, version, status, then the four control fields */
  CHECK_STR(kv.label[0], "Document ID");
  CHECK_STR(kv.label[1], "Document type");
  CHECK_STR(kv.label[2], "Version");
  CHECK_STR(kv.label[3], "Status");
  CHECK_STR(kv.label[4], "Owner");
  CHECK_STR(kv.label[7], "Next review");
  iso_pr_kv_free(&kv);

  iso_node *s = tree_section(tree_doc, 1, "contents");
  iso_node *toc = tree_node(s, ISO_NODE_TOC);
  CHECK(!iso_pr_toc_titled(toc)); /* the section says it already */
  iso_node *s2 = tree_section(tree_doc, 1, "About");
  CHECK(iso_pr_toc_titled(tree_node(s2, ISO_NODE_TOC)));

  /* widths [1, 6]: "RFC" is given its room, the rest keeps the weights */
  iso_node *t = tree_node(s2, ISO_NODE_TABLE);
  double w[2] = {1, 6};
  iso_node_set_columns(t, 2);
  iso_node_set_widths(t, w, 2);
  iso_node *r = tree_node(t, ISO_NODE_ROW);
  tree_text(tree_node(r, ISO_NODE_CELL), "RFC");
  tree_text(tree_node(r, ISO_NODE_CELL), "text");
  double out[2];
  CHECK(iso_pr_columns(t, 2, 70, 10, fixed, NULL, out) == 0);
  CHECK(out[0] >= 3 * 5 + 2 * ISO_PR_CELL_PAD - 1e-9); /* floor: RFC + pads */
  CHECK(out[0] + out[1] > 70 - 1e-9 && out[0] + out[1] < 70 + 1e-9);
  CHECK(iso_pr_columns(t, 2, 700, 10, fixed, NULL, out) == 0);
  CHECK(out[0] > 99.99 && out[0] < 100.01); /* 1/7 of 700 */
  iso_node_free(tree_doc);
}

/* The closing block's order, the sign-off cells and which footer line
 * wins. */
static void test_signoff(void) {
  iso_node *doc = iso_document_new("t.yaml");
  iso_meta *m = iso_document_meta(doc);
  iso_pr_heading h[ISO_PR_CLOSING_MAX];
  CHECK_INT(iso_pr_closing_headings(m, h), 1);
  CHECK_INT(h[0].kind, ISO_PR_CLOSING_APPROVAL);
  m->acknowledgement = 1;
  CHECK_INT(iso_pr_closing_headings(m, h), 2);
  CHECK_INT(h[1].kind, ISO_PR_CLOSING_ACK);
  CHECK_STR(h[1].text, "Acknowledgement");
  m->history = calloc(1, sizeof *m->history);
  m->n_history = 1;
  CHECK_INT(iso_pr_closing_headings(m, h), 3); /* history, then the form */
  CHECK_INT(h[1].kind, ISO_PR_CLOSING_HISTORY);
  CHECK_INT(h[2].kind, ISO_PR_CLOSING_ACK);

  m->signoff = calloc(1, sizeof *m->signoff);
  m->n_signoff = 1;
  m->signoff[0].role = strdup("CEO");
  m->signoff[0].date = (iso_date){2026, 3, 2};
  char buf[32];
  CHECK_STR(iso_pr_signoff_cell(m, 0, 0, buf), "CEO");
  CHECK_STR(iso_pr_signoff_cell(m, 0, 1, buf), ""); /* written in by hand */
  CHECK_STR(iso_pr_signoff_cell(m, 0, 2, buf), "2026-03-02");
  CHECK_STR(iso_pr_signoff_cell(m, 0, 3, buf), "");
  m->language = ISO_LANG_FI;
  CHECK_STR(iso_pr_signoff_cell(m, 0, 2, buf), "2.3.2026");
  CHECK_STR(iso_pr_signoff_head(m->language, 3), "Allekirjoitus");
  double sum = 0;
  for (int i = 0; i < ISO_PR_SIGNOFF_COLS; i++)
    sum += iso_pr_signoff_weights[i];
  CHECK(sum > 0.9999 && sum < 1.0001);
  sum = 0;
  for (int i = 0; i < ISO_PR_ACK_COLS; i++)
    sum += iso_pr_ack_weights[i];
  CHECK(sum > 0.9999 && sum < 1.0001);

  /* the document's value wins over the theme's */
  iso_theme *t = iso_theme_copy(iso_theme_default());
  CHECK(iso_pr_uncontrolled(m, t) == NULL);
  t->uncontrolled_when_printed = 1;
  CHECK_STR(iso_pr_uncontrolled(m, t), "Tuloste on ohjaamaton kopio");
  m->uncontrolled = -1;
  CHECK(iso_pr_uncontrolled(m, t) == NULL);
  t->uncontrolled_when_printed = 0;
  m->uncontrolled = 1;
  m->language = ISO_LANG_EN;
  CHECK_STR(iso_pr_uncontrolled(m, t), "Uncontrolled when printed");
  iso_theme_free(t);
  iso_node_free(doc);
}

int main(void) {
  test_markers();
  test_title_rows_and_columns();
  test_signoff();
  return check_done("present_test");
}
