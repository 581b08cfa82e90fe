/* The body's blocks over the walk's events (src/walk.h): one switch for
 * ENTER and one for EXIT, no recursion. Headings, paragraphs, tables and
 * images are written whole on ENTER (their inlines and cells are not
 * walked); call-outs, lists and items open on ENTER and close on EXIT.
 * Lists, tables and images have their own files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "orient.h"
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
static void para_props(iso_xml *x, const char *style, int break_before) {
  if (!break_before) {
    docx_ppr_style(x, style);
    return;
  }
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
                  const char *text, size_t heading, int break_before) {
  char style[32];
  docx_heading_style(c, n, level < 1 ? 1 : level > 6 ? 6 : level, style);
  iso_xml_start(x, "w:p");
  para_props(x, style, break_before);
  bookmark_start(x, heading);
  if (n)
    docx_inlines(c, x, n, plain);
  else
    docx_run(x, text, plain);
  iso_xml_start(x, "w:bookmarkEnd");
  iso_xml_attr_int(x, "w:id", (long long)heading + 1);
  iso_xml_end(x);
  iso_xml_end(x);
}

const char *docx_callout_style(iso_callout_kind kind) {
  static const char *const styles[] = {"Note", "Tip", "Warning"};
  int k = (int)kind;
  return styles[k < 0 || k > 2 ? 0 : k];
}

/* A paragraph's style from where it stands: a call-out's paragraphs take
 * the box's style, the body's Normal. Items' paragraphs are docx_list.c's. */
static void paragraph(docx *c, iso_xml *x, const iso_walk_node *e) {
  if (e->in == ISO_WALK_IN_ITEM) {
    docx_item_paragraph(c, x, e);
    return;
  }
  iso_xml_start(x, "w:p");
  para_props(x, e->in_callout ? docx_callout_style(e->callout) : NULL,
             e->break_before);
  docx_inlines(c, x, e->node, plain);
  iso_xml_end(x);
}

static void code_block(iso_xml *x, const iso_node *n) {
  const char *s = iso_node_get_literal(n);
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, "CodeBlock");
  if (s) {
    size_t len = iso_pr_code_length(s);
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

static void callout_enter(iso_xml *x, const iso_walk_node *e) {
  static const char *const titles[] = {"NoteTitle", "TipTitle", "WarningTitle"};
  int k = (int)e->callout;
  docx_para_text(x, titles[k < 0 || k > 2 ? 0 : k], e->style.label);
}

/* The spacing and mark size that make a paragraph ISO_PR_BREAK_HEIGHT
 * high (page breaks, and the paragraphs that end a section at a turn). */
void docx_thin_props(iso_xml *x) {
  long line = DOCX_TWIPS(ISO_PR_BREAK_HEIGHT);
  iso_xml_start(x, "w:spacing");
  iso_xml_attr(x, "w:before", "0");
  iso_xml_attr(x, "w:after", "0");
  iso_xml_attr_int(x, "w:line", line);
  iso_xml_attr(x, "w:lineRule", "exact");
  iso_xml_end(x);
  iso_xml_start(x, "w:rPr");
  iso_xml_start(x, "w:sz");
  iso_xml_attr_int(x, "w:val", DOCX_HALFPT(ISO_PR_BREAK_HEIGHT));
  iso_xml_end(x);
  iso_xml_end(x);
}

/* A paragraph that starts on a new page and is ISO_PR_BREAK_HEIGHT high. */
void docx_page_break(iso_xml *x) {
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty(x, "w:pageBreakBefore");
  docx_thin_props(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

/* ---- the walk --------------------------------------------------------- */

typedef struct walker {
  docx *c;
  iso_xml *x;
} walker;

static int enter(void *u, const iso_walk_node *e) {
  walker *w = u;
  docx *c = w->c;
  iso_xml *x = w->x;
  const iso_node *n = e->node;
  int rc = 0;
  if (e->turn)
    docx_turn(c, x, e->turn);
  switch (e->type) {
  case ISO_NODE_HEADING:
    docx_heading(c, x, n, e->level, NULL, e->heading, e->break_before);
    rc = ISO_WALK_SKIP;
    break;
  case ISO_NODE_PARAGRAPH:
    paragraph(c, x, e);
    rc = ISO_WALK_SKIP;
    break;
  case ISO_NODE_LIST:
    if (docx_list_enter(c, e))
      return -1;
    break;
  case ISO_NODE_ITEM:
    docx_item_enter(c, x, e);
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    docx_table(c, x, n, e->columns, e->caption);
    rc = ISO_WALK_SKIP;
    break;
  case ISO_NODE_CALLOUT:
    callout_enter(x, e);
    break;
  case ISO_NODE_CODE_BLOCK:
    code_block(x, n);
    break;
  case ISO_NODE_IMAGE:
    docx_image(c, x, n, e->caption);
    break;
  case ISO_NODE_PAGEBREAK:
    if (!e->carried)
      docx_page_break(x);
    break;
  case ISO_NODE_TOC:
    docx_toc(c, x, e->titled);
    break;
  case ISO_NODE_PRINCIPLES:
    docx_para_text(x, "PrinciplesTitle", iso_pr_principles_label(c->lang));
    break;
  default:
    break;
  }
  return x->failed ? -1 : rc;
}

static int leave(void *u, const iso_walk_node *e) {
  walker *w = u;
  switch (e->type) {
  case ISO_NODE_LIST:
    docx_list_leave(w->c);
    break;
  case ISO_NODE_CALLOUT:
    /* a small empty paragraph closes the box: the next block might be a
     * call-out of the same kind, whose borders would merge with this one */
    docx_spacer(w->x, iso_pr_callout_box(w->c->theme).after);
    break;
  default:
    break;
  }
  return w->x->failed ? -1 : 0;
}

static int title_block(void *u) {
  walker *w = u;
  docx_title_block(w->c, w->x);
  return w->x->failed ? -1 : 0;
}

static int closing(void *u, const iso_walk_closing *cl) {
  walker *w = u;
  if (cl->turn)
    docx_turn(w->c, w->x, cl->turn);
  docx_closing_part(w->c, w->x, cl);
  return w->x->failed ? -1 : 0;
}

void docx_walk(docx *c, iso_xml *x) {
  static const iso_walk_ops ops = {title_block, enter, leave, NULL, closing};
  walker w = {c, x};
  long width = c->text_width; /* the header and footer keep the theme's */
  c->landscape = iso_pr_theme_landscape(c->theme);
  iso_walk(c->doc, c->theme, &ops, &w);
  c->text_width = width;
}
