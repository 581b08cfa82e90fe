/* Document control in the page: the title block, the closing block (the
 * approval rows and the sign-off table, the revision history, the
 * acknowledgement), and on screen the page header and the control footer
 * (in print they are the page boxes of html_style.c). */
#include <math.h>
#include <stdio.h>

#include "html.h"

void html_cell(html_ctx *c, int header, const char *text) {
  html_raw(c, header ? "<th scope=\"col\">" : "<td>");
  html_text(c, text);
  html_raw(c, header ? "</th>" : "</td>");
}

void html_colgroup(html_ctx *c, const double *w, int n) {
  double sum = 0;
  for (int i = 0; i < n; i++)
    sum += w[i] > 0 ? w[i] : 0;
  html_raw(c, "<colgroup>");
  for (int i = 0; i < n; i++) {
    long v = sum > 0 && w[i] > 0 ? lround(w[i] / sum * 10000) : 0;
    html_rawf(c, "<col style=\"width:%ld.%02ld%%\">", v / 100, v % 100);
  }
  html_raw(c, "</colgroup>\n");
}

/* A label/value table: each label a row header. */
static void kv_table(html_ctx *c, const char *id, const iso_pr_kv *kv) {
  html_raw(c, "<table class=\"kv\"");
  html_attr(c, "id", id);
  html_raw(c, ">\n");
  html_colgroup(c, iso_pr_kv_weights, 2);
  html_raw(c, "<tbody>\n");
  for (size_t i = 0; i < kv->n; i++) {
    html_raw(c, "<tr><th scope=\"row\">");
    html_text(c, kv->label[i]);
    html_raw(c, "</th><td>");
    html_text(c, kv->value[i]);
    html_raw(c, "</td></tr>\n");
  }
  html_raw(c, "</tbody></table>\n");
}

void html_title_block(html_ctx *c) {
  html_raw(c, "<header class=\"title-block\">\n");
  html_title_logo(c);
  html_raw(c, "<h1 class=\"title\">");
  html_text(c, c->m->title);
  html_raw(c, "</h1>\n");
  if (c->m->subtitle && *c->m->subtitle) {
    html_raw(c, "<p class=\"subtitle\">");
    html_text(c, c->m->subtitle);
    html_raw(c, "</p>\n");
  }
  const char *mark = iso_status_mark(c->lang, c->m->status);
  if (mark) { /* on page one as well as in every header */
    html_raw(c, "<p class=\"status\"><span class=\"mark\">");
    html_text(c, mark);
    html_raw(c, "</span></p>\n");
  }
  iso_pr_kv kv;
  if (iso_pr_title_rows(c->m, &kv))
    c->failed = 1;
  else
    kv_table(c, "document-control", &kv);
  iso_pr_kv_free(&kv);
  html_raw(c, "</header>\n");
}

/* ---- closing block ---------------------------------------------------- */

static void table_head(html_ctx *c, const char *cls, const double *w, int n,
                       const char *(*head)(iso_lang, int)) {
  html_raw(c, "<table");
  html_attr(c, "class", cls);
  html_raw(c, ">\n");
  html_colgroup(c, w, n);
  html_raw(c, "<thead><tr>");
  for (int i = 0; i < n; i++)
    html_cell(c, 1, head(c->lang, i));
  html_raw(c, "</tr></thead>\n<tbody>\n");
}

static void history(html_ctx *c) {
  table_head(c, "history", iso_pr_history_weights, ISO_PR_HISTORY_COLS,
             iso_pr_history_head);
  for (size_t r = 0; r < c->m->n_history; r++) {
    html_raw(c, "<tr>");
    for (int i = 0; i < ISO_PR_HISTORY_COLS; i++) {
      char buf[32];
      html_cell(c, 0, iso_pr_history_cell(c->m, r, i, buf));
    }
    html_raw(c, "</tr>\n");
  }
  html_raw(c, "</tbody></table>\n");
}

static void signoff(html_ctx *c) {
  if (!c->m->n_signoff)
    return;
  table_head(c, "signoff", iso_pr_signoff_weights, ISO_PR_SIGNOFF_COLS,
             iso_pr_signoff_head);
  for (size_t r = 0; r < c->m->n_signoff; r++) {
    html_raw(c, "<tr class=\"sign\">");
    for (int i = 0; i < ISO_PR_SIGNOFF_COLS; i++) {
      char buf[32];
      html_cell(c, 0, iso_pr_signoff_cell(c->m, r, i, buf));
    }
    html_raw(c, "</tr>\n");
  }
  html_raw(c, "</tbody></table>\n");
}

static void acknowledgement(html_ctx *c) {
  html_raw(c, "<p>");
  html_text(c, iso_pr_ack_text(c->lang));
  html_raw(c, "</p>\n");
  table_head(c, "ack", iso_pr_ack_weights, ISO_PR_ACK_COLS, iso_pr_ack_head);
  for (int r = 0; r < ISO_PR_ACK_ROWS; r++) {
    html_raw(c, "<tr class=\"ack\">");
    for (int i = 0; i < ISO_PR_ACK_COLS; i++)
      html_cell(c, 0, "");
    html_raw(c, "</tr>\n");
  }
  html_raw(c, "</tbody></table>\n");
}

void html_closing_part(html_ctx *c, const iso_walk_closing *cl) {
  char id[32];
  html_heading_id(cl->heading, id);
  int level = cl->h.level;
  html_rawf(c, "<h%d class=\"h%d\"", html_level(level), level);
  html_attr(c, "id", id);
  html_raw(c, ">");
  html_number(c, cl->number);
  html_text(c, cl->h.text);
  html_rawf(c, "</h%d>\n", html_level(level));
  switch (cl->h.kind) {
  case ISO_PR_CLOSING_APPROVAL: {
    iso_pr_kv kv;
    iso_pr_approval_rows(c->m, &kv);
    kv_table(c, "approval", &kv);
    iso_pr_kv_free(&kv);
    signoff(c);
    break;
  }
  case ISO_PR_CLOSING_HISTORY:
    history(c);
    break;
  case ISO_PR_CLOSING_ACK:
    acknowledgement(c);
    break;
  }
}

/* ---- page furniture on screen ---------------------------------------- */

void html_page_header(html_ctx *c) {
  iso_pr_header h;
  if (iso_pr_header_items(c->m, c->t, &h)) {
    c->failed = 1;
    return;
  }
  html_raw(c, "<div class=\"page-header\">\n<span>");
  if (h.logo && h.logo_image) {
    double w, hh;
    iso_pr_logo_box(h.logo_image, c->text_width, &w, &hh);
    html_raw(c, "<img alt=\"\"");
    html_image_src(c, h.logo_image);
    html_raw(c, " style=\"width:");
    html_pt(c, w);
    html_raw(c, ";height:");
    html_pt(c, hh);
    html_raw(c, "\">");
  }
  html_text(c, h.left);
  html_raw(c, "</span>\n<span>");
  if (h.classification)
    html_text(c, h.classification);
  if (h.classification && h.mark)
    html_text(c, ISO_PR_SEP);
  if (h.mark) {
    html_raw(c, "<span class=\"mark\">");
    html_text(c, h.mark);
    html_raw(c, "</span>");
  }
  html_raw(c, "</span>\n</div>\n");
  iso_pr_header_free(&h);
}

void html_control_footer(html_ctx *c) {
  iso_buf b;
  iso_buf_init(&b);
  iso_pr_footer_line1(c->m, c->t, &b);
  iso_buf_append(&b, "", 1);
  if (b.failed) {
    c->failed = 1;
    iso_buf_free(&b);
    return;
  }
  html_raw(c, "<footer class=\"doc-control\">\n<p>");
  html_text(c, (const char *)b.data);
  iso_buf_free(&b);
  html_raw(c, "</p>\n<p>");
  iso_control_field f[ISO_THEME_ITEMS_MAX];
  int n = iso_pr_footer_fields(c->m, c->t, f);
  for (int i = 0; i < n; i++) {
    if (i)
      html_text(c, ISO_PR_SEP);
    html_raw(c, "<strong>");
    html_text(c, f[i].label);
    html_raw(c, "</strong>: ");
    html_text(c, f[i].value);
  }
  html_raw(c, "</p>\n");
  const char *u = iso_pr_uncontrolled(c->m, c->t);
  if (u) {
    html_raw(c, "<p class=\"uncontrolled\">");
    html_text(c, u);
    html_raw(c, "</p>\n");
  }
  html_raw(c, "</footer>\n");
}
