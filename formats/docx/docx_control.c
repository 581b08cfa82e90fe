/* Document control in the body: the title block on page one (title,
 * subtitle and the metadata rows in a label/value table) and, at the end,
 * the approval block with the control fields, the sign-off table
 * (docx_signoff.c), the revision history and the acknowledgement table. What the rows say and in which order is decided in
 * src/present_control.c, for every format alike. */
#include "docx.h"
#include "present.h"

static void kv_table(docx *c, iso_xml *x, const iso_pr_kv *kv) {
  long cols[2];
  docx_weights_to_twips(c, iso_pr_kv_weights, 2, cols);
  docx_tbl_start(c, x, cols, 2, 1);
  for (size_t i = 0; i < kv->n; i++) {
    docx_tr_start(x, 0);
    docx_tc_text(x, cols[0], kv->label[i], 1);
    docx_tc_text(x, cols[1], kv->value[i], 0);
    iso_xml_end(x);
  }
  docx_tbl_end(c, x, NULL);
}

/* The logo above the title, when the theme puts it on the title page. */
static void title_logo(docx *c, iso_xml *x) {
  const iso_image *img = iso_pr_title_logo(c->meta, c->theme);
  const docx_media *media = img ? docx_media_get(c, img, c->doc) : NULL;
  if (!media)
    return;
  int rel = docx_rel_add(c, &c->doc_rels, "image", media->name, 0);
  double w, h;
  iso_pr_title_logo_box(img, c->text_width / 20.0, &w, &h);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_start(x, "w:spacing");
  iso_xml_attr(x, "w:before", "0");
  iso_xml_attr_int(x, "w:after", (long long)(ISO_PR_TITLE_LOGO_AFTER * 20));
  iso_xml_end(x);
  iso_xml_end(x);
  docx_drawing(c, x, rel, DOCX_EMU(w), DOCX_EMU(h), media->name + 6,
               c->meta->organization ? c->meta->organization : "logo");
  iso_xml_end(x);
}

void docx_title_block(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  title_logo(c, x);
  docx_para_text(x, "Title", m->title);
  if (m->subtitle && *m->subtitle)
    docx_para_text(x, "Subtitle", m->subtitle);
  const char *mark = iso_status_mark(c->lang, m->status);
  if (mark) {
    docx_rpr r = {0, 0, "StatusMark"};
    iso_xml_start(x, "w:p");
    docx_run(x, mark, r);
    iso_xml_end(x);
  }
  iso_pr_kv kv;
  if (iso_pr_title_rows(m, &kv))
    x->failed = 1;
  kv_table(c, x, &kv);
  iso_pr_kv_free(&kv);
}

static void history_table(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  long cols[ISO_PR_HISTORY_COLS];
  docx_weights_to_twips(c, iso_pr_history_weights, ISO_PR_HISTORY_COLS, cols);
  docx_tbl_start(c, x, cols, ISO_PR_HISTORY_COLS, 0);
  docx_tr_start(x, 1);
  for (int i = 0; i < ISO_PR_HISTORY_COLS; i++)
    docx_tc_text(x, cols[i], iso_pr_history_head(c->lang, i), 1);
  iso_xml_end(x);
  for (size_t r = 0; r < m->n_history; r++) {
    docx_tr_start(x, 0);
    for (int i = 0; i < ISO_PR_HISTORY_COLS; i++) {
      char buf[32];
      docx_tc_text(x, cols[i], iso_pr_history_cell(m, r, i, buf), 0);
    }
    iso_xml_end(x);
  }
  docx_tbl_end(c, x, NULL);
}

/* One part of the closing block: its heading, then its table(s). */
void docx_closing_part(docx *c, iso_xml *x, const iso_walk_closing *cl) {
  docx_heading(c, x, NULL, cl->h.level, cl->h.text, cl->heading, 0);
  switch (cl->h.kind) {
  case ISO_PR_CLOSING_APPROVAL:
    kv_table(c, x, cl->rows);
    docx_signoff_table(c, x);
    break;
  case ISO_PR_CLOSING_HISTORY:
    history_table(c, x);
    break;
  case ISO_PR_CLOSING_ACK:
    docx_ack_table(c, x);
    break;
  }
}
