/* The DOCX writer: builds every part in memory and packages them. The body
 * and the header are written first because they discover the relationships,
 * media and list instances the other parts describe. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "writers.h"

typedef void (*part_fn)(docx *c, iso_xml *x);

typedef struct built_part {
  const char *name;
  unsigned char *data;
  size_t len;
} built_part;

static int build(docx *c, part_fn fn, built_part *out, const char *name) {
  iso_xml x;
  out->name = name;
  out->data = NULL;
  out->len = 0;
  if (iso_xml_begin(&x) != 0) {
    iso_xml_discard(&x);
    return -1;
  }
  fn(c, &x);
  if (iso_xml_finish(&x, &out->data, &out->len) != 0) {
    if (!c->failed)
      iso_diag_add(c->d, ISO_SEV_ERROR, NULL, 0, 0,
                   "docx: cannot build %s (out of memory)", name);
    c->failed = 1;
    return -1;
  }
  return 0;
}

static void doc_rels(docx *c, iso_xml *x) { docx_part_rels(c, x, &c->doc_rels); }
static void hdr_rels(docx *c, iso_xml *x) { docx_part_rels(c, x, &c->hdr_rels); }
static void hdr2_rels(docx *c, iso_xml *x) { docx_part_rels(c, x, &c->hdr2_rels); }

/* The header and footer of turned pages (docx_section.c): the same
 * content, with relationships of their own. */
static void header2(docx *c, iso_xml *x) {
  docx_rels own = c->hdr_rels;
  c->hdr_rels = c->hdr2_rels;
  c->furniture_turned = 1;
  docx_part_header(c, x);
  c->furniture_turned = 0;
  c->hdr2_rels = c->hdr_rels;
  c->hdr_rels = own;
}

static void footer2(docx *c, iso_xml *x) {
  c->furniture_turned = 1;
  docx_part_footer(c, x);
  c->furniture_turned = 0;
}

/* The fixed relationships of document.xml come first: rId1..rId6. */
static void fixed_rels(docx *c) {
  docx_rel_add(c, &c->doc_rels, "styles", "styles.xml", 0);
  docx_rel_add(c, &c->doc_rels, "numbering", "numbering.xml", 0);
  docx_rel_add(c, &c->doc_rels, "settings", "settings.xml", 0);
  docx_rel_add(c, &c->doc_rels, "fontTable", "fontTable.xml", 0);
  docx_rel_add(c, &c->doc_rels, "header", "header1.xml", 0);
  docx_rel_add(c, &c->doc_rels, "footer", "footer1.xml", 0);
}

enum {
  P_CT, P_RELS, P_CORE, P_APP, P_CUSTOM, P_DOC, P_STYLES, P_NUMBERING,
  P_SETTINGS, P_FONTS, P_HEADER, P_FOOTER, P_DOC_RELS, P_HDR_RELS,
  P_HEADER2, P_FOOTER2, P_HDR2_RELS, P_COUNT
};

static int write_docx(const iso_node *doc, const iso_theme *theme,
                      const iso_write_options *o, iso_buf *out, iso_diags *d) {
  const iso_meta *m = doc ? iso_document_meta_const(doc) : NULL;
  if (!m) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "docx: no document");
    return -1;
  }
  docx c;
  memset(&c, 0, sizeof c);
  c.doc = doc;
  c.meta = m;
  c.when = iso_write_timestamp(m, o);
  c.theme = theme ? theme : iso_theme_default();
  c.d = d;
  c.lang = m->language;
  c.text_width = DOCX_TWIPS(c.theme->page_width - c.theme->margin_left -
                            c.theme->margin_right);
  if (c.text_width < 1440)
    c.text_width = 1440; /* absurd themes still give a usable page */
  c.next_docpr = 1;
  c.metrics = iso_metrics_open(c.theme);
  if (!c.metrics) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "docx: out of memory");
    return -1;
  }

  built_part parts[P_COUNT];
  memset(parts, 0, sizeof parts);
  fixed_rels(&c);
  int ok = docx_collect_headings(&c) == 0 &&
           build(&c, docx_part_header, &parts[P_HEADER], "word/header1.xml") == 0 &&
           build(&c, docx_part_document, &parts[P_DOC], "word/document.xml") == 0 &&
           build(&c, docx_part_footer, &parts[P_FOOTER], "word/footer1.xml") == 0 &&
           (!c.hdr2_rel ||
            (build(&c, header2, &parts[P_HEADER2], "word/header2.xml") == 0 &&
             build(&c, footer2, &parts[P_FOOTER2], "word/footer2.xml") == 0 &&
             (c.hdr2_rels.n == 0 ||
              build(&c, hdr2_rels, &parts[P_HDR2_RELS],
                    "word/_rels/header2.xml.rels") == 0))) &&
           build(&c, docx_part_content_types, &parts[P_CT], "[Content_Types].xml") == 0 &&
           build(&c, docx_part_package_rels, &parts[P_RELS], "_rels/.rels") == 0 &&
           build(&c, docx_part_core, &parts[P_CORE], "docProps/core.xml") == 0 &&
           build(&c, docx_part_app, &parts[P_APP], "docProps/app.xml") == 0 &&
           build(&c, docx_part_custom, &parts[P_CUSTOM], "docProps/custom.xml") == 0 &&
           build(&c, docx_part_styles, &parts[P_STYLES], "word/styles.xml") == 0 &&
           build(&c, docx_part_numbering, &parts[P_NUMBERING], "word/numbering.xml") == 0 &&
           build(&c, docx_part_settings, &parts[P_SETTINGS], "word/settings.xml") == 0 &&
           build(&c, docx_part_font_table, &parts[P_FONTS], "word/fontTable.xml") == 0 &&
           build(&c, doc_rels, &parts[P_DOC_RELS], "word/_rels/document.xml.rels") == 0 &&
           (c.hdr_rels.n == 0 ||
            build(&c, hdr_rels, &parts[P_HDR_RELS], "word/_rels/header1.xml.rels") == 0) &&
           !c.failed;

  int rc = -1;
  if (ok) {
    iso_zip *z = iso_zip_new(c.when);
    int zok = z != NULL;
    for (int i = 0; i < P_COUNT; i++) {
      if (!parts[i].name)
        continue;
      if (zok && iso_zip_add(z, parts[i].name, parts[i].data, parts[i].len, 0) != 0)
        zok = 0;
      else if (!zok)
        free(parts[i].data);
      parts[i].data = NULL; /* the zip owns it now, even on error */
    }
    for (size_t i = 0; zok && i < c.n_media; i++) {
      char name[40];
      snprintf(name, sizeof name, "word/%s", c.media[i].name);
      if (iso_zip_add_copy(z, name, c.media[i].img->data,
                           c.media[i].img->len, 1) != 0)
        zok = 0;
    }
    if (zok) {
      rc = iso_zip_finish(z, out, d, "docx");
    } else {
      iso_zip_free(z);
      iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "docx: cannot build the package");
    }
  } else if (!iso_diags_errors(d)) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "docx: cannot build the document");
  }
  for (int i = 0; i < P_COUNT; i++)
    free(parts[i].data);
  docx_state_free(&c);
  iso_metrics_free(c.metrics);
  return rc;
}

const iso_writer iso_writer_docx = {
    "docx", "docx", "Word document (Office Open XML, ECMA-376)", write_docx};
