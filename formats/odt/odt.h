/* The ODT writer's internals: one context shared by the part writers, one
 * source file per package part. Not part of the public API. */
#ifndef ISO_ODT_H
#define ISO_ODT_H

#include "internal.h"
#include "layout/doc.h"
#include "present.h"
#include "walk.h"
#include "package/package.h"

/* An embedded image: the logo and every IMAGE node, in document order. */
typedef struct odt_picture {
  char name[48];          /* "Pictures/image3.png" */
  const char *media_type; /* "image/png" */
  const iso_image *img;   /* bytes and size, borrowed from the document */
} odt_picture;

typedef struct odt_ctx {
  const iso_node *doc;
  const iso_meta *m;
  long long when; /* every date the package carries (iso_write_timestamp) */
  const iso_theme *t;
  iso_diags *d;
  iso_lang lang;
  iso_xml *x;         /* the part being written */
  int ws;             /* 1 at a paragraph start or after white space: ODF
                         collapses spaces there, so they go out as text:s */
  odt_picture *pics;
  size_t n_pics;
  int logo;           /* index into pics, or -1 */
  double text_width;  /* points */
  double text_height; /* points, body area */
  /* body pass state */
  int n_tables, n_callouts, n_images, n_tocs;
  int header_rows_open;
  int rows_written;
  iso_metrics *metrics; /* the body font's advances, for column widths */
  /* the shared layout's pages: the cached values of the page fields
   * (LibreOffice recomputes them; other readers show these) */
  iso_layout_pages pages;
  iso_walk_contents contents; /* the headings, in the pages' order */
  /* orientation (orient.h): whether some pages are turned (a second page
   * layout and master page, odt_page.c), and the pages being written */
  int turns;
  int landscape;
  int furniture_turned; /* writing the turned master page */
} odt_ctx;

/* Master pages: the theme's, and the turned pages' (named by their
 * orientation). */
#define ODT_MASTER "Standard"
const char *odt_turned_master(const odt_ctx *c);
/* Text width and height (points) of LANDSCAPE (1) or portrait pages. */
double odt_text_width(const odt_ctx *c, int landscape);
double odt_text_height(const odt_ctx *c, int landscape);
/* The paragraph styles that start a run of turned pages (ODT_TURN) and go
 * back to the theme's (ODT_TURN_BACK): automatic styles of content.xml
 * with the master page, ISO_PR_BREAK_HEIGHT high. */
#define ODT_TURN "Turn"
/* The turned master page's header and footer paragraphs: Header and
 * Footer with the right tab at the turned text's edge (odt_styles.c). */
#define ODT_HEADER_TURNED "Header_20_Turned"
#define ODT_FOOTER_TURNED "Footer_20_Turned"
#define ODT_TURN_BACK "TurnBack"

/* Every part's root carries the same namespace declarations. */
void odt_namespaces(iso_xml *x);
/* "12.35pt" without locale dependence. */
void odt_len(char out[32], double pt);
void odt_attr_len(iso_xml *x, const char *name, double pt);
/* "#1A1A1A" */
void odt_attr_color(iso_xml *x, const char *name, const char *rrggbb);
/* "'Liberation Sans'" (quoted for svg:font-family). */
void odt_attr_font_family(iso_xml *x, const char *name, const char *family);

/* xlink:href, percent-encoded where a URI needs it. */
void odt_attr_uri(iso_xml *x, const char *name, const char *url);

/* Paragraph-level text output with ODF white-space rules. */
void odt_p_start(odt_ctx *c, const char *element, const char *style);
/* CODE: tabs, line breaks and every space kept; otherwise a newline is a
 * soft break (a space). */
void odt_text(odt_ctx *c, const char *s, int code);
void odt_span(odt_ctx *c, const char *style, const char *s);
/* One iterator event of an inline node. */
void odt_inline_event(odt_ctx *c, const iso_node *n, iso_event ev);

/* Font face declarations (content.xml and styles.xml). */
void odt_font_face_decls(odt_ctx *c);
/* Named list styles (bullets, numbers) and the outline style. */
void odt_list_styles(odt_ctx *c);
/* odt_heading_num.c: heading numbers in the outline style. */
int odt_numbered(const odt_ctx *c);
void odt_outline_style(odt_ctx *c);
/* After a text:h's outline level: the contents' own heading unnumbered. */
void odt_heading_number(odt_ctx *c, const iso_node *n);
/* Page layout (automatic styles) and master page with header and footer. */
void odt_page_layout(odt_ctx *c);
void odt_master_styles(odt_ctx *c);

/* The DRAFT / RETIRED watermark (odt_watermark.c): its automatic styles,
 * and the shape in the header's paragraph; nothing when approved. */
void odt_watermark_styles(odt_ctx *c);
void odt_watermark(odt_ctx *c);

/* content.xml pieces */
void odt_body_automatic_styles(odt_ctx *c);
/* The title block, the tree and the closing block (src/walk.h). */
void odt_walk(odt_ctx *c);
void odt_title_block(odt_ctx *c);
void odt_closing_part(odt_ctx *c, const iso_walk_closing *cl);
/* A contents index; TITLED: with its own title. */
void odt_toc(odt_ctx *c, int titled);
/* The bookmark of heading I of the contents: "_Toc1" for the first. */
void odt_bookmark_name(size_t i, char out[32]);
/* A 2-column label/value table (title block, approval block). */
void odt_kv_table_start(odt_ctx *c, const char *name);
void odt_kv_row(odt_ctx *c, const char *label, const char *value);
void odt_kv_table_end(odt_ctx *c);
/* Automatic styles of a table (WHOLE: never broken between rows) and of a
 * column SHARE of the text width wide (odt_content.c). */
void odt_table_style(odt_ctx *c, const char *name, int whole);
void odt_column_style(odt_ctx *c, const char *name, double share);
/* odt_signoff.c: the sign-off and acknowledgement tables and their
 * automatic styles. */
void odt_signoff_styles(odt_ctx *c);
void odt_signoff_table(odt_ctx *c);
void odt_ack_table(odt_ctx *c);
/* Shared table element writers. */
void odt_cell_start(odt_ctx *c, int header);
void odt_row_start(odt_ctx *c);
void odt_cell_end(odt_ctx *c);
void odt_image_frame(odt_ctx *c, const odt_picture *p, double w, double h,
                     const char *style, const char *name);
/* Size in points of picture P at PCT percent of WIDTH (0 = natural size),
 * fitted into WIDTH x MAX_H. */
void odt_image_size(const odt_picture *p, double pct, double width,
                    double max_h, double *w, double *h);

/* Parts: each returns 0 or -1 (with a diagnostic). */
int odt_content_xml(odt_ctx *c, iso_zip *z);
int odt_styles_xml(odt_ctx *c, iso_zip *z);
int odt_meta_xml(odt_ctx *c, iso_zip *z);
int odt_settings_xml(odt_ctx *c, iso_zip *z);
int odt_manifest_xml(odt_ctx *c, iso_zip *z);

/* Pictures: names every image (logo first). 0 or -1 with diagnostics. */
int odt_pictures_collect(odt_ctx *c);
void odt_pictures_free(odt_ctx *c);

/* Number of the IMAGE picture in pics for the Nth image of the body. */
const odt_picture *odt_body_picture(odt_ctx *c, int nth);

/* Style names used across parts. */
#define ODT_TEXT_BODY "Text_20_body"
#define ODT_LIST_PARA "List"
#define ODT_BULLETS "List_20_1"
#define ODT_NUMBERS "Numbering_20_123"
#define ODT_ROW "Row"
/* Automatic styles of a heading (+ level) or body paragraph that carries a
 * page break. */
#define ODT_BREAK_HEADING "HeadingBreak"
#define ODT_BREAK_BODY "BodyBreak"

#endif
