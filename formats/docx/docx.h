/* The DOCX writer's shared state and the functions its parts call on each
 * other. One file per package part; the body (document.xml) is split into
 * blocks, inlines, tables, lists and document control. Not public API. */
#ifndef ISO_DOCX_H
#define ISO_DOCX_H

#include <stddef.h>

#include "internal.h"
#include "package/package.h"
#include "layout/doc.h"
#include "present.h"
#include "walk.h"

/* Namespaces used by more than one part. */
#define DOCX_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DOCX_NS_R \
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define DOCX_NS_WP \
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define DOCX_NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define DOCX_NS_PIC "http://schemas.openxmlformats.org/drawingml/2006/picture"
#define DOCX_REL_BASE \
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* Units: the theme is in points. */
#define DOCX_TWIPS(pt) ((long)((pt) * 20.0 + 0.5))
#define DOCX_HALFPT(pt) ((long)((pt) * 2.0 + 0.5))
#define DOCX_EMU(pt) ((long long)((pt) * 12700.0 + 0.5))

/* A relationship of one part (document or header). */
typedef struct docx_rel {
  int id;           /* rIdN */
  const char *type; /* suffix after DOCX_REL_BASE, e.g. "hyperlink" */
  char *target;
  int external;
} docx_rel;

typedef struct docx_rels {
  docx_rel *v;
  size_t n, cap;
  int next_id;
} docx_rels;

/* An image stored once under word/media/: the bytes the loader read,
 * borrowed from the document's store. */
typedef struct docx_media {
  const iso_image *img; /* the key */
  char name[32];        /* "media/image1.png" (relative to word/) */
} docx_media;

/* One w:num: every list gets its own so numbering restarts per list. */
typedef struct docx_num {
  int ordered;
  int level; /* the list's nesting depth (its ilvl) */
  int start;
} docx_num;

/* A list the walk is in: its w:num, w:ilvl and kind. */
typedef struct docx_list_frame {
  int num_id;
  int depth;
  int ordered;
} docx_list_frame;

typedef struct docx {
  const iso_node *doc;
  const iso_meta *meta;
  long long when; /* every date the package carries (iso_write_timestamp) */
  const iso_theme *theme;
  iso_diags *d;
  iso_lang lang;
  long text_width; /* twips between the margins */
  docx_rels doc_rels, hdr_rels;
  docx_media *media;
  size_t n_media;
  docx_num *nums;
  size_t n_nums;
  iso_walk_contents contents; /* the headings, in the pages' order */
  iso_layout_pages heading_pages; /* their pages, from the shared layout */
  docx_list_frame *lists; /* the lists the walk is in, innermost last */
  size_t n_lists, cap_lists;
  int next_docpr;     /* wp:docPr ids, unique across the package */
  int pages;          /* the layout's page count (cached NUMPAGES) */
  iso_metrics *metrics; /* the body font's advances, for column widths */
  int failed;         /* an error is already in D (or out of memory) */
  int landscape;      /* the orientation of the pages being written */
  /* runs of turned pages (docx_section.c): their header and footer parts
   * (rIdN of header2.xml and footer2.xml, 0: none), whose relationships,
   * and whether those parts are being built */
  int hdr2_rel, ftr2_rel;
  docx_rels hdr2_rels;
  int furniture_turned;
} docx;

/* Style ids (also used by the unit test). */
#define DOCX_NUM_BULLET_BASE 1 /* numIds the list styles point at */
#define DOCX_NUM_ORDERED_BASE 2
#define DOCX_NUM_FIRST 3 /* per-list numIds start here */
#define DOCX_ABSTRACT_BULLET 0
#define DOCX_ABSTRACT_ORDERED 1
#define DOCX_LIST_LEVELS 9
/* The heading numbers' list (docx_heading_num.c): far above the lists' */
#define DOCX_NUM_HEADING 999999

/* docx_heading_num.c: heading numbers bound to the heading styles. */
int docx_numbered(const docx *c);
void docx_heading_style(const docx *c, const iso_node *n, int level,
                        char out[32]);
void docx_heading_numpr(const docx *c, iso_xml *x, int level);
void docx_unnumbered_styles(const docx *c, iso_xml *x);
void docx_heading_abstract(const docx *c, iso_xml *x);
void docx_heading_num(const docx *c, iso_xml *x);

/* docx_state.c: relationships, media, lists, headings; errors. */
int docx_rel_add(docx *c, docx_rels *r, const char *type, const char *target,
                 int external);
/* The media entry for an image, made on first use; NULL on error (already
 * reported at the node's position). */
const docx_media *docx_media_get(docx *c, const iso_image *img,
                                 const iso_node *at);
int docx_num_new(docx *c, int ordered, int level, int start);
void docx_error(docx *c, const iso_node *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void docx_state_free(docx *c);
/* Bookmark name of heading I: "_Toc" + number (hidden in Word's UI). */
void docx_bookmark_name(size_t i, char out[32]);

/* docx_headings.c: the contents (src/walk.h) and their pages from the
 * shared layout. */
int docx_collect_headings(docx *c);

/* Package parts: each fills X (begun by the caller). */
void docx_part_content_types(docx *c, iso_xml *x);
void docx_part_package_rels(docx *c, iso_xml *x);
void docx_part_rels(docx *c, iso_xml *x, const docx_rels *r);
void docx_part_core(docx *c, iso_xml *x);
void docx_part_app(docx *c, iso_xml *x);
void docx_part_custom(docx *c, iso_xml *x);
void docx_part_styles(docx *c, iso_xml *x);
void docx_part_numbering(docx *c, iso_xml *x);
void docx_part_settings(docx *c, iso_xml *x);
void docx_part_font_table(docx *c, iso_xml *x);
void docx_part_header(docx *c, iso_xml *x);
/* The DRAFT / RETIRED watermark as a run of the header (none when approved). */
void docx_watermark(docx *c, iso_xml *x);
void docx_part_footer(docx *c, iso_xml *x);
void docx_part_document(docx *c, iso_xml *x);

/* docx_inline.c: runs. */
typedef struct docx_rpr {
  int bold, italic;
  const char *rstyle; /* character style id or NULL */
} docx_rpr;
void docx_inlines(docx *c, iso_xml *x, const iso_node *parent, docx_rpr rpr);
/* A run of plain text (tabs and newlines become w:tab / w:br). */
void docx_run(iso_xml *x, const char *text, docx_rpr rpr);
/* A complex field: begin, instruction, separate, cached result, end. */
void docx_field(iso_xml *x, const char *instr, const char *cached, docx_rpr rpr);
/* w:pPr with just a style (NULL: none written). */
void docx_ppr_style(iso_xml *x, const char *style);
/* A whole paragraph of plain text in a style. */
void docx_para_text(iso_xml *x, const char *style, const char *text);

/* docx_section.c: each run of pages of one orientation is a section
 * (orient.h). */
long docx_text_width(const docx *c, int landscape);
void docx_sect_pr(docx *c, iso_xml *x, int landscape);
/* Ends the section before a block that turns the pages (walk.h's TURN). */
void docx_turn(docx *c, iso_xml *x, int turn);
/* w:pPr of a header or footer paragraph in STYLE whose right tab is at the
 * text's right edge: on turned pages (header2.xml, footer2.xml) the
 * style's tab is cleared and one set at the turned page's edge. */
void docx_furniture_ppr(docx *c, iso_xml *x, const char *style);

/* docx_blocks.c: the title block, the tree's blocks and the closing block,
 * in the walk's order (src/walk.h). */
void docx_walk(docx *c, iso_xml *x);
void docx_page_break(iso_xml *x);
/* The spacing and mark size of a paragraph ISO_PR_BREAK_HEIGHT high. */
void docx_thin_props(iso_xml *x);
/* A heading paragraph with bookmark HEADING (its index in the contents):
 * from node N (inlines), or from TEXT when N is NULL (the closing block's
 * own headings); BREAK_BEFORE: it carries a page break. */
void docx_heading(docx *c, iso_xml *x, const iso_node *n, int level,
                  const char *text, size_t heading, int break_before);
/* The paragraph style of a call-out of KIND, for everything in it. */
const char *docx_callout_style(iso_callout_kind kind);

/* docx_list.c: the lists the walk enters and leaves (a w:num each), and
 * the paragraphs of their items. */
int docx_list_enter(docx *c, const iso_walk_node *list);
void docx_list_leave(docx *c);
void docx_item_enter(docx *c, iso_xml *x, const iso_walk_node *item);
void docx_item_paragraph(docx *c, iso_xml *x, const iso_walk_node *para);

/* docx_table.c: tables (COLS columns, CAPTION its number or 0), and the
 * pieces the control blocks reuse. */
void docx_table(docx *c, iso_xml *x, const iso_node *table, int cols,
                int caption);
/* Opens w:tbl (ISMS Table style, fixed layout, grid of COLS twips); LABELS:
 * the first column is the shaded label column instead of the first row. */
void docx_tbl_start(docx *c, iso_xml *x, const long *cols, int ncols, int labels);
/* Opens w:tr; a header row repeats on every page; no row splits. */
void docx_tr_start(iso_xml *x, int header);
/* A whole w:tc holding TEXT in the Table Text (or Table Heading) style. */
/* Opens w:tc with its width in twips. */
void docx_tc_start(iso_xml *x, long width);
void docx_tc_text(iso_xml *x, long width, const char *text, int heading);
/* Column widths in twips of the text width from relative WEIGHTS. */
void docx_weights_to_twips(const docx *c, const double *w, int n, long *cols);
/* Ends a table: a small empty paragraph keeps the next table apart (Word
 * merges adjacent tables) and gives room below. */
void docx_tbl_end(docx *c, iso_xml *x, const iso_node *t);
/* "Table 3: TEXT" / "Figure 1: TEXT" with a SEQ field; NUMBER from the
 * walk. */
void docx_caption(docx *c, iso_xml *x, int figure, int number, const char *text);
/* An empty paragraph of a few points' height. */
void docx_spacer(iso_xml *x, double pt);

/* docx_image.c: CAPTION is the caption's number (0: none). */
void docx_image(docx *c, iso_xml *x, const iso_node *img, int caption);
/* A run holding a w:drawing of the picture related as rIdREL, CX x CY EMU. */
void docx_drawing(docx *c, iso_xml *x, int rel, long long cx, long long cy,
                  const char *name, const char *descr);

/* docx_toc.c: the contents; TITLED: with its own title. */
void docx_toc(docx *c, iso_xml *x, int titled);

/* docx_control.c: title block (page one) and a part of the closing block. */
void docx_title_block(docx *c, iso_xml *x);
void docx_closing_part(docx *c, iso_xml *x, const iso_walk_closing *cl);
/* docx_signoff.c: the sign-off and the acknowledgement tables. */
void docx_signoff_table(docx *c, iso_xml *x);
void docx_ack_table(docx *c, iso_xml *x);

#endif
