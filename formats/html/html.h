/* The HTML writer (formats/html/): one self-contained HTML5 file per
 * document, written on the traversal contract (src/walk.h). Every label,
 * marker, number, row and colour comes from the presentation layer; this
 * folder only turns them into markup and CSS. Not public API. */
#ifndef ISO_HTML_H
#define ISO_HTML_H

#include "internal.h"
#include "present.h"
#include "walk.h"

typedef struct html_ctx {
  const iso_node *doc;
  const iso_meta *m;
  const iso_theme *t;
  iso_diags *d;
  iso_lang lang;
  iso_buf *out;
  iso_metrics *metrics;
  iso_walk_contents contents;
  double text_width, text_height;
  /* the table being written */
  int columns;       /* its column count (rows are padded to it) */
  int cells;         /* cells of the row being written */
  int row_header;    /* that row is a header row */
  int thead, tbody;  /* which row group is open */
  int failed;        /* out of memory: the output is abandoned */
} html_ctx;

/* ---- html_text.c: escaping and small serializations ---- */
void html_raw(html_ctx *c, const char *s);
void html_rawf(html_ctx *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Text content and attribute values: & < > " ' escaped. */
void html_text(html_ctx *c, const char *s);
void html_text_len(html_ctx *c, const char *s, size_t len);
/* ` NAME="VALUE"` */
void html_attr(html_ctx *c, const char *name, const char *value);
/* A CSS string literal ("..."), safe inside <style>. */
void html_css_string(html_ctx *c, const char *s);
/* "#rrggbb" of a theme colour (black when it is not six hex digits). */
void html_color(html_ctx *c, const char *rrggbb);
/* A length in points, "12.5pt", whatever the locale. */
void html_pt(html_ctx *c, double pt);
/* DATA as base64 (RFC 4648, no line breaks). */
void html_base64(html_ctx *c, const unsigned char *data, size_t len);
/* A data: URI of an image, as an attribute value. */
void html_image_src(html_ctx *c, const iso_image *img);
/* Whether URL may be a link target: http, https, mailto, or relative (the
 * loader refuses every other scheme; this is the second line). */
int html_url_safe(const char *url);
/* The id of heading I of the contents ("sec-3"). */
void html_heading_id(size_t i, char out[32]);

/* ---- html_style.c: the theme as CSS, screen and print ---- */
void html_style(html_ctx *c);
/* Its first part, without a document: body text, headings, tables, marks
 * (the register's index page uses it). */
void html_style_common(html_ctx *c);

/* ---- html_control.c: title block, closing block, page furniture ---- */
void html_title_block(html_ctx *c);
void html_closing_part(html_ctx *c, const iso_walk_closing *cl);
void html_page_header(html_ctx *c);
void html_control_footer(html_ctx *c);
/* A cell of a table written by this writer (not from the tree). */
void html_cell(html_ctx *c, int header, const char *text);
/* Column widths as shares of the table (W: weights or points). */
void html_colgroup(html_ctx *c, const double *w, int n);
/* The HTML element level of heading LEVEL: one below the title's <h1>. */
int html_level(int level);

/* ---- html_body.c: the tree's blocks and inlines ---- */
void html_walk(html_ctx *c);
void html_toc(html_ctx *c, int titled);

/* html_mark.c: the DRAFT / RETIRED watermark (nothing when approved) and
 * the logo above the title when the theme puts it there. */
void html_watermark(html_ctx *c);
void html_title_logo(html_ctx *c);
void html_number(html_ctx *c, const char *number);

#endif
