/* content.xml's office:text: one switch over the iterator's ENTER/EXIT
 * events (no recursion, so deep nesting cannot exhaust the stack). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "odt.h"

/* ---- headings ------------------------------------------------------ */

static void heading_enter(odt_ctx *c, const iso_node *n) {
  int level = iso_node_get_level(n);
  if (level < 1)
    level = 1;
  if (level > 6)
    level = 6;
  char style[32], mark[32];
  if (n == c->break_before) {
    c->break_before = NULL;
    snprintf(style, sizeof style, ODT_BREAK_HEADING "%d", level);
  } else {
    snprintf(style, sizeof style, "Heading_20_%d", level);
  }
  odt_p_start(c, "text:h", style);
  iso_xml_attr_int(c->x, "text:outline-level", level);
  odt_heading_number(c, n);
  c->cur_heading = ++c->n_headings;
  snprintf(mark, sizeof mark, "_Toc%d", c->cur_heading);
  iso_xml_empty_attr(c->x, "text:bookmark-start", "text:name", mark);
}

static void heading_exit(odt_ctx *c) {
  char mark[32];
  snprintf(mark, sizeof mark, "_Toc%d", c->cur_heading);
  iso_xml_empty_attr(c->x, "text:bookmark-end", "text:name", mark);
  iso_xml_end(c->x);
}

/* ---- paragraphs and lists ------------------------------------------ */

static const char *paragraph_style(const iso_node *n) {
  switch (iso_node_get_type(iso_node_parent(n))) {
  case ISO_NODE_ITEM:
    return ODT_LIST_PARA;
  case ISO_NODE_CALLOUT:
    return "Callout_20_Text";
  default:
    return ODT_TEXT_BODY;
  }
}

/* A new text:list restarts its numbering (ODF's default: no
 * text:continue-numbering), so every list of the model counts afresh. */
static void list_enter(odt_ctx *c, const iso_node *n) {
  iso_xml_start(c->x, "text:list");
  iso_xml_attr(c->x, "text:style-name",
               iso_node_get_list_ordered(n) ? ODT_NUMBERS : ODT_BULLETS);
}

static void item_enter(odt_ctx *c, const iso_node *n) {
  const iso_node *list = iso_node_parent(n);
  iso_xml_start(c->x, "text:list-item");
  if (!iso_node_prev(n) && iso_node_get_list_ordered(list) &&
      iso_node_get_list_start(list) != 1)
    iso_xml_attr_int(c->x, "text:start-value", iso_node_get_list_start(list));
}

static void code_block(odt_ctx *c, const iso_node *n) {
  const char *s = iso_node_get_literal(n);
  size_t len = s ? strlen(s) : 0;
  /* the block's closing newline is not an empty last line */
  while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
    len--;
  char *lit = malloc(len + 1);
  if (!lit) {
    c->x->failed = 1;
    return;
  }
  memcpy(lit, s ? s : "", len);
  lit[len] = '\0';
  odt_p_start(c, "text:p", "Preformatted_20_Text");
  odt_text(c, lit, 1);
  iso_xml_end(c->x);
  free(lit);
}

/* ---- tables -------------------------------------------------------- */

/* Rows never split across pages, as in DOCX (cantSplit) and the PDF. */
void odt_row_start(odt_ctx *c) {
  iso_xml_start(c->x, "table:table-row");
  iso_xml_attr(c->x, "table:style-name", ODT_ROW);
}

static void caption(odt_ctx *c, const char *style, int figure, int number,
                    const char *text) {
  char num[16];
  snprintf(num, sizeof num, "%d", number);
  odt_p_start(c, "text:p", style);
  odt_text(c, iso_pr_caption_label(c->lang, figure), 0);
  odt_text(c, " ", 0);
  iso_xml_start(c->x, "text:sequence");
  iso_xml_attrf(c->x, "text:ref-name", "ref%s%d", style, number);
  iso_xml_attr(c->x, "text:name", style);
  iso_xml_attr(c->x, "style:num-format", "1");
  iso_xml_text(c->x, num);
  iso_xml_end(c->x);
  c->ws = 0;
  odt_text(c, ISO_PR_CAPTION_SEP, 0);
  odt_text(c, text, 0);
  iso_xml_end(c->x);
}

static void table_enter(odt_ctx *c, const iso_node *n) {
  int no = ++c->n_tables;
  if (iso_node_get_caption(n))
    caption(c, "Table", 0, ++c->n_table_captions, iso_node_get_caption(n));
  iso_xml_start(c->x, "table:table");
  iso_xml_attrf(c->x, "table:name", "Table%d", no);
  iso_xml_attrf(c->x, "table:style-name", "Tbl%d", no);
  int cols = iso_pr_table_columns(n);
  for (int i = 1; i <= cols; i++) {
    iso_xml_start(c->x, "table:table-column");
    iso_xml_attrf(c->x, "table:style-name", "Tbl%d.C%d", no, i);
    iso_xml_end(c->x);
  }
  c->header_rows_open = 0;
  c->rows_written = 0;
}

static void table_exit(odt_ctx *c, const iso_node *n) {
  if (c->header_rows_open)
    iso_xml_end(c->x);
  c->header_rows_open = 0;
  if (!c->rows_written) { /* a table needs a row */
    odt_row_start(c);
    for (int i = iso_pr_table_columns(n); i > 0; i--) {
      odt_cell_start(c, 0);
      odt_cell_end(c);
    }
    iso_xml_end(c->x);
  }
  iso_xml_end(c->x);
}

/* Header rows at the top go into table:table-header-rows, which LibreOffice
 * repeats on every page the table spans. */
static void row_enter(odt_ctx *c, const iso_node *n) {
  int header = iso_node_get_row_header(n);
  if (header && !c->header_rows_open && !c->rows_written) {
    iso_xml_start(c->x, "table:table-header-rows");
    c->header_rows_open = 1;
  } else if (!header && c->header_rows_open) {
    iso_xml_end(c->x);
    c->header_rows_open = 0;
  }
  odt_row_start(c);
}

static void row_exit(odt_ctx *c) {
  iso_xml_end(c->x);
  c->rows_written++;
}

void odt_cell_start(odt_ctx *c, int header) {
  iso_xml_start(c->x, "table:table-cell");
  iso_xml_attr(c->x, "table:style-name", header ? "TH" : "TD");
  iso_xml_attr(c->x, "office:value-type", "string");
  odt_p_start(c, "text:p", header ? "Table_20_Heading" : "Table_20_Contents");
}

void odt_cell_end(odt_ctx *c) {
  iso_xml_end(c->x);
  iso_xml_end(c->x);
}

/* ---- call-outs: a one-cell table, shaded and bordered ---------------- */

static void callout_enter(odt_ctx *c, const iso_node *n) {
  static const char *const cell[] = {"CalloutNote", "CalloutTip", "CalloutWarning"};
  int k = (int)iso_node_get_callout(n);
  if (k < 0 || k > 2)
    k = 0;
  iso_xml_start(c->x, "table:table");
  iso_xml_attrf(c->x, "table:name", "Callout%d", ++c->n_callouts);
  iso_xml_attr(c->x, "table:style-name", "Callout");
  iso_xml_empty_attr(c->x, "table:table-column", "table:style-name", "Callout.A");
  iso_xml_start(c->x, "table:table-row");
  iso_xml_attr(c->x, "table:style-name", ODT_ROW); /* kept whole, as in the PDF */
  iso_xml_start(c->x, "table:table-cell");
  iso_xml_attr(c->x, "table:style-name", cell[k]);
  iso_xml_attr(c->x, "office:value-type", "string");
  odt_p_start(c, "text:p", "Callout_20_Title");
  odt_text(c, iso_pr_callout_style(c->t, c->lang, (iso_callout_kind)k).label, 0);
  iso_xml_end(c->x);
}

static void callout_exit(odt_ctx *c) {
  iso_xml_end(c->x); /* cell */
  iso_xml_end(c->x); /* row */
  iso_xml_end(c->x); /* table */
}

/* ---- images, breaks ------------------------------------------------- */

static void image(odt_ctx *c, const iso_node *n) {
  const odt_picture *p = odt_body_picture(c, c->n_images++);
  if (!p)
    return;
  double w, h;
  odt_image_size(p, iso_node_get_width_pct(n), c->text_width, c->text_height * 0.8,
                 &w, &h);
  char name[32];
  snprintf(name, sizeof name, "Image%d", c->n_images);
  odt_p_start(c, "text:p", "Image");
  odt_image_frame(c, p, w, h, "fr1", name);
  iso_xml_end(c->x);
  if (iso_node_get_caption(n))
    caption(c, "Figure", 1, ++c->n_figure_captions, iso_node_get_caption(n));
}

static void page_break(odt_ctx *c) {
  odt_p_start(c, "text:p", "PageBreak");
  iso_xml_end(c->x);
}

/* ---- the walk ------------------------------------------------------- */

static void enter(odt_ctx *c, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_HEADING:
    heading_enter(c, n);
    break;
  case ISO_NODE_PARAGRAPH:
    if (n == c->break_before) {
      c->break_before = NULL;
      odt_p_start(c, "text:p", ODT_BREAK_BODY);
    } else {
      odt_p_start(c, "text:p", paragraph_style(n));
    }
    break;
  case ISO_NODE_LIST:
    list_enter(c, n);
    break;
  case ISO_NODE_ITEM:
    item_enter(c, n);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    table_enter(c, n);
    break;
  case ISO_NODE_ROW:
    row_enter(c, n);
    break;
  case ISO_NODE_CELL:
    odt_cell_start(c, iso_node_get_row_header(iso_node_parent(n)));
    break;
  case ISO_NODE_CALLOUT:
    callout_enter(c, n);
    break;
  case ISO_NODE_CODE_BLOCK:
    code_block(c, n);
    break;
  case ISO_NODE_IMAGE:
    image(c, n);
    break;
  case ISO_NODE_PAGEBREAK:
    c->break_before = iso_pr_break_carrier(n);
    if (!c->break_before)
      page_break(c);
    break;
  case ISO_NODE_TOC:
    odt_toc(c, n);
    break;
  case ISO_NODE_PRINCIPLES:
    odt_p_start(c, "text:p", "Principles_20_Title");
    odt_text(c, iso_pr_principles_label(c->lang), 0);
    iso_xml_end(c->x);
    break;
  default:
    if (iso_node_is_inline(n))
      odt_inline_event(c, n, ISO_EVENT_ENTER);
    break;
  }
}

static void leave(odt_ctx *c, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_HEADING:
    heading_exit(c);
    break;
  case ISO_NODE_PARAGRAPH:
  case ISO_NODE_LIST:
  case ISO_NODE_ITEM:
    iso_xml_end(c->x);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    table_exit(c, n);
    break;
  case ISO_NODE_ROW:
    row_exit(c);
    break;
  case ISO_NODE_CELL:
    odt_cell_end(c);
    break;
  case ISO_NODE_CALLOUT:
    callout_exit(c);
    break;
  default:
    if (iso_node_is_inline(n))
      odt_inline_event(c, n, ISO_EVENT_EXIT);
    break;
  }
}

void odt_body(odt_ctx *c) {
  iso_iter it;
  iso_iter_init(&it, c->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    if (ev == ISO_EVENT_ENTER)
      enter(c, iso_iter_node(&it));
    else
      leave(c, iso_iter_node(&it));
  }
}
