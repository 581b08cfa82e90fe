/* The tree's blocks and inlines from the walk's events (src/walk.h): one
 * switch for ENTER, one for EXIT. Sections become <section>, headings sit
 * one level below the title's <h1>, list markers are the walk's, tables
 * have their header rows in <thead> with <th scope="col">. */
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "orient.h"

/* ---- headings and paragraphs ----------------------------------------- */

static void heading_enter(html_ctx *c, const iso_walk_node *e) {
  char id[32];
  html_heading_id(e->heading, id);
  html_rawf(c, "<h%d class=\"h%d%s\"", html_level(e->level), e->level,
            e->break_before ? " break" : "");
  html_attr(c, "id", id);
  html_raw(c, ">");
  html_number(c, e->heading_number);
}

static void paragraph_enter(html_ctx *c, const iso_walk_node *e) {
  html_raw(c, e->break_before ? "<p class=\"break\">" : "<p>");
}

/* ---- lists ------------------------------------------------------------- */

static void list_enter(html_ctx *c, const iso_walk_node *e) {
  if (!e->ordered) {
    html_raw(c, "<ul>\n");
    return;
  }
  int start = iso_node_get_list_start(e->node);
  if (start != 1)
    html_rawf(c, "<ol start=\"%d\">\n", start);
  else
    html_raw(c, "<ol>\n");
}

static void item_enter(html_ctx *c, const iso_walk_node *e) {
  html_raw(c, "<li");
  html_attr(c, "data-marker", e->marker);
  html_raw(c, ">");
}

static void code_block(html_ctx *c, const iso_node *n) {
  const char *s = iso_node_get_literal(n);
  size_t len = s ? strlen(s) : 0;
  /* the block's closing newline is not an empty last line */
  while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
    len--;
  /* a newline right after <pre> would be dropped by the parser */
  html_raw(c, "<pre><code>");
  if (len && (s[0] == '\n' || s[0] == '\r'))
    html_raw(c, "\n");
  html_text_len(c, s ? s : "", len);
  html_raw(c, "</code></pre>\n");
}

/* ---- tables ------------------------------------------------------------ */

/* The label bold, the text italic (present.h). */
static void caption_text(html_ctx *c, int figure, int number, const char *text) {
  html_raw(c, "<span class=\"caption-label\">");
  html_text(c, iso_pr_caption_label(c->lang, figure));
  html_rawf(c, " %d", number);
  html_text(c, ISO_PR_CAPTION_SEP);
  html_raw(c, "</span><span class=\"caption-text\">");
  html_text(c, text);
  html_raw(c, "</span>");
}

/* A section or table with its own orientation (orient.h): the class that
 * puts it on print pages of that orientation (html_style.c's named pages);
 * the PDF, DOCX and ODT decide the pages themselves. */
static const char *orient_class(const html_ctx *c, const iso_node *n) {
  if (iso_node_get_orientation(n) == ISO_ORIENT_UNSET)
    return NULL;
  return iso_pr_landscape(n, c->t) ? "landscape" : "portrait";
}

static void table_enter(html_ctx *c, const iso_walk_node *e) {
  c->columns = e->columns > 0 ? e->columns : 1;
  c->thead = c->tbody = 0;
  const char *o = orient_class(c, e->node);
  html_rawf(c, "<table class=\"grid%s%s\">\n", o ? " " : "", o ? o : "");
  if (e->caption) {
    html_raw(c, "<caption>");
    caption_text(c, 0, e->caption, iso_node_get_caption(e->node));
    html_raw(c, "</caption>\n");
  }
  double *w = calloc((size_t)c->columns, sizeof *w);
  if (!w || iso_pr_columns(e->node, c->columns, c->text_width,
                           iso_pr_table_size(c->t), iso_metrics_measure,
                           c->metrics, w)) {
    c->failed = 1;
  } else {
    html_colgroup(c, w, c->columns);
  }
  free(w);
}

static void empty_cells(html_ctx *c) {
  for (; c->cells < c->columns; c->cells++)
    html_cell(c, c->row_header, "");
}

static void table_exit(html_ctx *c) {
  if (!c->thead && !c->tbody) { /* a table needs a row */
    html_raw(c, "<tbody><tr>");
    c->cells = 0;
    c->row_header = 0;
    empty_cells(c);
    html_raw(c, "</tr>\n");
    c->tbody = 1;
  }
  html_raw(c, c->tbody ? "</tbody>" : "</thead>");
  html_raw(c, "</table>\n");
  c->thead = c->tbody = 0;
}

/* Header rows at the top form the <thead>, which browsers repeat on every
 * printed page; a header row further down stays a row of <th>. */
static void row_enter(html_ctx *c, const iso_node *n) {
  c->row_header = iso_node_get_row_header(n);
  if (c->row_header && !c->tbody && !c->thead) {
    html_raw(c, "<thead>\n");
    c->thead = 1;
  } else if (!c->tbody && (!c->row_header || !c->thead)) {
    html_raw(c, c->thead ? "</thead>\n<tbody>\n" : "<tbody>\n");
    c->tbody = 1;
  }
  html_raw(c, "<tr>");
  c->cells = 0;
}

static void row_exit(html_ctx *c) {
  empty_cells(c);
  html_raw(c, "</tr>\n");
}

static void cell_enter(html_ctx *c) {
  html_raw(c, c->row_header ? "<th scope=\"col\">" : "<td>");
  c->cells++;
}

/* ---- call-outs, images, contents --------------------------------------- */

static void callout_enter(html_ctx *c, const iso_walk_node *e) {
  static const char *const kind[] = {"note", "tip", "warning"};
  int k = (int)e->callout;
  if (k < 0 || k > 2)
    k = 0;
  html_rawf(c, "<div class=\"callout callout-%s\" role=\"note\">\n", kind[k]);
  html_raw(c, "<p class=\"callout-title\">");
  html_text(c, e->style.label);
  html_raw(c, "</p>\n");
}

static void image(html_ctx *c, const iso_walk_node *e) {
  const iso_node *n = e->node;
  const iso_image *img = iso_node_get_image(n);
  if (!img)
    return;
  double w, h;
  iso_pr_image_size(&img->info, iso_node_get_width_pct(n), c->text_width,
                    c->text_height * ISO_PR_IMAGE_MAX_SHARE, &w, &h);
  html_raw(c, "<figure class=\"image\">\n<img");
  html_attr(c, "alt", iso_node_get_caption(n) ? iso_node_get_caption(n) : "");
  html_rawf(c, " width=\"%d\" height=\"%d\"", img->info.width_px, img->info.height_px);
  html_raw(c, " style=\"width:");
  html_pt(c, w);
  html_raw(c, "\"");
  html_image_src(c, img);
  html_raw(c, ">\n");
  if (e->caption) {
    html_raw(c, "<figcaption>");
    caption_text(c, 1, e->caption, iso_node_get_caption(n));
    html_raw(c, "</figcaption>\n");
  }
  html_raw(c, "</figure>\n");
}

/* The contents: the walk's headings (iso_walk_contents), each a link to
 * its heading's id. */
void html_toc(html_ctx *c, int titled) {
  const char *label = iso_label(c->lang, ISO_L_TOC);
  html_raw(c, "<nav class=\"toc\"");
  html_attr(c, "aria-label", label);
  html_raw(c, ">\n");
  if (titled) {
    html_raw(c, "<p class=\"toc-title\">");
    html_text(c, label);
    html_raw(c, "</p>\n");
  }
  html_raw(c, "<ul>\n");
  for (size_t i = 0; i < c->contents.n; i++) {
    const iso_walk_heading *h = &c->contents.h[i];
    if (!h->listed)
      continue;
    char id[32];
    html_heading_id(i, id);
    html_rawf(c, "<li class=\"t%d\"><a href=\"#%s\">", h->level, id);
    html_number(c, h->number);
    html_text(c, h->text);
    html_raw(c, "</a></li>\n");
  }
  html_raw(c, "</ul>\n</nav>\n");
}

/* ---- inlines ------------------------------------------------------------ */

static void inline_enter(html_ctx *c, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_TEXT:
    html_text(c, iso_node_get_literal(n));
    break;
  case ISO_NODE_STRONG:
    html_raw(c, "<strong>");
    break;
  case ISO_NODE_EMPH:
    html_raw(c, "<em>");
    break;
  case ISO_NODE_CODE:
    html_raw(c, "<code>");
    html_text(c, iso_node_get_literal(n));
    html_raw(c, "</code>");
    break;
  case ISO_NODE_LINK: {
    const char *url = iso_node_get_url(n);
    if (!html_url_safe(url)) {
      html_raw(c, "<span class=\"link\">");
      break;
    }
    char *u = iso_uri_escape(url);
    if (!u) {
      c->failed = 1;
      break;
    }
    html_raw(c, "<a");
    html_attr(c, "href", u);
    html_raw(c, ">");
    free(u);
    break;
  }
  case ISO_NODE_LINEBREAK:
    html_raw(c, "<br>");
    break;
  default:
    break;
  }
}

static void inline_exit(html_ctx *c, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_STRONG:
    html_raw(c, "</strong>");
    break;
  case ISO_NODE_EMPH:
    html_raw(c, "</em>");
    break;
  case ISO_NODE_LINK:
    html_raw(c, html_url_safe(iso_node_get_url(n)) ? "</a>" : "</span>");
    break;
  default:
    break;
  }
}

/* ---- the walk ------------------------------------------------------------ */

static int enter(void *w, const iso_walk_node *e) {
  html_ctx *c = w;
  const iso_node *n = e->node;
  switch (e->type) {
  case ISO_NODE_SECTION: {
    const char *o = orient_class(c, n);
    if (o)
      html_rawf(c, "<section class=\"%s\">\n", o);
    else
      html_raw(c, "<section>\n");
    break;
  }
  case ISO_NODE_HEADING:
    heading_enter(c, e);
    break;
  case ISO_NODE_PARAGRAPH:
    paragraph_enter(c, e);
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
    cell_enter(c);
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
      html_raw(c, "<div class=\"pagebreak\"></div>\n");
    break;
  case ISO_NODE_TOC:
    html_toc(c, e->titled);
    break;
  case ISO_NODE_PRINCIPLES:
    html_raw(c, "<div class=\"principles\">\n<p class=\"principles-title\">");
    html_text(c, iso_pr_principles_label(c->lang));
    html_raw(c, "</p>\n");
    break;
  default:
    if (iso_node_is_inline(n))
      inline_enter(c, n);
    break;
  }
  return c->failed || c->out->failed ? -1 : 0;
}

static int leave(void *w, const iso_walk_node *e) {
  html_ctx *c = w;
  const iso_node *n = e->node;
  switch (e->type) {
  case ISO_NODE_SECTION:
    html_raw(c, "</section>\n");
    break;
  case ISO_NODE_HEADING:
    html_rawf(c, "</h%d>\n", html_level(e->level));
    break;
  case ISO_NODE_PARAGRAPH:
    html_raw(c, "</p>\n");
    break;
  case ISO_NODE_LIST:
    html_raw(c, e->ordered ? "</ol>\n" : "</ul>\n");
    break;
  case ISO_NODE_ITEM:
    html_raw(c, "</li>\n");
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    table_exit(c);
    break;
  case ISO_NODE_ROW:
    row_exit(c);
    break;
  case ISO_NODE_CELL:
    html_raw(c, c->row_header ? "</th>" : "</td>");
    break;
  case ISO_NODE_CALLOUT:
  case ISO_NODE_PRINCIPLES:
    html_raw(c, "</div>\n");
    break;
  default:
    if (iso_node_is_inline(n))
      inline_exit(c, n);
    break;
  }
  return c->failed || c->out->failed ? -1 : 0;
}

static int title_block(void *w) {
  html_ctx *c = w;
  html_title_block(c);
  html_raw(c, "<main>\n");
  return c->failed ? -1 : 0;
}

static int body_end(void *w) {
  html_ctx *c = w;
  html_raw(c, "<section class=\"closing\">\n");
  return 0;
}

static int closing(void *w, const iso_walk_closing *cl) {
  html_ctx *c = w;
  html_closing_part(c, cl);
  return c->failed || c->out->failed ? -1 : 0;
}

/* The title block, the tree and the closing block, in the walk's order. */
void html_walk(html_ctx *c) {
  static const iso_walk_ops ops = {title_block, enter, leave, body_end, closing};
  if (iso_walk(c->doc, c->t, &ops, c) < 0)
    c->failed = 1;
  html_raw(c, "</section>\n</main>\n");
}
