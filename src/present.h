/* The presentation layer: every decision a reader could see differ between
 * formats, made once, below the writers. A writer asks this layer what to
 * show (which rows, which labels, which markers, which widths) and only
 * serializes the answer as XML or PDF operators. Not public API.
 *
 * What lives here:
 *   - the title block rows and their order, the approval block's rows, the
 *     revision history table (headers, cells, column weights), the
 *     sign-off and acknowledgement tables (present_signoff.c);
 *   - the header and footer items of every page;
 *   - list markers by kind and depth;
 *   - caption labels and numbering, call-out labels and colours;
 *   - table text size and column widths (present_columns.c);
 *   - the entries of the table of contents and whether a `toc` block
 *     writes its own title;
 *   - heading numbers (present_number.c).
 */
#ifndef ISO_PRESENT_H
#define ISO_PRESENT_H

#include <stddef.h>

#include "internal.h"

/* Joins items of one line: header, footer, the control line. */
#define ISO_PR_SEP " \xC2\xB7 " /* middle dot */
/* Shown for an empty field (approver, next review). */
#define ISO_PR_NONE "\xE2\x80\x93" /* en dash */

/* ------------------------------------------------------------------ */
/* Document control                                                    */

/* Footer line 1: "ISMS-POL-01 · Information Security Policy · Version 1.2 ·
 * Approved · Internal" (missing parts left out); the page label ("Page N of
 * M", iso_page_label) follows it at the right, as a field where the format
 * has fields. */
void iso_control_line1(const iso_meta *m, iso_buf *out);
/* Footer line 2 and the approval block: Owner, Approver, Approval date,
 * Next review, with localized labels and formatted values. A missing
 * approver is "–"; a missing approval date is the localized "not approved".
 * VALUE points into M or into the field's own BUF. */
typedef struct iso_control_field {
  const char *label;
  const char *value;
  char buf[32];
} iso_control_field;
#define ISO_CONTROL_FIELDS 4
void iso_control_fields(const iso_meta *m, iso_control_field out[ISO_CONTROL_FIELDS]);

/* A label/value table (the title block's metadata, the approval block):
 * rows in the order every format shows them; rows without a value are left
 * out. Strings point into M or into the table itself. */
/* the title block's 16 built-in rows and the custom fields */
#define ISO_PR_KV_MAX (16 + ISO_CUSTOM_MAX)
typedef struct iso_pr_kv {
  size_t n;
  const char *label[ISO_PR_KV_MAX];
  const char *value[ISO_PR_KV_MAX];
  /* storage for the values that are not in M */
  iso_control_field cf[ISO_CONTROL_FIELDS];
  char effective[32], interval[48];
  char *dist, *keywords;
} iso_pr_kv;

/* The label column is shaded like a header row, in the theme's table
 * header colour, in every format. A label/value table (the title block's,
 * the approval block's) is never split across pages when it fits on one:
 * DOCX keeps each label paragraph with the next, ODT forbids breaks between
 * its rows, the PDF moves the whole table to the next page. */
/* Relative widths of the label and the value column. */
extern const double iso_pr_kv_weights[2];

/* The title block's rows: ID, document type, version, status,
 * classification, organisation, owner, approver, approval date, next
 * review, effective, review interval, retention, master copy,
 * distribution, keywords (16 at most), then the `custom` fields in the
 * file's order, each under its own name (ISO_PR_KV_MAX in all). Returns 0, or
 * -1 when out of memory (free KV either way). */
int iso_pr_title_rows(const iso_meta *m, iso_pr_kv *kv);
/* The approval block's rows: the four control fields, retention and
 * master copy. */
void iso_pr_approval_rows(const iso_meta *m, iso_pr_kv *kv);
void iso_pr_kv_free(iso_pr_kv *kv);

/* The revision history table: a header row and one row per revision. */
#define ISO_PR_HISTORY_COLS 5
extern const double iso_pr_history_weights[ISO_PR_HISTORY_COLS];
const char *iso_pr_history_head(iso_lang lang, int col);
/* Column COL of revision R (BUF holds a formatted date). */
const char *iso_pr_history_cell(const iso_meta *m, size_t r, int col,
                                char buf[32]);

/* The closing block's headings, each followed by its part: "Approval and
 * version control" at level 1 (the approval rows, then the sign-off
 * table), "Revision history" at level 2 when there is a history, and
 * "Acknowledgement" at level 2 when the document asks for one. Every
 * format shows them in this order and lists them in its contents. Returns
 * how many. */
typedef enum iso_pr_closing_kind {
  ISO_PR_CLOSING_APPROVAL = 0,
  ISO_PR_CLOSING_HISTORY,
  ISO_PR_CLOSING_ACK
} iso_pr_closing_kind;
typedef struct iso_pr_heading {
  const char *text;
  int level;
  iso_pr_closing_kind kind;
} iso_pr_heading;
#define ISO_PR_CLOSING_MAX 3
int iso_pr_closing_headings(const iso_meta *m,
                            iso_pr_heading out[ISO_PR_CLOSING_MAX]);

/* ------------------------------------------------------------------ */
/* Sign-off, acknowledgement, "uncontrolled when printed"              */
/* (src/present_signoff.c)                                             */

/* The sign-off table, after the approval rows: a header row (role, name,
 * date, signature) and one row per `signoff` entry in the document's
 * order, each at least ISO_PR_SIGN_ROW_MM high so a signature fits in the
 * last cell of a printout; the whole table on one page in every format
 * (as the label/value tables). A missing name or date is an empty cell to
 * write in. Documents without `signoff` have no sign-off table. */
#define ISO_PR_SIGNOFF_COLS 4
#define ISO_PR_SIGNOFF_SIGNATURE 3 /* the column signed in */
extern const double iso_pr_signoff_weights[ISO_PR_SIGNOFF_COLS];
/* 15 mm: a handwritten signature is 10-12 mm high; the rest is room to
 * start above the line */
#define ISO_PR_SIGN_ROW_MM 15.0
const char *iso_pr_signoff_head(iso_lang lang, int col);
/* Column COL of entry R; "" for an empty cell (BUF holds a date). */
const char *iso_pr_signoff_cell(const iso_meta *m, size_t r, int col,
                                char buf[32]);

/* The acknowledgement table (`acknowledgement: true`), after the history:
 * a sentence saying what a signature confirms (ISO/IEC 27001 Annex A 5.1:
 * staff acknowledge the policies), then a header row (name, date,
 * signature), repeated on every page, and ISO_PR_ACK_ROWS empty rows of
 * ISO_PR_ACK_ROW_MM, never split. */
#define ISO_PR_ACK_COLS 3
#define ISO_PR_ACK_ROWS 10
#define ISO_PR_ACK_ROW_MM 10.0
extern const double iso_pr_ack_weights[ISO_PR_ACK_COLS];
const char *iso_pr_ack_head(iso_lang lang, int col);
const char *iso_pr_ack_text(iso_lang lang);

/* Millimetres to points. */
#define ISO_PR_MM(mm) ((mm) * 72.0 / 25.4)

/* The footer's last line, "Uncontrolled when printed" (localized), in bold
 * on every page of every format, or NULL when off: the document's
 * `uncontrolled_when_printed` when given, else the theme's. */
const char *iso_pr_uncontrolled(const iso_meta *m, const iso_theme *t);

/* ------------------------------------------------------------------ */
/* Page furniture                                                      */

/* Header of every page. Left: the logo (the document's, else the theme's,
 * unless the theme puts it on the title page), then the theme's
 * header.left items ("Organisation · Title"). Right: header.right's items
 * (the classification) and the status mark (DRAFT / RETIRED, in the
 * theme's draft colour), joined by ISO_PR_SEP; either may be NULL. */
/* The colour of the header's and the footer's text in every format (the
 * status mark keeps the theme's draft colour). */
#define ISO_PR_FURNITURE_COLOR "595959"
typedef struct iso_pr_header {
  int logo;
  const iso_image *logo_image; /* the header's logo, or NULL */
  char *left;           /* owned */
  char *classification; /* owned: header.right's text items, or NULL */
  const char *mark;
} iso_pr_header;
int iso_pr_header_items(const iso_meta *m, const iso_theme *t, iso_pr_header *h);
void iso_pr_header_free(iso_pr_header *h);
/* Logo height in the header, in points, and its widest share of the text
 * width. */
#define ISO_PR_LOGO_HEIGHT 24.0
#define ISO_PR_LOGO_MAX_SHARE (1.0 / 3)
/* The logo's box in the header (and on the title page): HEIGHT points
 * high unless that makes it wider than the share of TEXT_WIDTH. */
void iso_pr_logo_box(const iso_image *logo, double text_width, double *w,
                     double *h);
/* The logo shown: the document's own, else the theme's (NULL: none); in
 * every page's header, or above the title on page one (the theme's
 * logo_placement): the other of the two is NULL. */
const iso_image *iso_pr_logo(const iso_meta *m, const iso_theme *t);
const iso_image *iso_pr_header_logo(const iso_meta *m, const iso_theme *t);
const iso_image *iso_pr_title_logo(const iso_meta *m, const iso_theme *t);
/* On the title page the logo is twice the header's height (at most half
 * the text width), with this much space below it, in points. */
#define ISO_PR_TITLE_LOGO_HEIGHT 48.0
#define ISO_PR_TITLE_LOGO_AFTER 12.0
void iso_pr_title_logo_box(const iso_image *logo, double text_width, double *w,
                           double *h);

/* One header or footer item: its label and its value (NULL when the
 * document has none; the people and dates as iso_control_fields gives
 * them). VALUE points into M or F's BUF. */
void iso_pr_item(const iso_meta *m, iso_item it, iso_control_field *f);
/* A list of items as one text joined by ISO_PR_SEP (the status mark left
 * out). */
void iso_pr_items_text(const iso_meta *m, const unsigned char *list, iso_buf *out);
/* Footer line 1 (the theme's footer.control; iso_control_line1 for the
 * default) and line 2's label/value fields (footer.fields; missing values
 * "–"). Returns the number of fields. */
void iso_pr_footer_line1(const iso_meta *m, const iso_theme *t, iso_buf *out);
int iso_pr_footer_fields(const iso_meta *m, const iso_theme *t,
                         iso_control_field out[ISO_THEME_ITEMS_MAX]);

/* ------------------------------------------------------------------ */
/* Lists                                                               */

/* Numbering by depth (0-based): 1. / a. / i., then again; bullets
 * • / ◦ / –, then again. */
typedef enum iso_pr_numfmt {
  ISO_PR_NUM_BULLET = 0,
  ISO_PR_NUM_DECIMAL,
  ISO_PR_NUM_LOWER_ALPHA,
  ISO_PR_NUM_LOWER_ROMAN
} iso_pr_numfmt;
iso_pr_numfmt iso_pr_list_format(int ordered, int depth);
/* The bullet character of DEPTH (UTF-8). */
const char *iso_pr_bullet(int depth);
/* What follows a number ("."). */
#define ISO_PR_NUM_SUFFIX "."
/* The marker of item NUMBER of a list at DEPTH: "3.", "c.", "iii.", "•". */
void iso_pr_list_marker(int ordered, int depth, int number, char out[32]);
/* Hanging indent per level, in points. */
#define ISO_PR_LIST_INDENT 18.0

/* ------------------------------------------------------------------ */
/* Captions and call-outs                                              */

/* Tables are captioned above ("Table 3: …"), figures below ("Figure 1:
 * …"); each kind is numbered from 1 in document order. The prefix is the
 * label, a space, the number and ISO_PR_CAPTION_SEP. */
#define ISO_PR_CAPTION_SEP ": "
/* Every format sets a caption the same way: the label, number and
 * separator ("Table 3: ") bold and upright, the caption's text italic, both
 * in the theme's text colour at iso_pr_caption_size. */
const char *iso_pr_caption_label(iso_lang lang, int figure);

typedef struct iso_pr_callout {
  const char *label; /* "Note" / "Huomautus" */
  const char *fill;  /* background, "RRGGBB" from the theme */
  const char *bar;   /* the bar or border */
} iso_pr_callout;
iso_pr_callout iso_pr_callout_style(const iso_theme *t, iso_lang lang,
                                    iso_callout_kind k);

/* A principles block is a numbered list (markers as above) under this
 * label ("Principles" / "Periaatteet"), which every format sets in the
 * heading font, bold, in the theme's heading colour, kept with the list. */
const char *iso_pr_principles_label(iso_lang lang);

/* Images are never higher than this share of the text height. */
#define ISO_PR_IMAGE_MAX_SHARE 0.8
/* An image's box in points: PCT per cent of WIDTH (the text's, or the
 * list's where it stands), else its natural size (96 dpi unless the file
 * says), never wider than WIDTH nor, when MAX_H > 0, higher than MAX_H
 * (the aspect ratio kept). */
void iso_pr_image_size(const iso_image_info *info, double pct, double width,
                       double max_h, double *w, double *h);
/* The length of a code block's text without its closing line ends: they
 * are not an empty last line. */
size_t iso_pr_code_length(const char *s);

/* ------------------------------------------------------------------ */
/* Text                                                                */

/* Line height of body and table text at SIZE: SIZE times the theme's line
 * spacing, in every format (the PDF's layout engine uses it as is; DOCX and
 * ODT write it as a minimum, so a line with a larger font still grows,
 * instead of a multiple of the font's own line height, which is 15 % more
 * for Liberation Sans and made their pages drift from the PDF's). */
double iso_pr_line_height(const iso_theme *t, double size);

/* Vertical space of each kind of paragraph (present_space.c), in points:
 * space above and below (adjacent paragraphs add theirs, none above the
 * first paragraph of a page), the line height (a minimum in DOCX and ODT),
 * and for chapter headings a rule RULE_GAP below the text, inside the space
 * below. */
typedef enum iso_pr_role {
  ISO_PR_BODY = 0,  /* body paragraphs */
  ISO_PR_LIST_ITEM, /* each paragraph of a list item */
  ISO_PR_HEADING,   /* by level */
  ISO_PR_CAPTION,   /* table and figure captions */
  ISO_PR_TOC_TITLE, /* the title a `toc` block writes */
  ISO_PR_TOC_ENTRY  /* by level */
} iso_pr_role;
typedef struct iso_pr_para {
  double before, after, line;
  double rule, rule_gap;
} iso_pr_para;
#define ISO_PR_HEADING_RULE 0.625 /* a DOCX border of 5/8 pt */
iso_pr_para iso_pr_para_space(const iso_theme *t, iso_pr_role role, int level);
/* Caption text size; space below a table (above it: the caption's, or the
 * paragraph's before it). */
double iso_pr_caption_size(const iso_theme *t);
double iso_pr_table_after(const iso_theme *t);

/* A call-out's box: space outside it, padding inside (the left one from the
 * bar's inner edge), the space below its label and below each paragraph.
 * The bottom padding and the last paragraph's space add up. */
typedef struct iso_pr_box {
  double before, after;
  double pad_top, pad_bottom, pad_left, pad_right;
  double title_after, para_after;
} iso_pr_box;
iso_pr_box iso_pr_callout_box(const iso_theme *t);
/* The bar at the box's left edge, in points. */
#define ISO_PR_CALLOUT_BAR 3.0

/* A page break (`pagebreak: true`) moves what follows to the next page and
 * takes no room of its own in the PDF. DOCX and ODT need a paragraph to
 * carry it: the break comes before it (a break after it made an empty page
 * when the paragraph itself no longer fitted), and it is this many points
 * high, so what follows starts where the PDF starts it. */
#define ISO_PR_BREAK_HEIGHT 1.0
/* The block that carries page break BRK as a break before itself, so no
 * break paragraph is needed: the heading or body paragraph that comes next
 * in document order (the first block of the next section when BRK ends
 * one). NULL when that is something else (a table, a list...) or nothing:
 * then the writer writes the break paragraph. Carried, the break takes no
 * room at all, as in the PDF. */
const iso_node *iso_pr_break_carrier(const iso_node *brk);

/* ------------------------------------------------------------------ */
/* Tables                                                              */

/* Font size of table text (cells, title block, history) in every format. */
double iso_pr_table_size(const iso_theme *t);
/* Cell padding on every side, in points, and the width of the rules between
 * cells: a row is its text, twice the padding and one rule high in every
 * format (LibreOffice adds the rule to the row; the PDF does the same), so
 * that tables take the same height everywhere. */
#define ISO_PR_CELL_PAD 4.0
#define ISO_PR_CELL_RULE 0.5

/* Width in points of LEN bytes of UTF-8 text, BOLD or not, at SIZE. */
typedef double (*iso_pr_measure_fn)(void *ctx, int bold, double size,
                                    const char *s, size_t len);

/* Column widths of a table node, in points summing to AVAIL: the
 * document's `widths` when given, otherwise a fit of the content (widest
 * word and whole text of each column). Every column gets at least its
 * longest word of up to ISO_PR_SHORT_WORD characters where the page allows,
 * so short words ("RFC", dates) never break; longer words may. Returns 0,
 * or -1 when out of memory. */
#define ISO_PR_SHORT_WORD 16
int iso_pr_columns(const iso_node *table, int ncols, double avail,
                   double size, iso_pr_measure_fn measure, void *ctx,
                   double *out);
/* Columns of a table-like node: the most cells of any row (at least 1). */
int iso_pr_table_columns(const iso_node *table);

/* Metrics of the theme's body font (regular and bold) read from its font
 * file, for writers that have no font engine of their own; an average
 * advance stands in when the file cannot be read. NULL only when out of
 * memory. */
typedef struct iso_metrics iso_metrics;
iso_metrics *iso_metrics_open(const iso_theme *t);
void iso_metrics_free(iso_metrics *m);
/* An iso_pr_measure_fn over an iso_metrics. */
double iso_metrics_measure(void *ctx, int bold, double size, const char *s,
                           size_t len);
/* Faces by the layout engine's ids: family (0 body, 4 heading, 8 mono)
 * plus style bits; the theme's family or, as in the PDF, Liberation. */
#define ISO_METRICS_BOLD 1
#define ISO_METRICS_ITALIC 2
const void *iso_metrics_face(iso_metrics *m, int id); /* NULL: out of memory */
double iso_metrics_measure_face(void *ctx, int id, double size, const char *s,
                                size_t len);
/* Whether a face could not be set up for want of memory. */
int iso_metrics_failed(const iso_metrics *m);
/* The font file (and its face *INDEX) the widths of face ID come from;
 * NULL when the face was never asked for or the average advance stood in. */
const char *iso_metrics_face_file(const iso_metrics *m, int id, int *index);
/* The faces iso_metrics_measure_face measured with, into ORDER in the order
 * each was first measured; returns how many. */
size_t iso_metrics_measured(const iso_metrics *m, int order[12]);

/* ------------------------------------------------------------------ */
/* Watermark (src/present_watermark.c)                                 */

/* The watermark of a document that is not approved: its status mark
 * ("DRAFT", "LUONNOS", "RETIRED") in the body font, bold, centred on the
 * page along the diagonal from bottom left to top right, as wide as
 * ISO_PR_WATERMARK_SHARE of the diagonal (at most ISO_PR_WATERMARK_MAX
 * points high), in the theme's draft colour lightened to
 * ISO_PR_WATERMARK_KEEP of its strength, behind the text. */
#define ISO_PR_WATERMARK_SHARE 0.55
#define ISO_PR_WATERMARK_MAX 150.0
#define ISO_PR_WATERMARK_KEEP 0.16
/* Cap height of the body fonts (Liberation Sans, Arial) as a share of the
 * font size: the watermark is centred on its capitals. */
#define ISO_PR_CAP_HEIGHT 0.72
typedef struct iso_pr_mark {
  const char *text; /* NULL: no watermark */
  double size;      /* font size, points */
  double width;     /* the text's advance at SIZE */
  double height;    /* its cap height */
  double angle;     /* radians, counter-clockwise from the baseline */
  char color[7];    /* "RRGGBB" */
} iso_pr_mark;
/* Fills W; returns 1 when the document has a watermark, 0 when not.
 * MEASURE (bold = 1) gives the body font's widths. */
int iso_pr_watermark(const iso_meta *m, const iso_theme *t,
                     iso_pr_measure_fn measure, void *ctx, iso_pr_mark *w);

/* ------------------------------------------------------------------ */
/* Table of contents                                                   */

/* Headings of levels 1 to this are listed. */
#define ISO_PR_TOC_LEVELS 3
/* Whether a `toc` block writes its own "Contents" title: not when it stands
 * in a section whose heading already is the contents label (compared
 * without case), so the title never stands twice. */
int iso_pr_toc_titled(const iso_node *toc);

/* ------------------------------------------------------------------ */
/* Heading numbers (src/present_number.c)                              */

/* Whether headings are numbered: the document's `numbering` when given,
 * else the theme's. */
int iso_pr_numbering(const iso_meta *m, const iso_theme *t);
/* The number of every heading, in the order of the contents (the tree's
 * headings in document order, then the closing block's): "1", "1.2",
 * "2.1.3", without a final dot. The closing block's headings are numbered
 * too, going on from the document's: "Approval and version control" is the
 * next chapter, "Revision history" and "Acknowledgement" its subsections
 * (docs/format.md). Empty (N 0) when numbering is off. Every format shows
 * the number, then ISO_PR_NUMBER_SEP, then the heading's text, in the body
 * and in the contents (DOCX: a multilevel list bound to the heading styles
 * with a space after the number; ODT: the outline style, the same; the
 * PDF: the layout draws the number as text). Returns 0, or -1 when out of
 * memory. */
typedef struct iso_pr_numbers {
  size_t n;
  char **v;
} iso_pr_numbers;
#define ISO_PR_NUMBER_SEP " "
#define ISO_PR_NUMBER_MAX 32 /* bytes of a number, its NUL included */
int iso_pr_heading_numbers(const iso_node *doc, const iso_theme *t,
                           iso_pr_numbers *out);
/* Whether heading H takes a number: every heading does but the contents'
 * own, the heading of a section that holds a `toc` block and is titled
 * with the contents label (iso_pr_toc_titled), which is neither numbered
 * nor counted, as a contents page is in a numbered document. */
int iso_pr_heading_numbered(const iso_node *h);
/* Heading I's number, or NULL when it has none. */
const char *iso_pr_number(const iso_pr_numbers *n, size_t i);
/* "1.2 Scope" for heading I (TEXT alone when it has no number). Caller
 * frees; NULL when out of memory. */
char *iso_pr_numbered_text(const iso_pr_numbers *n, size_t i, const char *text);
void iso_pr_numbers_free(iso_pr_numbers *n);

#endif
