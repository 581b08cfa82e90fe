/* Part-level tests of the ODT writer: a document built through the model
 * API (every node type, Finnish text, odd white space), rendered, and its
 * parts checked for exact XML snippets.
 *
 * With a path argument it also writes the ODT there (language "fi" with a
 * second argument "fi"), so the shell tests can validate and render it. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "../unit/check.h"
#include "internal.h"
#include "layout/doc.h"
#include "tree.h"
#include "writers.h"

/* Every output's time, as the program takes it from SOURCE_DATE_EPOCH (the
 * shell tests set 1773532800, 2026-03-15). */
static const iso_write_options at_epoch = {.has_timestamp = 1,
                                           .timestamp = 1773532800};


static iso_node *list(iso_node *parent, int ordered, int start) {
  iso_node *l = tree_node(parent, ISO_NODE_LIST);
  iso_node_set_list(l, ordered, start);
  return l;
}

static iso_node *item(iso_node *l, const char *s) {
  iso_node *i = tree_node(l, ISO_NODE_ITEM);
  tree_para(i, s);
  return i;
}

static void row(iso_node *t, int header, const char *a, const char *b) {
  iso_node *r = tree_node(t, ISO_NODE_ROW);
  iso_node_set_row_header(r, header);
  tree_text(tree_node(r, ISO_NODE_CELL), a);
  tree_text(tree_node(r, ISO_NODE_CELL), b);
}

static char *dup(const char *s) { return s ? strdup(s) : NULL; }

static void metadata(iso_meta *m, int fi) {
  m->id = dup("ISMS-POL-01");
  m->title = dup("Tietoturvapolitiikka – äöå €");
  m->subtitle = dup("Management policy");
  m->type = ISO_TYPE_POLICY;
  m->organization = dup("Esimerkki Oy");
  m->version = dup("1.10");
  m->status = ISO_STATUS_DRAFT;
  m->classification = dup("Internal");
  m->language = fi ? ISO_LANG_FI : ISO_LANG_EN;
  m->owner = dup("Maria Virtanen");
  m->approver = NULL;
  iso_date_parse("2026-04-01", &m->effective);
  iso_date_parse("2027-03-15", &m->next_review);
  m->review_months = 12;
  m->n_distribution = 2;
  m->distribution = calloc(2, sizeof(char *));
  m->distribution[0] = dup("All personnel");
  m->distribution[1] = dup("Board");
  m->n_keywords = 2;
  m->keywords = calloc(2, sizeof(char *));
  m->keywords[0] = dup("ISMS");
  m->keywords[1] = dup("tietoturva");
  m->n_history = 2;
  m->history = calloc(2, sizeof(iso_revision));
  m->history[0].version = dup("1.0");
  iso_date_parse("2024-02-12", &m->history[0].date);
  m->history[0].author = dup("Maria Virtanen");
  m->history[0].changes = dup("First version");
  m->history[0].approver = dup("Jukka Korhonen");
  m->history[1].version = dup("1.10");
  iso_date_parse("2026-03-15", &m->history[1].date);
  m->history[1].author = dup("Antti Laine");
  m->history[1].changes = dup("Objectives for 2026");
}

/* The samples' PNG logo and JPEG figure, when the source tree is at hand. */
static char *sample_image(const char *name) {
  const char *top = getenv("top_srcdir");
  char path[4096];
  snprintf(path, sizeof path, "%s/samples/images/%s", top ? top : ".", name);
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fclose(f);
  return dup(path);
}

static void images(iso_node *parent) {
  iso_meta *m = iso_document_meta(tree_doc);
  iso_diags *d = iso_diags_new();
  m->logo = sample_image("logo.png");
  if (m->logo &&
      !(m->logo_image = iso_document_add_image(tree_doc, m->logo, d, NULL, 0, 0))) {
    free(m->logo);
    m->logo = NULL;
  }
  char *jpg = sample_image("pdca.jpg");
  const iso_image *pdca =
      jpg ? iso_document_add_image(tree_doc, jpg, d, NULL, 0, 0) : NULL;
  if (pdca) {
    iso_node *img = tree_node(parent, ISO_NODE_IMAGE);
    iso_node_set_image(img, pdca);
    iso_node_set_width_pct(img, 50);
    iso_node_set_caption(img, "PDCA cycle");
  }
  free(jpg);
  iso_diags_free(d);
}

static void build(int fi) {
  tree_doc = iso_document_new("test.yaml");
  metadata(iso_document_meta(tree_doc), fi);

  iso_node *s = tree_section(tree_doc, 1, "Purpose äöå");
  tree_node(s, ISO_NODE_TOC);
  iso_node *p = tree_para(s, "Plain ");
  iso_node *st = tree_node(p, ISO_NODE_STRONG);
  tree_text(st, "strong");
  tree_text(p, " and ");
  tree_text(tree_node(p, ISO_NODE_EMPH), "emphasis");
  tree_text(p, ", code ");
  iso_node_set_literal(tree_node(p, ISO_NODE_CODE), "a  b");
  tree_text(p, " and a ");
  iso_node *a = tree_node(p, ISO_NODE_LINK);
  iso_node_set_url(a, "https://example.com/a?b=1&c=2");
  tree_text(a, "link");
  tree_text(p, " ");
  iso_node *a2 = tree_node(p, ISO_NODE_LINK);
  iso_node_set_url(a2, "https://example.com/ä b[1]|%zz%C3%A4");
  tree_text(a2, "odd");
  tree_node(p, ISO_NODE_LINEBREAK);
  tree_text(p, "after break");

  iso_node *s2 = tree_section(s, 2, "Lists");
  iso_node *l = list(s2, 0, 1);
  item(l, "bullet one");
  iso_node *i2 = item(l, "bullet two");
  iso_node *nl = list(i2, 1, 1);
  item(nl, "nested number");
  iso_node *o = list(s2, 1, 3);
  item(o, "third");
  item(o, "fourth");
  item(list(s2, 1, 1), "first again"); /* a new list counts from 1 */

  iso_node *s3 = tree_section(tree_doc, 1, "Tables");
  iso_node *t = tree_node(s3, ISO_NODE_TABLE);
  iso_node_set_columns(t, 2);
  double w[2] = {1, 3};
  iso_node_set_widths(t, w, 2);
  iso_node_set_caption(t, "Assets");
  row(t, 1, "Asset", "Owner");
  row(t, 0, "Laptop", "IT Manager");
  iso_node *roles = tree_node(s3, ISO_NODE_ROLES);
  iso_node_set_columns(roles, 2);
  row(roles, 1, "Role", "Responsibility");
  row(roles, 0, "CEO", "Approves the policy");

  iso_node *c = tree_node(s3, ISO_NODE_CALLOUT);
  iso_node_set_callout(c, ISO_CALLOUT_WARNING);
  tree_para(c, "Careful now.");
  tree_node(s3, ISO_NODE_PAGEBREAK);
  iso_node *code = tree_node(s3, ISO_NODE_CODE_BLOCK);
  iso_node_set_literal(code, "if x:\n\tindent   three\n");
  tree_para(s3, "  leading and   inner spaces");
  images(s3);
}

/* ---- reading the package back ------------------------------------ */

static char *part(const iso_buf *odt, const char *name) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(odt->data, odt->len, 0, &err);
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
  char *out = NULL;
  zip_stat_t st;
  if (z && zip_stat(z, name, 0, &st) == 0) {
    zip_file_t *f = zip_fopen(z, name, 0);
    out = calloc(1, st.size + 1);
    if (f && out)
      zip_fread(f, out, st.size);
    if (f)
      zip_fclose(f);
  }
  if (z)
    zip_close(z);
  else if (src)
    zip_source_free(src);
  zip_error_fini(&err);
  return out;
}

#define HAS(hay, needle)                                                       \
  do {                                                                         \
    check_count++;                                                             \
    if (!(hay) || !strstr((hay), (needle))) {                                  \
      check_failures++;                                                        \
      fprintf(stderr, "%s:%d: missing: %s\n", __FILE__, __LINE__, (needle));   \
    }                                                                          \
  } while (0)

static void check_package(const iso_buf *odt) {
  /* mimetype stored first, content at byte 38 */
  CHECK(odt->len > 80);
  CHECK(memcmp(odt->data + 30, "mimetype", 8) == 0);
  CHECK(memcmp(odt->data + 38, "application/vnd.oasis.opendocument.text", 39) == 0);
  CHECK(odt->data[8] == 0 && odt->data[9] == 0); /* method 0: stored */
  char *man = part(odt, "META-INF/manifest.xml");
  if (iso_document_meta(tree_doc)->logo) {
    HAS(man, "<manifest:file-entry manifest:full-path=\"Pictures/logo1.png\" "
             "manifest:media-type=\"image/png\"/>");
    HAS(man, "<manifest:file-entry manifest:full-path=\"Pictures/image2.jpg\" "
             "manifest:media-type=\"image/jpeg\"/>");
    char *png = part(odt, "Pictures/logo1.png");
    CHECK(png && memcmp(png, "\x89PNG", 4) == 0);
    free(png);
  } else {
    fprintf(stderr, "odt_parts: samples/images not found, images not checked\n");
  }
  HAS(man, "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
           "xmlns:manifest:1.0\" manifest:version=\"1.3\">");
  HAS(man, "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
           "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>");
  HAS(man, "manifest:full-path=\"content.xml\"");
  HAS(man, "manifest:full-path=\"settings.xml\"");
  free(man);
}

static void check_content(const iso_buf *odt) {
  char *x = part(odt, "content.xml");
  HAS(x, "office:version=\"1.3\"");
  /* headings: outline level, named style, bookmark for the TOC */
  HAS(x, "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">"
         "<text:bookmark-start text:name=\"_Toc1\"/>Purpose äöå"
         "<text:bookmark-end text:name=\"_Toc1\"/></text:h>");
  HAS(x, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">");
  /* inlines */
  HAS(x, "<text:p text:style-name=\"Text_20_body\">Plain <text:span "
         "text:style-name=\"Strong_20_Emphasis\">strong</text:span> and <text:span "
         "text:style-name=\"Emphasis\">emphasis</text:span>, code <text:span "
         "text:style-name=\"Source_20_Text\">a <text:s/>b</text:span> and a <text:a "
         "xlink:type=\"simple\" xlink:href=\"https://example.com/a?b=1&amp;c=2\"");
  HAS(x, "link</text:a> <text:a xlink:type=\"simple\" "
         "xlink:href=\"https://example.com/%C3%A4%20b%5B1%5D%7C%25zz%C3%A4\"");
  HAS(x, "odd</text:a><text:line-break/>after break</text:p>");
  /* lists: style per kind, nested list, start value */
  HAS(x, "<text:list text:style-name=\"List_20_1\"><text:list-item><text:p "
         "text:style-name=\"List\">bullet one</text:p></text:list-item>");
  HAS(x, "<text:p text:style-name=\"List\">bullet two</text:p><text:list "
         "text:style-name=\"Numbering_20_123\"><text:list-item>");
  HAS(x, "<text:list text:style-name=\"Numbering_20_123\"><text:list-item "
         "text:start-value=\"3\"><text:p text:style-name=\"List\">third</text:p>");
  /* table: caption, widths 1:3 of the text width (595.28pt less 25mm and
   * 20mm margins = 467.72pt), repeated header row */
  HAS(x, "<style:table-column-properties style:column-width=\"116.93pt\" "
         "style:rel-column-width=\"2500*\"/>");
  HAS(x, "style:column-width=\"350.79pt\" style:rel-column-width=\"7500*\"");
  /* the label bold, the text italic (present.h) */
  HAS(x, "<text:p text:style-name=\"Table\"><text:span text:style-name=\"Strong_20_Emphasis\">"
         "Table <text:sequence "
         "text:ref-name=\"refTable1\" text:name=\"Table\" style:num-format=\"1\">1"
         "</text:sequence>: </text:span><text:span text:style-name=\"Emphasis\">Assets"
         "</text:span></text:p>");
  HAS(x, "<table:table table:name=\"Table1\" table:style-name=\"Tbl1\">"
         "<table:table-column table:style-name=\"Tbl1.C1\"/><table:table-column "
         "table:style-name=\"Tbl1.C2\"/><table:table-header-rows><table:table-row "
         "table:style-name=\"Row\">"
         "<table:table-cell table:style-name=\"TH\" office:value-type=\"string\">"
         "<text:p text:style-name=\"Table_20_Heading\">Asset</text:p>");
  HAS(x, "</table:table-row></table:table-header-rows><table:table-row "
         "table:style-name=\"Row\">"
         "<table:table-cell table:style-name=\"TD\" office:value-type=\"string\">"
         "<text:p text:style-name=\"Table_20_Contents\">Laptop</text:p>");
  HAS(x, "<table:table table:name=\"Table2\" table:style-name=\"Tbl2\">");
  /* call-out */
  HAS(x, "<table:table-cell table:style-name=\"CalloutWarning\" "
         "office:value-type=\"string\"><text:p text:style-name=\"Callout_20_Title\">");
  HAS(x, "<text:p text:style-name=\"Callout_20_Text\">Careful now.</text:p>");
  HAS(x, "<style:table-cell-properties fo:background-color=\"#FCE4D6\"");
  /* page break, code block white space */
  HAS(x, "<text:p text:style-name=\"PageBreak\"/>");
  HAS(x, "<text:p text:style-name=\"Preformatted_20_Text\">if x:<text:line-break/>"
         "<text:tab/>indent <text:s text:c=\"2\"/>three</text:p>");
  HAS(x, "<text:p text:style-name=\"Text_20_body\"><text:s text:c=\"2\"/>leading and "
         "<text:s text:c=\"2\"/>inner spaces</text:p>");
  /* table of contents with entries and page references */
  HAS(x, "<text:table-of-content text:name=\"Contents1\" text:protected=\"true\">");
  HAS(x, "<text:a xlink:type=\"simple\" xlink:href=\"#_Toc2\" "
         "text:style-name=\"Index_20_Link\" text:visited-style-name=\"Index_20_Link\">"
         "Lists<text:tab/>"
         "<text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"_Toc2\">");
  /* title block and closing block */
  HAS(x, "<text:p text:style-name=\"Title\">Tietoturvapolitiikka – äöå €</text:p>");
  HAS(x, "<text:p text:style-name=\"Subtitle\">Management policy</text:p>");
  HAS(x, ">ISMS-POL-01</text:p>");
  HAS(x, ">All personnel, Board</text:p>");
  HAS(x, ">2026-04-01</text:p>");
  HAS(x, ">not approved</text:p>");
  HAS(x, ">1 year</text:p>");
  HAS(x, ">Policy</text:p>");
  HAS(x, ">Policy</text:p>");
  HAS(x, "<text:bookmark-start text:name=\"_Toc4\"/>Approval and version control");
  HAS(x, "<table:table table:name=\"RevisionHistory\"");
  if (iso_document_meta(tree_doc)->logo) {
    /* 50 % of the text width, height from the JPEG's aspect ratio */
    HAS(x, "<text:p text:style-name=\"Image\"><draw:frame draw:style-name=\"fr1\" "
           "draw:name=\"Image1\" text:anchor-type=\"as-char\" svg:width=\"233.86pt\"");
    HAS(x, "<draw:image xlink:href=\"Pictures/image2.jpg\" xlink:type=\"simple\" "
           "xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/jpeg\"/>");
    HAS(x, "</text:sequence>: </text:span><text:span text:style-name=\"Emphasis\">"
           "PDCA cycle</text:span></text:p>");
  }
  HAS(x, ">Objectives for 2026</text:p>");
  free(x);
}

static void check_styles(const iso_buf *odt) {
  char *x = part(odt, "styles.xml");
  HAS(x, "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" "
         "style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
         "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\"");
  HAS(x, "fo:font-size=\"16.00pt\"");
  HAS(x, "<style:page-layout-properties fo:page-width=\"595.28pt\" "
         "fo:page-height=\"841.89pt\"");
  /* header: organisation, title, classification and the draft mark */
  HAS(x, "<style:header><text:p text:style-name=\"Header\">");
  if (iso_document_meta(tree_doc)->logo) /* 24pt tall, 240x80 pixels */
    HAS(x, "<draw:frame draw:style-name=\"MpLogo\" draw:name=\"Logo\" "
           "text:anchor-type=\"as-char\" svg:width=\"72.00pt\" svg:height=\"24.00pt\"");
  HAS(x, "Esimerkki Oy · "
         "Tietoturvapolitiikka – äöå €<text:tab/>Internal · <text:span "
         "text:style-name=\"Status_20_Mark\">DRAFT</text:span></text:p></style:header>");
  /* footer: control line, page N of M, the four fields */
  HAS(x, "<style:footer><text:p text:style-name=\"Footer\">ISMS-POL-01 · "
         "Tietoturvapolitiikka – äöå € · Version 1.10 · Draft · Internal<text:tab/>"
         "Page <text:page-number style:num-format=\"1\" text:select-page=\"current\">1"
         "</text:page-number> of <text:page-count style:num-format=\"1\">");
  /* the cached page count is the shared layout's (what the PDF has) */
  iso_layout_pages lp;
  CHECK_INT(iso_layout_paginate(tree_doc, NULL, &lp), 0);
  CHECK(lp.pages > 1);
  char count[96];
  snprintf(count, sizeof count, "<text:page-count style:num-format=\"1\">%d"
           "</text:page-count></text:p>", lp.pages);
  HAS(x, count);
  iso_layout_pages_free(&lp);
  HAS(x, "<text:span text:style-name=\"Strong_20_Emphasis\">Owner</text:span>: Maria "
         "Virtanen · <text:span text:style-name=\"Strong_20_Emphasis\">Approver"
         "</text:span>: –");
  HAS(x, "Next review</text:span>: 2027-03-15</text:p></style:footer>");
  HAS(x, "<text:list-style style:name=\"Numbering_20_123\"");
  free(x);
}

static void check_meta(const iso_buf *odt) {
  char *x = part(odt, "meta.xml");
  HAS(x, "<dc:title>Tietoturvapolitiikka – äöå €</dc:title>");
  HAS(x, "<meta:keyword>ISMS</meta:keyword><meta:keyword>tietoturva</meta:keyword>");
  HAS(x, "<meta:initial-creator>Maria Virtanen</meta:initial-creator>");
  /* SOURCE_DATE_EPOCH=1773532800 is 2026-03-15 */
  HAS(x, "<meta:creation-date>2026-03-15T00:00:00</meta:creation-date>");
  HAS(x, "<dc:language>en-GB</dc:language>");
  HAS(x, "<meta:user-defined meta:name=\"Document ID\" meta:value-type=\"string\">"
         "ISMS-POL-01</meta:user-defined>");
  HAS(x, "<meta:user-defined meta:name=\"Next review\" meta:value-type=\"date\">"
         "2027-03-15</meta:user-defined>");
  free(x);
}

int main(int argc, char **argv) {
  setenv("SOURCE_DATE_EPOCH", "1773532800", 1);
  int fi = argc > 2 && strcmp(argv[2], "fi") == 0;
  build(fi);
  iso_diags *d = iso_diags_new();
  iso_buf out, again;
  iso_buf_init(&out);
  iso_buf_init(&again);
  CHECK_INT(iso_writer_run(&iso_writer_odt, tree_doc, iso_theme_default(), &at_epoch, &out, d), 0);
  CHECK_INT(iso_writer_run(&iso_writer_odt, tree_doc, iso_theme_default(), &at_epoch, &again, d), 0);
  CHECK_INT(iso_diags_count(d), 0);
  for (size_t i = 0; i < iso_diags_count(d); i++)
    fprintf(stderr, "%s\n", iso_diags_get(d, i)->message);
  CHECK(out.len == again.len && memcmp(out.data, again.data, out.len) == 0);
  if (argc > 1) {
    FILE *f = fopen(argv[1], "wb");
    CHECK(f && fwrite(out.data, 1, out.len, f) == out.len);
    if (f)
      fclose(f);
  }
  if (!fi) {
    check_package(&out);
    check_content(&out);
    check_styles(&out);
    check_meta(&out);
  }
  iso_buf_free(&out);
  iso_buf_free(&again);
  iso_diags_free(d);
  iso_node_free(tree_doc);
  return check_done("odt_parts");
}
