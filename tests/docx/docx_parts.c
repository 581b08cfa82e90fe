/* Part-level tests of the DOCX writer: builds a document through the model
 * API, renders it and checks exact XML of single elements in the parts.
 * usage: docx_parts [OUT.docx [OUT.txt [fi]]]: also writes the DOCX and the
 * dump of the tree (the shell tests validate and render them); "fi" makes
 * the document Finnish. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <zip.h>

#include "check.h"
#include "internal.h"
#include "tree.h"

/* Every output's time, as the program takes it from SOURCE_DATE_EPOCH (the
 * shell tests set 1773532800, 2026-03-15). */
static const iso_write_options at_epoch = {.has_timestamp = 1,
                                           .timestamp = 1773532800};


static void row(iso_node *table, int header, const char *const *cells, int n) {
  iso_node *r = tree_node(table, ISO_NODE_ROW);
  iso_node_set_row_header(r, header);
  for (int i = 0; i < n; i++)
    tree_text(tree_node(r, ISO_NODE_CELL), cells[i]);
}

static iso_node *list(iso_node *parent, int ordered, int start,
                      const char *const *items, int n) {
  iso_node *l = tree_node(parent, ISO_NODE_LIST);
  iso_node_set_list(l, ordered, start);
  for (int i = 0; i < n; i++)
    tree_para(tree_node(l, ISO_NODE_ITEM), items[i]);
  return l;
}

static char *dupstr(const char *s) {
  char *d = malloc(strlen(s) + 1);
  strcpy(d, s);
  return d;
}

static int finnish; /* the third argument "fi" */

static void build(const char *images) {
  tree_doc = iso_document_new("test.yaml");
  iso_meta *m = iso_document_meta(tree_doc);
  m->id = dupstr("ISMS-POL-01");
  m->title = dupstr("Tietoturvapolitiikka – äöå €");
  m->subtitle = dupstr("Policy & <principles>");
  m->type = ISO_TYPE_POLICY;
  m->organization = dupstr("Esimerkki Oy");
  m->version = dupstr("1.10");
  m->status = ISO_STATUS_DRAFT;
  m->classification = dupstr("Internal");
  m->language = finnish ? ISO_LANG_FI : ISO_LANG_EN;
  m->owner = dupstr("Maria Virtanen");
  m->next_review = (iso_date){2027, 3, 15};
  m->effective = (iso_date){2026, 4, 1};
  m->review_months = 12;
  m->n_distribution = 2;
  m->distribution = calloc(2, sizeof(char *));
  m->distribution[0] = dupstr("All personnel");
  m->distribution[1] = dupstr("Board");
  m->n_keywords = 2;
  m->keywords = calloc(2, sizeof(char *));
  m->keywords[0] = dupstr("ISMS");
  m->keywords[1] = dupstr("policy");
  m->n_history = 1;
  m->history = calloc(1, sizeof(iso_revision));
  m->history[0].version = dupstr("1.0");
  m->history[0].date = (iso_date){2026, 1, 10};
  m->history[0].author = dupstr("Antti Laine");
  m->history[0].changes = dupstr("First version");

  iso_node *s1 = tree_section(tree_doc, 1, "Purpose");
  tree_node(s1, ISO_NODE_TOC);
  iso_node *p = tree_node(s1, ISO_NODE_PARAGRAPH);
  tree_text(p, "We protect ");
  tree_text(tree_node(p, ISO_NODE_STRONG), "customer");
  tree_text(p, " and ");
  tree_text(tree_node(p, ISO_NODE_EMPH), "personnel");
  tree_text(p, " data, see ");
  iso_node *a = tree_node(p, ISO_NODE_LINK);
  iso_node_set_url(a, "https://example.com/a?b=1&c=2");
  tree_text(a, "the site");
  tree_text(p, " and run ");
  iso_node_set_literal(tree_node(p, ISO_NODE_CODE), "isoexport -f docx");
  tree_node(p, ISO_NODE_LINEBREAK);
  tree_text(p, "  two spaces\tand a tab.");

  iso_node *s2 = tree_section(s1, 2, "Scope and objectives");
  static const char *const items[] = {"SaaS service", "Support"};
  list(s2, 0, 1, items, 2);
  iso_node *ol = list(s2, 1, 3, items, 2);
  /* a nested list under the second item */
  list(iso_node_next(iso_node_first_child(ol)), 1, 1, items, 1);

  iso_node *t = tree_node(s2, ISO_NODE_TABLE);
  iso_node_set_columns(t, 2);
  static const double w[] = {1, 3};
  iso_node_set_widths(t, w, 2);
  iso_node_set_caption(t, "Systems");
  static const char *const h[] = {"System", "Owner"};
  static const char *const r1[] = {"CRM", "Sales – Päivi"};
  row(t, 1, h, 2);
  row(t, 0, r1, 2);

  iso_node *obj = tree_node(s2, ISO_NODE_OBJECTIVES);
  iso_node_set_columns(obj, 3);
  static const char *const oh[] = {"Objective", "Metric", "Deadline"};
  static const char *const o1[] = {"MFA for admins", "MFA coverage", "2026-06-30"};
  row(obj, 1, oh, 3);
  row(obj, 0, o1, 3);

  iso_node *s3 = tree_section(tree_doc, 1, "Rules");
  iso_node *note = tree_node(s3, ISO_NODE_CALLOUT);
  iso_node_set_callout(note, ISO_CALLOUT_WARNING);
  tree_para(note, "Never share passwords.");
  iso_node *code = tree_node(s3, ISO_NODE_CODE_BLOCK);
  iso_node_set_literal(code, "line 1\n\tline 2\n");
  tree_node(s3, ISO_NODE_PAGEBREAK);
  if (images) {
    char path[4200];
    iso_diags *probe_diags = iso_diags_new();
    snprintf(path, sizeof path, "%s/pdca.jpg", images);
    const iso_image *pdca =
        iso_document_add_image(tree_doc, path, probe_diags, NULL, 0, 0);
    if (pdca) {
      iso_node *img = tree_node(s3, ISO_NODE_IMAGE);
      iso_node_set_image(img, pdca);
      iso_node_set_width_pct(img, 50);
      iso_node_set_caption(img, "PDCA cycle");
    }
    snprintf(path, sizeof path, "%s/logo.png", images);
    m->logo_image = iso_document_add_image(tree_doc, path, probe_diags, NULL, 0, 0);
    if (m->logo_image)
      m->logo = dupstr(path);
    iso_diags_free(probe_diags);
  }
  iso_node *deep = tree_section(s3, 4, "Deep heading");
  /* last, so earlier relationship ids stay: a link that is not a valid URI
   * as written gets its target encoded */
  iso_node *a2 = tree_node(tree_node(deep, ISO_NODE_PARAGRAPH), ISO_NODE_LINK);
  iso_node_set_url(a2, "https://example.com/käyttö ohje[1]");
  tree_text(a2, "the guide");
}

/* The named part of the package, NUL-terminated (caller frees). */
static char *part(const iso_buf *docx, const char *name) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(docx->data, docx->len, 0, &err);
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
  if (!z) {
    zip_source_free(src);
    return NULL;
  }
  zip_stat_t st;
  char *out = NULL;
  if (zip_stat(z, name, 0, &st) == 0) {
    zip_file_t *f = zip_fopen(z, name, 0);
    out = calloc(1, st.size + 1);
    if (f && out)
      zip_fread(f, out, st.size);
    if (f)
      zip_fclose(f);
  }
  zip_close(z);
  return out;
}

static void has(const char *xml, const char *snippet) {
  check_count++;
  if (!xml || !strstr(xml, snippet)) {
    check_failures++;
    fprintf(stderr, "missing: %s\n", snippet);
  }
}

#define R "<w:r><w:t xml:space=\"preserve\">"
#define RE "</w:t></w:r>"
/* a caption's label runs are bold, its text italic (present.h) */
#define RB "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">"
#define RI "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">"

static void check_document(const char *d) {
  /* a paragraph with strong, emphasis, a link and inline code */
  has(d, "<w:p>" R "We protect " RE
         "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">customer" RE
         R " and " RE
         "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">personnel" RE
         R " data, see " RE
         "<w:hyperlink r:id=\"rId7\" w:history=\"1\"><w:r><w:rPr><w:rStyle "
         "w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">the site" RE
         "</w:hyperlink>" R " and run " RE
         "<w:r><w:rPr><w:rStyle w:val=\"InlineCode\"/></w:rPr><w:t "
         "xml:space=\"preserve\">isoexport -f docx" RE
         "<w:r><w:br/></w:r>" R "  two spaces</w:t><w:tab/><w:t "
         "xml:space=\"preserve\">and a tab." RE "</w:p>");
  /* headings carry their TOC bookmark */
  has(d, "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:bookmarkStart "
         "w:id=\"1\" w:name=\"_Toc000001\"/>" R "Purpose" RE "<w:bookmarkEnd w:id=\"1\"/></w:p>");
  /* the TOC field with a filled-in entry */
  has(d, "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>");
  has(d, "<w:hyperlink w:anchor=\"_Toc000002\" w:history=\"1\">" R "Scope and objectives" RE);
  has(d, "<w:instrText xml:space=\"preserve\"> PAGEREF _Toc000002 \\h </w:instrText>");
  /* heading 4 is bookmarked but not in the TOC (levels 1-3) */
  CHECK(strstr(d, "w:anchor=\"_Toc000004\"") == NULL);
  /* table: fixed grid from widths 1:3 of the 9354-twip text width */
  has(d, "<w:tblGrid><w:gridCol w:w=\"2339\"/><w:gridCol w:w=\"7015\"/></w:tblGrid>");
  has(d, "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW "
         "w:w=\"2339\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle "
         "w:val=\"TableHeading\"/></w:pPr>" R "System" RE "</w:p></w:tc>");
  has(d, "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>");
  has(d, "<w:tblStyle w:val=\"IsmsTable\"/>");
  /* caption with a SEQ field */
  has(d, "<w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>" RB "Table " RE);
  has(d, "<w:instrText xml:space=\"preserve\"> SEQ Table \\* ARABIC </w:instrText>");
  /* lists: the ordered list starts its own w:num, nested at level 1 */
  has(d, "<w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
         "w:val=\"3\"/></w:numPr></w:pPr>" R "SaaS service" RE);
  has(d, "<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"4\"/>");
  has(d, "<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"5\"/>");
  /* call-out with its localized title */
  has(d, "<w:pPr><w:pStyle w:val=\"WarningTitle\"/></w:pPr>" R "Warning" RE);
  has(d, "<w:pPr><w:pStyle w:val=\"Warning\"/></w:pPr>" R "Never share passwords." RE);
  /* code block: line breaks and tabs, no trailing empty line */
  has(d, "<w:pStyle w:val=\"CodeBlock\"/></w:pPr>" R "line 1</w:t><w:br/><w:tab/><w:t "
         "xml:space=\"preserve\">line 2" RE "</w:p>");
  /* a page break before images: a paragraph of its own, 1 pt high */
  has(d, "<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"0\" "
         "w:line=\"20\" w:lineRule=\"exact\"/>");
  /* title block and approval block */
  has(d, "<w:pStyle w:val=\"Title\"/></w:pPr>" R "Tietoturvapolitiikka – äöå €" RE);
  has(d, R "Policy &amp; &lt;principles&gt;" RE);
  has(d, R "Review interval" RE);
  has(d, R "1 year" RE);
  has(d, R "All personnel, Board" RE);
  has(d, R "Approval and version control" RE);
  has(d, R "Revision history" RE);
  has(d, R "First version" RE);
  has(d, R "not approved" RE);
  /* page set-up from the theme: A4, margins 25/20 mm */
  has(d, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1134\" "
         "w:bottom=\"1417\" w:left=\"1417\"");
  /* the body's last paragraph comes before sectPr */
  CHECK(strstr(d, "</w:p><w:sectPr>") != NULL);
}

static void check_footer(const char *f) {
  has(f, R "ISMS-POL-01 · Tietoturvapolitiikka – äöå € · Version 1.10 · Draft · Internal" RE);
  has(f, "<w:r><w:tab/></w:r>" R "Page " RE
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
         "xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar "
         "w:fldCharType=\"separate\"/></w:r>" R "1" RE
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" R " of " RE
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
         "xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r>");
  has(f, "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Owner: " RE
         R "Maria Virtanen" RE);
  has(f, "Approval date: " RE R "not approved" RE);
  has(f, "Next review: " RE R "2027-03-15" RE);
}

/* Awkward input: text XML cannot carry, empty and ragged structures, lists
 * deeper than Word's nine levels, a document with almost no metadata. The
 * writer must succeed and every part must be well-formed. */
static void check_edges(const iso_writer *w) {
  iso_node *keep = tree_doc;
  tree_doc = iso_document_new(NULL);
  iso_meta *m = iso_document_meta(tree_doc);
  m->title = dupstr("Bad \x01 bytes \xff and \xF0\x9F\x98\x80");
  m->version = dupstr("1");
  tree_node(tree_doc, ISO_NODE_SECTION); /* a section without a heading */
  iso_node *s = tree_section(tree_doc, 6, "Six");
  tree_node(s, ISO_NODE_PAGEBREAK);
  tree_para(s, "ctl \x02\x1f text\r\nnext");
  iso_node *p = tree_node(s, ISO_NODE_PARAGRAPH);
  tree_text(tree_node(p, ISO_NODE_LINK), "no url");
  tree_node(s, ISO_NODE_PARAGRAPH); /* empty */
  tree_node(s, ISO_NODE_TABLE);     /* no rows */
  iso_node *t = tree_node(s, ISO_NODE_TABLE);
  iso_node_set_columns(t, 3);
  static const char *const one[] = {"only"};
  row(t, 0, one, 1);
  row(t, 1, one, 1); /* a header row after a body row */
  tree_node(s, ISO_NODE_CALLOUT);
  tree_node(s, ISO_NODE_CODE_BLOCK);
  tree_node(s, ISO_NODE_TOC);
  iso_node *l = tree_node(s, ISO_NODE_LIST);
  for (int i = 0; i < 12; i++) {
    iso_node *item = tree_node(l, ISO_NODE_ITEM);
    tree_para(item, "deep");
    l = tree_node(item, ISO_NODE_LIST);
  }
  tree_node(tree_node(l, ISO_NODE_ITEM), ISO_NODE_LIST); /* an item with no paragraph */
  iso_diags *d = iso_diags_new();
  iso_buf out;
  iso_buf_init(&out);
  CHECK_INT(iso_writer_run(w, tree_doc, iso_theme_default(), &at_epoch, &out, d), 0);
  static const char *const names[] = {"word/document.xml", "word/header1.xml",
                                      "word/footer1.xml", "docProps/core.xml",
                                      "docProps/custom.xml", "word/numbering.xml"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char *x = part(&out, names[i]);
    xmlDocPtr parsed = x ? xmlReadMemory(x, (int)strlen(x), names[i], NULL,
                                         XML_PARSE_NONET | XML_PARSE_NOERROR |
                                             XML_PARSE_NOWARNING)
                         : NULL;
    CHECK(parsed != NULL);
    if (!parsed)
      fprintf(stderr, "edge document: %s is not well-formed\n", names[i]);
    xmlFreeDoc(parsed);
    if (i == 0) {
      has(x, "Bad  bytes  and \xF0\x9F\x98\x80");
      has(x, "ctl  text");
      has(x, "<w:ilvl w:val=\"8\"/>"); /* deeper lists stay at level 9 */
      CHECK(strstr(x, "<w:ilvl w:val=\"9\"/>") == NULL);
      CHECK(strstr(x, "w:hyperlink") == NULL || strstr(x, "r:id=\"rId7\"") == NULL);
    }
    free(x);
  }
  const char *save = getenv("DOCX_EDGE_OUT"); /* for the schema tests */
  FILE *f = save ? fopen(save, "wb") : NULL;
  if (f) {
    CHECK(fwrite(out.data, 1, out.len, f) == out.len);
    fclose(f);
  }
  iso_buf_free(&out);
  iso_diags_free(d);
  iso_node_free(tree_doc);
  tree_doc = keep;
}

int main(int argc, char **argv) {
  const char *srcdir = getenv("top_srcdir");
  char images[4096];
  snprintf(images, sizeof images, "%s/samples/images", srcdir ? srcdir : ".");
  setenv("SOURCE_DATE_EPOCH", "1773532800", 1);
  finnish = argc > 3 && strcmp(argv[3], "fi") == 0;
  build(images);
  iso_diags *d = iso_diags_new();
  iso_buf out, again;
  iso_buf_init(&out);
  iso_buf_init(&again);
  const iso_writer *w = iso_writer_find("docx");
  if (!w || strcmp(w->extension, "docx") != 0)
    return 1;
  int rc = iso_writer_run(w, tree_doc, iso_theme_default(), &at_epoch, &out, d);
  CHECK_INT(rc, 0);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    fprintf(stderr, "%s\n", s);
    free(s);
  }
  CHECK_INT(iso_writer_run(w, tree_doc, iso_theme_default(), &at_epoch, &again, d), 0);
  CHECK(out.len == again.len && memcmp(out.data, again.data, out.len) == 0);

  char *document = part(&out, "word/document.xml");
  char *footer = part(&out, "word/footer1.xml");
  char *header = part(&out, "word/header1.xml");
  char *numbering = part(&out, "word/numbering.xml");
  char *custom = part(&out, "docProps/custom.xml");
  char *core = part(&out, "docProps/core.xml");
  char *rels = part(&out, "word/_rels/document.xml.rels");
  char *styles = part(&out, "word/styles.xml");
  char *settings = part(&out, "word/settings.xml");
  char *ct = part(&out, "[Content_Types].xml");
  CHECK(document && footer && header && numbering && custom && core && rels &&
        styles && settings && ct);
  if (finnish) { /* labels and dates follow the language */
    has(footer, R "Sivu " RE);
    has(footer, R " / " RE);
    has(footer, "Omistaja: " RE);
    has(footer, R "15.3.2027" RE);
    has(header, "xml:space=\"preserve\">LUONNOS" RE);
    has(document, R "Hyv\xC3\xA4ksynt\xC3\xA4 ja versionhallinta" RE);
    has(document, R "1 vuosi" RE);
    has(core, "<dc:language>fi-FI</dc:language>");
    has(styles, "<w:lang w:val=\"fi-FI\"");
  } else {
    check_document(document);
    check_footer(footer);
    has(header, "<w:r><w:rPr><w:rStyle w:val=\"StatusMark\"/></w:rPr><w:t "
                "xml:space=\"preserve\">DRAFT" RE);
    has(core, "<dc:language>en-GB</dc:language>");
  }
  has(header, R "Esimerkki Oy · "); /* organisation · title, one run */
  has(numbering, "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride "
                 "w:ilvl=\"0\"><w:startOverride w:val=\"3\"/></w:lvlOverride></w:num>");
  has(numbering, "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride "
                 "w:ilvl=\"1\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
  has(custom, "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" "
              "name=\"Document ID\"><vt:lpwstr>ISMS-POL-01</vt:lpwstr></property>");
  has(custom, "name=\"Next review\"><vt:lpwstr>2027-03-15</vt:lpwstr>");
  has(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-15T00:00:00Z</dcterms:created>");
  has(core, "<dc:creator>Maria Virtanen</dc:creator>");
  has(core, "<cp:keywords>ISMS, policy</cp:keywords>");
  has(rels, "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/hyperlink\" Target=\"https://example.com/a?b=1&amp;c=2\" "
            "TargetMode=\"External\"/>");
  has(rels, "Target=\"https://example.com/k%C3%A4ytt%C3%B6%20ohje%5B1%5D\" "
            "TargetMode=\"External\"/>");
  has(styles, "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>");
  has(styles, "<w:outlineLvl w:val=\"1\"/>");
  has(settings, "<w:updateFields w:val=\"true\"/>");
  has(ct, "<Override PartName=\"/word/document.xml\"");
  if (strstr(document, "wp:inline")) {
    /* 50 % of the text width (9354 twips = 467.7 pt = 5939790 EMU) */
    has(document, "<wp:extent cx=\"2969895\"");
    has(document, "<a:blip r:embed=\"rId8\"/>");
    has(ct, "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
    has(document, RI "PDCA cycle" RE);
  }

  if (argc > 1) {
    FILE *f = fopen(argv[1], "wb");
    CHECK(f && fwrite(out.data, 1, out.len, f) == out.len);
    if (f)
      fclose(f);
  }
  check_edges(w);
  if (argc > 2) { /* the tree as text, for the shell tests' expectations */
    iso_buf dump;
    iso_buf_init(&dump);
    const iso_writer *dw = iso_writer_find("dump");
    FILE *f = fopen(argv[2], "wb");
    CHECK(dw && iso_writer_run(dw, tree_doc, iso_theme_default(), &at_epoch, &dump, d) == 0 && f &&
          fwrite(dump.data, 1, dump.len, f) == dump.len);
    if (f)
      fclose(f);
    iso_buf_free(&dump);
  }
  free(document);
  free(footer);
  free(header);
  free(numbering);
  free(custom);
  free(core);
  free(rels);
  free(styles);
  free(settings);
  free(ct);
  iso_buf_free(&out);
  iso_buf_free(&again);
  iso_diags_free(d);
  iso_node_free(tree_doc);
  return check_done("docx_parts");
}
