/* The PDF layout engine: breaks styled text into lines and lines into pages
 * and records what to draw as a display list. It knows nothing of libharu:
 * text is measured through a callback, so tests can use a fake measure.
 *
 * Coordinates are points with y growing downwards from the top of the page;
 * the drawer flips them. Every operation is linear in the size of its input.
 */
#ifndef ISO_PDF_LAYOUT_H
#define ISO_PDF_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* Font ids: a family plus style bits. */
enum {
  LAY_BOLD = 1,
  LAY_ITALIC = 2,
  LAY_BODY = 0,
  LAY_HEAD = 4,
  LAY_MONO = 8,
  LAY_FONTS = 12
};

/* Width in points of LEN bytes of UTF-8 text in FONT at SIZE. */
typedef double (*lay_measure_fn)(void *ctx, int font, double size,
                                 const char *s, size_t len);

typedef enum lay_op_kind {
  LAY_OP_TEXT = 0, /* text at x, baseline y */
  LAY_OP_RECT,     /* filled rectangle x, y (top), w, h */
  LAY_OP_FRAME,    /* stroked rectangle */
  LAY_OP_LINE,     /* from (x, y) to (x + w, y + h) */
  LAY_OP_IMAGE,    /* image REF in the box x, y, w, h */
  LAY_OP_URI,      /* link area to URI REF */
  LAY_OP_GOTO,     /* link area to heading REF */
  LAY_OP_PAGEREF,  /* page number of heading REF, right-aligned at x */
  LAY_OP_MARK      /* diagonal watermark text across the page */
} lay_op_kind;

/* The wide fields first: the ints between doubles padded the struct from
 * 88 to 104 bytes, and a register's layout holds 65 ops a row. */
typedef struct lay_op {
  double x, y, w, h;
  double size;
  double line_width;
  size_t text, len; /* bytes in the layout's text arena */
  lay_op_kind kind;
  int layer; /* 0 backgrounds, 1 content */
  int page;  /* 0-based */
  int font;
  uint32_t color;
  int ref;
} lay_op;

/* One piece of inline text with one style. LINK is an index into the
 * layout's URI table (lay_add_uri), or -1. HARD_BREAK: a line break (the
 * text is ignored). */
typedef struct lay_span {
  int font;
  double size;
  uint32_t color;
  int link;
  int underline;
  int hard_break;
  int keep_spaces; /* code: spaces are part of words, never breaks */
  size_t off, len; /* into the caller's text */
} lay_span;

/* A fragment: a run of one span that is all spaces or has none. */
typedef struct lay_frag {
  size_t span;
  size_t off, len; /* absolute, into the caller's text */
  double w;        /* with the hyphen, when HYPH */
  int space;
  int hyph; /* a word broken here: a hyphen is drawn after the text */
} lay_frag;

typedef struct lay_line {
  size_t first, count; /* fragments */
  double width;        /* without trailing spaces */
  double size;         /* the largest font size on the line */
} lay_line;

/* Lines of one broken paragraph. */
typedef struct lay_lines {
  lay_frag *frags;
  size_t nfrags, capfrags;
  lay_line *lines;
  size_t nlines, caplines;
} lay_lines;

typedef struct lay_heading {
  int level;
  int page;
  double y;
  size_t text, len; /* arena */
} lay_heading;

typedef struct lay_box {
  double x, w;
  uint32_t fill;   /* background */
  uint32_t border; /* left bar colour, or 0xFFFFFFFF for none */
  int page;
  double top;
  double pad, pad_bottom;
} lay_box;

/* Where a block that keeps with the next one began (see lay_keep). */
typedef struct lay_mark {
  size_t op, heading;
  double y;
  int page;
} lay_mark;

/* A page's size and content area (the fields of the same names in lay). */
typedef struct lay_geom {
  double page_w, page_h, top, bottom, left, right;
} lay_geom;

typedef struct lay {
  lay_measure_fn measure;
  void *mctx;
  double page_w, page_h;
  double top, bottom;  /* content area, y from the top of the page */
  double left, right;  /* x of the content area's edges */
  double line_spacing; /* multiple of the font size */
  int page;            /* current page, 0-based */
  int pages;           /* pages used so far */
  double y;            /* cursor */
  double indent_l, indent_r;
  int at_top;          /* nothing placed on this page yet */
  /* a list marker drawn beside the next line placed */
  const char *marker;
  size_t marker_len;
  int marker_font;
  double marker_size, marker_x;
  uint32_t marker_color;

  lay_op *ops;
  size_t nops, capops;
  iso_buf text; /* arena for every string the ops reference */
  char **uris;
  size_t nuris, capuris;
  lay_heading *headings;
  size_t nheadings, capheadings;
  lay_box *boxes;
  size_t nboxes, capboxes;
  /* a heading that moves to the next page when the next block does not
   * start below it */
  int keep;
  lay_mark keep_from;
  int failed; /* out of memory: the display list is incomplete */
  /* words that do not fit a line are hyphenated in LANG (hyphenate.h) */
  int hyphenate;
  iso_lang lang;
  /* orientation (src/orient.h): the geometry of portrait [0] and landscape
   * [1] pages, the current page's, and every page's (LAND[p], PAGES of
   * them) */
  lay_geom geom[2];
  int landscape;
  unsigned char *land;
  size_t capland;
} lay;

void lay_init(lay *L, lay_measure_fn measure, void *mctx, double page_w,
              double page_h, double top, double bottom, double left,
              double right, double line_spacing);
void lay_free(lay *L);

/* Text width through the callback (0 for empty text). */
double lay_width(lay *L, int font, double size, const char *s, size_t len);
/* Line height of text at SIZE. */
double lay_line_height(const lay *L, double size);
double lay_text_width(const lay *L); /* between the current indents */
double lay_remaining(const lay *L);  /* from the cursor to the bottom */

/* Sets the geometry of LANDSCAPE (1) or portrait (0) pages; lay_init's
 * is both's. Call before placing anything on a page of that
 * orientation. */
void lay_set_geom(lay *L, int landscape, lay_geom g);
/* The pages from here on are LANDSCAPE (1) or portrait (0): a new page
 * unless nothing is on this one yet, which then turns. A heading kept with
 * the next block stays where it is (a word processor's keep-with-next does
 * not cross a section break either). */
void lay_turn(lay *L, int landscape);
/* Page P's (0-based) orientation, size and area. */
int lay_page_landscape(const lay *L, int p);
const lay_geom *lay_page_geom(const lay *L, int p);

/* Starts a new page (closing and reopening open boxes). */
void lay_new_page(lay *L);
/* A new page unless H more points fit below the cursor (or the page is
 * still empty). Returns 1 when it broke the page. */
int lay_need(lay *L, double h);
/* Vertical space; dropped at the top of a page. */
void lay_space(lay *L, double h);

/* Display list. Strings are copied. */
lay_op *lay_push(lay *L, lay_op_kind kind, int layer);
size_t lay_intern(lay *L, const char *s, size_t len);
const char *lay_str(const lay *L, size_t off);
int lay_add_uri(lay *L, const char *uri);
int lay_add_heading(lay *L, int level, const char *text, size_t len);
void lay_text(lay *L, double x, double baseline, int font, double size,
              uint32_t color, const char *s, size_t len);
void lay_rect(lay *L, int layer, double x, double y, double w, double h,
              uint32_t color);
void lay_rule(lay *L, double x, double y, double w, double h, double width,
              uint32_t color);

/* Paragraph text: breaks SPANS over TEXT into lines of at most WIDTH,
 * at spaces; a word that does not fit the rest of a line at its last
 * dictionary break point that does (with a hyphen; when L->hyphenate, and
 * never in headings, monospace or KEEP_SPACES spans); a word wider than a
 * line with no such point between characters. Returns 0, or -1
 * when out of memory. Resets OUT first. */
int lay_break(lay *L, const lay_span *spans, size_t nspans, const char *text,
              double width, lay_lines *out);
void lay_lines_free(lay_lines *ls);
/* Height of line I, and of the first N lines. */
double lay_lines_height(const lay *L, const lay_lines *ls, size_t from,
                        size_t n);
/* Draws line I with its top at Y on the current page. */
void lay_emit_line(lay *L, const lay_span *spans, const char *text,
                   const lay_lines *ls, size_t i, double x, double y);

/* A whole paragraph at the cursor, breaking pages between lines (never
 * leaving a single first line at the bottom of a page). */
int lay_paragraph(lay *L, const lay_span *spans, size_t nspans,
                  const char *text);

/* Marker drawn beside the next line (list bullets and numbers). */
void lay_set_marker(lay *L, const char *s, size_t len, int font, double size,
                    uint32_t color, double x);

/* Keep with next: M is lay_mark_here() taken where a heading began (after
 * its lay_need); lay_keep, called when the heading is done, moves all that
 * was placed since M to the next page if the page breaks before anything
 * else is placed, so a heading never ends a page. */
lay_mark lay_mark_here(const lay *L);
void lay_keep(lay *L, lay_mark m);

/* Boxes with a background that continue across pages; PAD above the
 * content (on every page) and PAD_BOTTOM below it. */
void lay_box_open(lay *L, double x, double w, uint32_t fill, uint32_t border,
                  double pad, double pad_bottom);
void lay_box_close(lay *L);

#endif
