/* Block content: sections, headings, paragraphs, call-outs, code blocks and
 * page breaks. Lists, tables and images have their own files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "present.h"

static const docx_rpr plain = {0, 0, NULL};

static void bookmark_start(iso_xml *x, size_t i) {
  char name[32];
  docx_bookmark_name(i, name);
  iso_xml_start(x, "w:bookmarkStart");
  iso_xml_attr_int(x, "w:id", (long long)i + 1);
  iso_xml_attr(x, "w:name", name);
  iso_xml_end(x);
}

/* The paragraph's style, and the page break it carries (present.h). */
static void para_props(docx *c, iso_xml *x, const iso_node *n, const char *style) {
  if (!n || n != c->break_before) {
    docx_ppr_style(x, style);
    return;
  }
  c->break_before = NULL;
  iso_xml_start(x, "w:pPr");
  if (style)
    iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  iso_xml_empty(x, "w:pageBreakBefore");
  /* no space above the first paragraph of a page, after a break too (Word
   * and LibreOffice keep it there, the PDF and ODT do not) */
  iso_xml_empty_attr(x, "w:spacing", "w:before", "0");
  iso_xml_end(x);
}

void docx_heading(docx *c, iso_xml *x, const iso_node *n, int level,
                  const char *text) {
  char style[32];
  if (level < 1)
    level = 1;
  if (level > 6)
    level = 6;
  docx_heading_style(c, n, level, style);
  /* headings were collected in the same order, so the next one is this */
  size_t i = c->heads_done;
  int marked = i < c->n_heads && c->heads[i].node == n;
  if (marked)
    c->heads_done++;
  iso_xml_start(x, "w:p");
  para_props(c, x, n, style);
  if (marked)
    bookmark_start(x, i);
  if (n)
    docx_inlines(c, x, n, plain);
  else
    docx_run(x, text, plain);
  if (marked) {
    iso_xml_start(x, "w:bookmarkEnd");
    iso_xml_attr_int(x, "w:id", (long long)i + 1);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}

static void paragraph(docx *c, iso_xml *x, const iso_node *n, const char *pstyle) {
  iso_xml_start(x, "w:p");
  para_props(c, x, n, pstyle);
  docx_inlines(c, x, n, plain);
  iso_xml_end(x);
}

static void code_block(iso_xml *x, const iso_node *n) {
  const char *s = iso_node_get_literal(n);
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, "CodeBlock");
  if (s) {
    /* the final line end is not an empty last line */
    size_t len = 0;
    while (s[len])
      len++;
    while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
      len--;
    char *trimmed = malloc(len + 1);
    if (trimmed) {
      memcpy(trimmed, s, len);
      trimmed[len] = '\0';
      docx_run(x, trimmed, plain);
      free(trimmed);
    } else {
      docx_run(x, s, plain);
    }
  }
  iso_xml_end(x);
}

static void callout(docx *c, iso_xml *x, const iso_node *n) {
  static const char *const styles[] = {"Note", "Tip", "Warning"};
  static const char *const titles[] = {"NoteTitle", "TipTitle", "WarningTitle"};
  int k = (int)iso_node_get_callout(n);
  if (k < 0 || k > 2)
    k = 0;
  iso_pr_callout s = iso_pr_callout_style(c->theme, c->lang, (iso_callout_kind)k);
  docx_para_text(x, titles[k], s.label);
  docx_blocks(c, x, n, styles[k]);
  /* a small empty paragraph closes the box: the next block might be a
   * call-out of the same kind, whose borders would merge with this one */
  docx_spacer(x, iso_pr_callout_box(c->theme).after);
}

/* A paragraph that starts on a new page and is ISO_PR_BREAK_HEIGHT high. */
void docx_page_break(iso_xml *x) {
  long line = DOCX_TWIPS(ISO_PR_BREAK_HEIGHT);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:pageBreakBefore");
  iso_xml_start(x, "w:spacing");
  iso_xml_attr(x, "w:before", "0");
  iso_xml_attr(x, "w:after", "0");
  iso_xml_attrf(x, "w:line", "%ld", line);
  iso_xml_attr(x, "w:lineRule", "exact");
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  iso_xml_start(x, "w:sz");
  iso_xml_attrf(x, "w:val", "%ld", DOCX_HALFPT(ISO_PR_BREAK_HEIGHT));
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void docx_block(docx *c, iso_xml *x, const iso_node *n, const char *pstyle) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_DOCUMENT:
  case ISO_NODE_SECTION:
    docx_blocks(c, x, n, pstyle);
    break;
  case ISO_NODE_HEADING:
    docx_heading(c, x, n, iso_node_get_level(n), NULL);
    break;
  case ISO_NODE_PARAGRAPH:
    paragraph(c, x, n, pstyle);
    break;
  case ISO_NODE_LIST:
    docx_list(c, x, n, 0, pstyle);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    docx_table(c, x, n);
    break;
  case ISO_NODE_CALLOUT:
    callout(c, x, n);
    break;
  case ISO_NODE_CODE_BLOCK:
    code_block(x, n);
    break;
  case ISO_NODE_IMAGE:
    docx_image(c, x, n);
    break;
  case ISO_NODE_PAGEBREAK:
    c->break_before = iso_pr_break_carrier(n);
    if (!c->break_before)
      docx_page_break(x);
    break;
  case ISO_NODE_TOC:
    docx_toc(c, x, n);
    break;
  case ISO_NODE_PRINCIPLES:
    docx_para_text(x, "PrinciplesTitle", iso_pr_principles_label(c->lang));
    docx_blocks(c, x, n, pstyle);
    break;
  default:
    break;
  }
}

void docx_blocks(docx *c, iso_xml *x, const iso_node *parent, const char *pstyle) {
  for (const iso_node *n = iso_node_first_child(parent); n; n = iso_node_next(n))
    docx_block(c, x, n, pstyle);
}
