/* The page layout of a document, shared by every writer: the document tree
 * (title block, sections, blocks, contents, closing block, page furniture)
 * laid out into pages by the layout engine (layout.h). The PDF writer draws
 * the display list; DOCX and ODT take the pages of the headings for their
 * filled-in tables of contents. Text is measured and cleaned through a
 * font interface, so the same layout runs over libharu's fonts (PDF) or
 * over the font files' own metrics (src/metrics.c). Not public API. */
#ifndef ISO_LAYOUT_DOC_H
#define ISO_LAYOUT_DOC_H

#include "internal.h"
#include "layout.h"
#include "present.h"

/* How the layout measures and cleans text. */
typedef struct lay_fonts {
  void *ctx;
  lay_measure_fn measure;
  /* Text as it will be drawn in FONT (see pdf_clean_text): caller frees;
   * NULL when out of memory. Warnings go to D at NODE when D is not NULL. */
  char *(*clean)(void *ctx, int font, const char *s, size_t len, int keep_nl,
                 const iso_node *node, iso_diags *d, size_t *out_len);
} lay_fonts;

/* Inline text being collected for one paragraph or cell. */
typedef struct lay_spans {
  lay_span *v;
  size_t n, cap;
  iso_buf text;
} lay_spans;

typedef struct lay_image {
  const iso_image *img; /* borrowed from the document's store */
  const iso_node *node; /* for diagnostics; NULL for the logo */
} lay_image;

/* Where a sign-off entry's signature cell was laid out: PAGE 0-based (-1:
 * not laid out), X and Y the cell's top-left corner in layout coordinates
 * (points, y down from the top of the page: the PDF's own y of the cell's
 * bottom edge is the page height - Y - H), W and H its size. */
typedef struct lay_sign_cell {
  int page;
  double x, y, w, h;
} lay_sign_cell;

typedef struct lay_doc {
  const iso_node *doc;
  const iso_meta *m;
  const iso_theme *t;
  iso_diags *d;
  lay_fonts fonts;
  lay L;
  lay_spans sp;
  lay_image *images; /* LAY_OP_IMAGE refs */
  size_t nimages, capimages;
  int logo; /* the logo's image, drawn in every page's header; -1: none */
  /* headings in document order, collected before layout for the TOC */
  char **toc_text;
  int *toc_level;
  size_t ntoc;
  uint32_t c_text, c_head, c_accent, c_link, c_th, c_border, c_draft, c_grey;
  int content_pages; /* pages before the closing block (lay_build sets it) */
  /* the signature cell of m->signoff[i], filled by the layout (closing.c):
   * where a signer draws the visible signature of that role */
  lay_sign_cell sign_cells[ISO_SIGNOFF_MAX];
  /* heading numbers in the contents' order (none when numbering is off),
   * for the contents' entries; headings take theirs from the walk */
  iso_pr_numbers numbers;
} lay_doc;

uint32_t lay_color(const char *rrggbb);

/* Sets C up for DOC (its meta and THEME) over FONTS. */
void lay_doc_init(lay_doc *c, const iso_node *doc, const iso_theme *theme,
                  lay_fonts fonts, iso_diags *d);
/* Lays the document out, furniture included. Returns 0 or -1 (out of
 * memory; C->L.failed). */
int lay_doc_run(lay_doc *c);
void lay_doc_free(lay_doc *c);

/* build.c: lays the document's content out into C->L. Returns 0 or -1. */
int lay_build(lay_doc *c);
/* furniture.c: header, footer and watermark on every page (after layout). */
void lay_furniture(lay_doc *c);
/* furniture.c: the bottom of the text area (y from the top of the page):
 * the theme's bottom margin, less what the footer's line "Uncontrolled when
 * printed" needs beyond it (the theme's rules leave room for two lines
 * wrapped once each, src/theme_check.c; Word and LibreOffice grow their
 * footers into the text area the same way). */
double lay_text_bottom(const iso_meta *m, const iso_theme *t);
/* The footer's rule this far below the text area, its text this far below
 * the rule (ODT's footer style keeps the same distances). */
#define LAY_FOOT_RULE_GAP 10.0
#define LAY_FOOT_TEXT_GAP 4.0
/* closing.c: the sign-off table (after the approval rows) and the
 * acknowledgement table (after the history). */
void lay_signoff_table(lay_doc *c);
void lay_ack_table(lay_doc *c);

/* Text as every writer shows it: invalid bytes dropped, control characters
 * and line separators as spaces (newlines and tabs kept when KEEP_NL), soft
 * hyphens kept (break points). SUBST, when not NULL, is asked about every
 * other character from U+0080 and returns 0 to keep it or the ASCII
 * character to show instead. Caller frees; NULL when out of memory. */
char *lay_clean_text(const char *s, size_t len, int keep_nl,
                     int (*subst)(void *ctx, uint32_t cp), void *ctx,
                     size_t *out_len);
/* Text cleaned through the font interface (diagnostics to D). */
char *lay_clean(lay_doc *c, int font, const char *s, size_t len, int keep_nl,
                const iso_node *node, iso_diags *d, size_t *out_len);

/* number.c: a heading's or contents entry's number NUM (with
 * ISO_PR_NUMBER_SEP) as a span before its text; nothing when NULL. */
void lay_number(lay_doc *c, const char *num, int font, double size,
                uint32_t color, const iso_node *n);

/* Inline helpers shared by build.c and furniture.c. */
void lay_spans_reset(lay_spans *s);
void lay_spans_free(lay_spans *s);
void lay_spans_add(lay_doc *c, lay_spans *s, int font, double size,
                   uint32_t color, const char *text, size_t len,
                   const iso_node *pos);

/* What a writer that lets the reader's application paginate (DOCX, ODT)
 * needs of the layout: the page (1-based) of each heading in document
 * order, the closing block's headings last (the order of the contents), and
 * the page count, as laid out over the theme's font metrics: what the PDF
 * shows. */
typedef struct iso_layout_pages {
  int *heading; /* malloc'ed; NULL when there is no heading */
  size_t n;
  int pages;
  int content_pages; /* the pages up to the closing block (the text itself) */
} iso_layout_pages;
/* Returns 0, or -1 when out of memory. Shared when the document allows
 * it (share.h, which defines it). */
int iso_layout_paginate(const iso_node *doc, const iso_theme *theme,
                        iso_layout_pages *out);
/* The same, laid out afresh every time. */
int lay_paginate(const iso_node *doc, const iso_theme *theme,
                 iso_layout_pages *out);

/* A whole layout as lay_paginate makes it, over the font files' metrics,
 * kept for a writer that draws the display list (the PDF): the content laid
 * out (no furniture yet), the metrics it measured with, what it reported
 * and the theme's logo it placed. */
typedef struct lay_kept {
  lay_doc c;
  iso_metrics *met;
  iso_diags *d;
  const iso_image *logo; /* the theme's logo_image it was laid out with */
} lay_kept;
/* lay_paginate, keeping the layout in *KEEP (NULL when not kept). */
int lay_paginate_keep(const iso_node *doc, const iso_theme *theme,
                      iso_layout_pages *out, lay_kept **keep);
void lay_kept_free(lay_kept *k);
void iso_layout_pages_free(iso_layout_pages *p);

#endif
