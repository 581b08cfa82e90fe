/* The document register (ISO/IEC 27001 7.5.3: versions, reviews and
 * distribution under control) and the reviews that fall due. The CLI fills
 * one entry a document; the library sorts them, finds duplicate ids, counts
 * the days to each review and renders the register as CSV or as a document
 * of its own that the ordinary writers turn into DOCX, ODT and PDF. The
 * same entries are meant to feed an HTML index later: nothing here is
 * specific to one output.
 *
 * Ownership: a register owns its entries and their strings (setters copy). */
#ifndef ISO_REGISTER_H
#define ISO_REGISTER_H

#include <stddef.h>

#include "internal.h"

#define ISO_REG_MAX_FORMATS 8

typedef struct iso_reg_entry {
  char *file;   /* the input as named (diagnostics, --due lines) */
  char *source; /* shown: relative to the folder given to --all, printable */
  int loaded;   /* 1: the metadata below is known */
  char *id, *title, *version, *classification, *owner, *approver;
  iso_doc_type type;
  iso_status status;
  iso_lang language;
  iso_date approved, next_review;
  int id_line, id_column; /* where the id is written (duplicate ids) */
  int review_line;        /* next_review's line, or approved's when derived */
  char *error; /* the first line of the first error when the document
                  failed, else NULL: the entry is listed as "failed" */
  /* hex SHA-256 of each output, in the register's format order; "" when
   * that output does not exist */
  char sha256[ISO_REG_MAX_FORMATS][65];
} iso_reg_entry;

typedef struct iso_register {
  iso_reg_entry *items;
  size_t count, cap;
  /* the outputs' formats (writer names: "docx"), one hash column each */
  const char *formats[ISO_REG_MAX_FORMATS];
  size_t n_formats;
} iso_register;

void iso_register_init(iso_register *r);
void iso_register_free(iso_register *r);
/* A new entry for FILE shown as SOURCE; NULL when out of memory. */
iso_reg_entry *iso_register_add(iso_register *r, const char *file,
                                const char *source);
/* Copies the document-control fields of M; 0 or -1 (out of memory). */
int iso_reg_entry_set_meta(iso_reg_entry *e, const iso_meta *m);
/* Marks the entry failed with the first line of MESSAGE. */
int iso_reg_entry_set_error(iso_reg_entry *e, const char *message);
/* Takes ownership of S into *FIELD (frees the old value). */
void iso_reg_entry_take(char **field, char *s);

/* Sorts by id (byte order; entries without a known id last, by source) and
 * reports every id that two documents share as an error at the second's id,
 * naming the first's file:line:column. Returns the number of duplicates. */
size_t iso_register_sort(iso_register *r, iso_diags *d);

/* Whole days from TODAY to the entry's next review: negative when overdue,
 * 0 when due today. */
long iso_reg_days_until(const iso_reg_entry *e, iso_date today);

/* The register as CSV (RFC 4180: CRLF after every record, fields holding a
 * comma, quote, CR or LF quoted, quotes doubled; UTF-8 without a BOM). One
 * header row of fixed English names (docs/register.md), then one row an
 * entry. A text field that a spreadsheet would run as a formula (starting
 * with =, +, -, @) is prefixed with an apostrophe. */
int iso_register_csv(const iso_register *r, iso_date today, iso_buf *out);
/* One CSV field by those rules (TEXT: may be taken for a formula), then a
 * comma, or CRLF when LAST. */
void iso_csv_field(iso_buf *b, const char *s, int text, int last);

/* The register as a document of its own, in LANG, dated TODAY: document
 * control of its own (id REGISTER, type record) and one table of every
 * entry. Free with iso_node_free; NULL when out of memory. */
iso_node *iso_register_document(const iso_register *r, iso_date today,
                                iso_lang lang);
/* The page a register is shown on: BASE (NULL: the default theme) turned
 * to landscape, for its 13 columns. Free with iso_theme_free. */
iso_theme *iso_register_theme(const iso_theme *base);
/* The language a register is shown in: Finnish when every loaded entry is
 * Finnish, otherwise English. */
iso_lang iso_register_language(const iso_register *r);

/* The intranet edition's front page (formats/html/html_index.c):
 * iso_register_document's rows as an HTML5 table with a filter box (inline
 * script, works offline) and, for entry I, links to HREF_HTML[I] and
 * HREF_PDF[I] (relative, NULL for none: only files that were written).
 * THEME as iso_register_theme gives it. Returns 0, or -1 with an error. */
int iso_register_html(const iso_register *r, iso_date today,
                      const iso_theme *theme, char *const *href_html,
                      char *const *href_pdf, iso_buf *out, iso_diags *d);
/* Words of that page: the filter box's label, the count of rows shown
 * ("{n} of {m} documents shown", filled in by the page's script), the
 * links column's header. */
typedef enum iso_reg_word { ISO_REG_FILTER = 0, ISO_REG_SHOWN, ISO_REG_FILES } iso_reg_word;
const char *iso_register_word(iso_lang lang, iso_reg_word w);

/* Reviews due: the indices of the loaded entries whose next review is at
 * most DAYS days after TODAY (or has passed), most overdue first (ties by
 * file name). *OUT is allocated (caller frees; NULL when none); returns the
 * count, or (size_t)-1 when out of memory. */
size_t iso_due_select(const iso_register *r, iso_date today, long days,
                      size_t **out);

/* SHA-256 as 64 lowercase hex digits (Nettle, sha256.c); 0. */
int iso_sha256_hex(const void *data, size_t len, char out[65]);
/* Of the regular file at PATH (read in pieces, not through a link):
 * 0 done, 1 no such file (OUT ""), -1 error in D. */
int iso_sha256_file(const char *path, char out[65], iso_diags *d);

#endif
