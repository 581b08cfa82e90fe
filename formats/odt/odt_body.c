/* content.xml's office:text: the walk's events (src/walk.h), one switch
 * for ENTER and one for EXIT; the walk itself has no recursion, so deep
 * nesting cannot exhaust the stack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "odt.h"
#include "orient.h"

/* ---- headings ------------------------------------------------------ */

static void heading_enter(odt_ctx *c, const iso_walk_node *e) {
  int level = e->level;
  char style[32], mark[32];
  if (e->break_before) {
    snprintf(style, sizeof style, ODT_BREAK_HEADING "%d", level);
  } else {
    snprintf(style, sizeof style, "Heading_20_%d", level);
  }
  odt_p_start(c, "text:h", style);
  iso_xml_attr_int(c->x, "text:outline-level", level);
  odt_heading_number(c, e->node);
  odt_bookmark_name(e->heading, mark);
  iso_xml_empty_attr(c->x, "text:bookmark-start", "text:name", mark);
}

static void heading_exit(odt_ctx *c, const iso_walk_node *e) {
  char mark[32];
  odt_bookmark_name(e->heading, mark);
  iso_xml_empty_attr(c->x, "text:bookmark-end", "text:name", mark);
  iso_xml_end(c->x);
}

/* ---- paragraphs and lists ------------------------------------------ */

static const char *paragraph_style(const iso_walk_node *e) {
  if (e->break_before)
    return ODT_BREAK_BODY;
  switch (e->in) {
  case ISO_WALK_IN_ITEM:
    return ODT_LIST_PARA;
  case ISO_WALK_IN_CALLOUT:
    return "Callout_20_Text";
  default:
    return ODT_TEXT_BODY;
  }
}

/* A new text:list restarts its numbering (ODF's default: no
 * text:continue-numbering), so every list of the model counts afresh. */
static void list_enter(odt_ctx *c, const iso_walk_node *e) {
  iso_xml_start(c->x, "text:list");
  iso_xml_attr(c->x, "text:style-name", e->ordered ? ODT_NUMBERS : ODT_BULLETS);
}

/* The first item of a list that does not start at 1 says where it starts. */
static void item_enter(odt_ctx *c, const iso_walk_node *e) {
  iso_xml_start(c->x, "text:list-item");
  if (!iso_node_prev(e->node) && e->ordered && e->number != 1)
    iso_xml_attr_int(c->x, "text:start-value", e->number);
}

static void code_block(odt_ctx *c, const iso_node *n) {
  const char *s = iso_node_get_literal(n);
  size_t len = iso_pr_code_length(s);
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
  /* the label bold, the text italic (present.h) */
  odt_p_start(c, "text:p", style);
  iso_xml_start(c->x, "text:span");
  iso_xml_attr(c->x, "text:style-name", "Strong_20_Emphasis");
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
  iso_xml_end(c->x);
  odt_span(c, "Emphasis", text);
  iso_xml_end(c->x);
}

static void table_enter(odt_ctx *c, const iso_walk_node *e) {
  const iso_node *n = e->node;
  int no = ++c->n_tables;
  if (e->caption)
    caption(c, "Table", 0, e->caption, iso_node_get_caption(n));
  iso_xml_start(c->x, "table:table");
  iso_xml_attrf(c->x, "table:name", "Table%d", no);
  iso_xml_attrf(c->x, "table:style-name", "Tbl%d", no);
  for (int i = 1; i <= e->columns; i++) {
    iso_xml_start(c->x, "table:table-column");
    iso_xml_attrf(c->x, "table:style-name", "Tbl%d.C%d", no, i);
    iso_xml_end(c->x);
  }
  c->header_rows_open = 0;
  c->rows_written = 0;
}

static void table_exit(odt_ctx *c, const iso_walk_node *e) {
  if (c->header_rows_open)
    iso_xml_end(c->x);
  c->header_rows_open = 0;
  if (!c->rows_written) { /* a table needs a row */
    odt_row_start(c);
    for (int i = e->columns; i > 0; i--) {
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

static void callout_enter(odt_ctx *c, const iso_walk_node *e) {
  static const char *const cell[] = {"CalloutNote", "CalloutTip", "CalloutWarning"};
  int k = (int)e->callout;
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
  odt_text(c, e->style.label, 0);
  iso_xml_end(c->x);
}

static void callout_exit(odt_ctx *c) {
  iso_xml_end(c->x); /* cell */
  iso_xml_end(c->x); /* row */
  iso_xml_end(c->x); /* table */
}

/* ---- images, breaks ------------------------------------------------- */

static void image(odt_ctx *c, const iso_walk_node *e) {
  const iso_node *n = e->node;
  const odt_picture *p = odt_body_picture(c, c->n_images++);
  if (!p)
    return;
  double w, h;
  odt_image_size(p, iso_node_get_width_pct(n), c->text_width, c->text_height * ISO_PR_IMAGE_MAX_SHARE,
                 &w, &h);
  char name[32];
  snprintf(name, sizeof name, "Image%d", c->n_images);
  odt_p_start(c, "text:p", "Image");
  odt_image_frame(c, p, w, h, "fr1", name);
  iso_xml_end(c->x);
  if (e->caption)
    caption(c, "Figure", 1, e->caption, iso_node_get_caption(n));
}

static void page_break(odt_ctx *c) {
  odt_p_start(c, "text:p", "PageBreak");
  iso_xml_end(c->x);
}

/* A run of pages of the other orientation starts (walk.h's TURN): a
 * paragraph of the master page's style, and the new text area. */
static void turn(odt_ctx *c, int to) {
  c->landscape = to == ISO_WALK_TURN_LANDSCAPE;
  odt_p_start(c, "text:p",
              c->landscape != iso_pr_theme_landscape(c->t) ? ODT_TURN
                                                           : ODT_TURN_BACK);
  iso_xml_end(c->x);
  c->text_width = odt_text_width(c, c->landscape);
  c->text_height = odt_text_height(c, c->landscape);
}

/* ---- the walk ------------------------------------------------------- */

static int enter(void *w, const iso_walk_node *e) {
  odt_ctx *c = w;
  const iso_node *n = e->node;
  if (e->turn)
    turn(c, e->turn);
  switch (e->type) {
  case ISO_NODE_HEADING:
    heading_enter(c, e);
    break;
  case ISO_NODE_PARAGRAPH:
    odt_p_start(c, "text:p", paragraph_style(e));
    break;
  case ISO_NODE_LIST:
    list_enter(c, e);
    break;
  case ISO_NODE_ITEM:
    item_enter(c, e);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    table_enter(c, e);
    break;
  case ISO_NODE_ROW:
    row_enter(c, n);
    break;
  case ISO_NODE_CELL:
    odt_cell_start(c, iso_node_get_row_header(e->parent));
    break;
  case ISO_NODE_CALLOUT:
    callout_enter(c, e);
    break;
  case ISO_NODE_CODE_BLOCK:
    code_block(c, n);
    break;
  case ISO_NODE_IMAGE:
    image(c, e);
    break;
  case ISO_NODE_PAGEBREAK:
    if (!e->carried)
      page_break(c);
    break;
  case ISO_NODE_TOC:
    odt_toc(c, e->titled);
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
  return c->x->failed ? -1 : 0;
}

static int leave(void *w, const iso_walk_node *e) {
  odt_ctx *c = w;
  const iso_node *n = e->node;
  switch (e->type) {
  case ISO_NODE_HEADING:
    heading_exit(c, e);
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
    table_exit(c, e);
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
  return c->x->failed ? -1 : 0;
}

static int title_block(void *w) {
  odt_title_block(w);
  return 0;
}

static int closing(void *w, const iso_walk_closing *cl) {
  odt_ctx *c = w;
  if (cl->turn)
    turn(c, cl->turn);
  odt_closing_part(c, cl);
  return c->x->failed ? -1 : 0;
}

/* The title block, the tree and the closing block, in the walk's order. */
void odt_walk(odt_ctx *c) {
  static const iso_walk_ops ops = {title_block, enter, leave, NULL, closing};
  double w = c->text_width, h = c->text_height;
  iso_walk(c->doc, c->t, &ops, c);
  c->text_width = w, c->text_height = h; /* the master pages' are the theme's */
  c->landscape = iso_pr_theme_landscape(c->t);
}
