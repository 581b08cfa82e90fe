/* Inlines as runs. Strong and emphasis are direct b/i (they nest, and a run
 * has only one character style); code and links use the Inline Code and
 * Hyperlink character styles so they restyle with the document. */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

static void rpr(iso_xml *x, docx_rpr r) {
  if (!r.rstyle && !r.bold && !r.italic)
    return;
  iso_xml_start(x, "w:rPr");
  if (r.rstyle)
    iso_xml_empty_attr(x, "w:rStyle", "w:val", r.rstyle);
  if (r.bold) {
    iso_xml_empty(x, "w:b");
    iso_xml_empty(x, "w:bCs");
  }
  if (r.italic) {
    iso_xml_empty(x, "w:i");
    iso_xml_empty(x, "w:iCs");
  }
  iso_xml_end(x);
}

static void t(iso_xml *x, const char *s, size_t len) {
  if (!len)
    return;
  iso_xml_start(x, "w:t");
  /* without it LibreOffice drops leading and trailing spaces */
  iso_xml_attr(x, "xml:space", "preserve");
  iso_xml_text_len(x, s, len);
  iso_xml_end(x);
}

/* Text with tabs as w:tab and line ends as w:br (w:t may not hold either
 * as a raw character, Word shows them as spaces). */
static void run_content(iso_xml *x, const char *s, int newline_breaks) {
  const char *start = s;
  for (const char *p = s;; p++) {
    if (*p == '\t' || *p == '\n' || *p == '\r' || *p == '\0') {
      t(x, start, (size_t)(p - start));
      if (*p == '\0')
        break;
      if (*p == '\t')
        iso_xml_empty(x, "w:tab");
      else if (*p == '\n')
        newline_breaks ? iso_xml_empty(x, "w:br") : t(x, " ", 1);
      start = p + 1;
    }
  }
}

static void run_mode(iso_xml *x, const char *text, docx_rpr r, int breaks) {
  if (!text || !*text)
    return;
  iso_xml_start(x, "w:r");
  rpr(x, r);
  run_content(x, text, breaks);
  iso_xml_end(x);
}

void docx_run(iso_xml *x, const char *text, docx_rpr r) {
  run_mode(x, text, r, 1);
}

static void fld_char(iso_xml *x, const char *type, docx_rpr r) {
  iso_xml_start(x, "w:r");
  rpr(x, r);
  iso_xml_empty_attr(x, "w:fldChar", "w:fldCharType", type);
  iso_xml_end(x);
}

void docx_field(iso_xml *x, const char *instr, const char *cached, docx_rpr r) {
  fld_char(x, "begin", r);
  iso_xml_start(x, "w:r");
  rpr(x, r);
  iso_xml_start(x, "w:instrText");
  iso_xml_attr(x, "xml:space", "preserve");
  iso_xml_text(x, instr);
  iso_xml_end(x);
  iso_xml_end(x);
  fld_char(x, "separate", r);
  docx_run(x, cached, r);
  fld_char(x, "end", r);
}

void docx_ppr_style(iso_xml *x, const char *style) {
  if (!style)
    return;
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  iso_xml_end(x);
}

void docx_para_text(iso_xml *x, const char *style, const char *text) {
  docx_rpr plain = {0, 0, NULL};
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, style);
  docx_run(x, text, plain);
  iso_xml_end(x);
}

static void link(docx *c, iso_xml *x, const iso_node *n, docx_rpr r) {
  const char *url = iso_node_get_url(n);
  if (!url || !*url) { /* nowhere to go: keep the text, drop the link */
    docx_inlines(c, x, n, r);
    return;
  }
  iso_xml_start(x, "w:hyperlink");
  if (url && url[0] == '#' && url[1]) {
    iso_xml_attr(x, "w:anchor", url + 1);
  } else {
    /* a relationship target must be a valid URI, as in the other formats */
    char *uri = iso_uri_escape(url);
    int id = uri ? docx_rel_add(c, &c->doc_rels, "hyperlink", uri, 1) : 0;
    if (!uri)
      x->failed = 1;
    free(uri);
    iso_xml_attrf(x, "r:id", "rId%d", id);
  }
  iso_xml_attr(x, "w:history", "1");
  r.rstyle = "Hyperlink";
  if (iso_node_first_child(n))
    docx_inlines(c, x, n, r);
  else
    run_mode(x, url, r, 0); /* an empty link still shows where it goes */
  iso_xml_end(x);
}

void docx_inlines(docx *c, iso_xml *x, const iso_node *parent, docx_rpr r) {
  for (const iso_node *n = iso_node_first_child(parent); n; n = iso_node_next(n)) {
    docx_rpr inner = r;
    switch (iso_node_get_type(n)) {
    case ISO_NODE_TEXT:
      run_mode(x, iso_node_get_literal(n), r, 0);
      break;
    case ISO_NODE_STRONG:
      inner.bold = 1;
      docx_inlines(c, x, n, inner);
      break;
    case ISO_NODE_EMPH:
      inner.italic = 1;
      docx_inlines(c, x, n, inner);
      break;
    case ISO_NODE_CODE:
      inner.rstyle = "InlineCode";
      run_mode(x, iso_node_get_literal(n), inner, 0);
      break;
    case ISO_NODE_LINK:
      link(c, x, n, r);
      break;
    case ISO_NODE_LINEBREAK:
      iso_xml_start(x, "w:r");
      iso_xml_empty(x, "w:br");
      iso_xml_end(x);
      break;
    default:
      break;
    }
  }
}
