/* word/footer1.xml, on every page: line 1 is the control line and "Page N of
 * M" as PAGE and NUMPAGES fields (cached values so it reads right before any
 * update); line 2 the owner, approver, approval date and next review;
 * line 3, when the document or theme asks, "Uncontrolled when printed". */
#include <stdio.h>
#include <stdlib.h>

#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

static void page_of(docx *c, iso_xml *x) {
  char pages[16], text[80];
  snprintf(pages, sizeof pages, "%d", c->pages > 0 ? c->pages : 1);
  iso_xml_start(x, "w:r");
  iso_xml_empty(x, "w:tab");
  iso_xml_end(x);
  snprintf(text, sizeof text, "%s ", iso_label(c->lang, ISO_L_PAGE));
  docx_run(x, text, plain);
  docx_field(x, " PAGE ", "1", plain);
  snprintf(text, sizeof text, " %s ", iso_label(c->lang, ISO_L_PAGE_OF));
  docx_run(x, text, plain);
  docx_field(x, " NUMPAGES ", pages, plain);
}

static void line1(docx *c, iso_xml *x) {
  iso_buf b;
  iso_buf_init(&b);
  iso_pr_footer_line1(c->meta, c->theme, &b);
  iso_xml_start(x, "w:p");
  docx_furniture_ppr(c, x, "Footer");
  if (b.failed)
    c->failed = 1;
  else if (b.data)
    docx_run(x, (const char *)b.data, plain);
  iso_buf_free(&b);
  page_of(c, x);
  iso_xml_end(x);
}

static void line2(docx *c, iso_xml *x) {
  iso_control_field f[ISO_THEME_ITEMS_MAX];
  int n = iso_pr_footer_fields(c->meta, c->theme, f);
  docx_rpr bold = {1, 0, NULL};
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, "Footer");
  for (int i = 0; i < n; i++) {
    char label[80];
    snprintf(label, sizeof label, "%s%s: ", i ? ISO_PR_SEP : "", f[i].label);
    docx_run(x, label, bold);
    docx_run(x, f[i].value, plain);
  }
  iso_xml_end(x);
}

/* Line 3, when on: "Uncontrolled when printed", in bold. */
static void line3(docx *c, iso_xml *x) {
  const char *s = iso_pr_uncontrolled(c->meta, c->theme);
  if (!s)
    return;
  docx_rpr bold = {1, 0, NULL};
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, "Footer");
  docx_run(x, s, bold);
  iso_xml_end(x);
}

void docx_part_footer(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:ftr");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  iso_xml_attr(x, "xmlns:r", DOCX_NS_R);
  line1(c, x);
  line2(c, x);
  line3(c, x);
  iso_xml_end(x);
}
