/* isoexport: ISMS documents written as YAML to DOCX, ODT, PDF and HTML.
 *
 * The installed interface of libisoexport (pkg-config: isoexport). Every
 * type a caller holds is opaque and read through functions, so that new
 * fields never change the ABI. docs/api.md has a walk-through.
 *
 * Ownership: what a *_new, iso_load* or iso_render* call returns belongs to
 * the caller and is freed with the matching *_free (iso_free for bytes).
 * The tree owns its nodes and a document its metadata; setters copy
 * strings; getters borrow them until the owner changes or is freed.
 *
 * Errors: functions that can fail return an iso_error (ISO_OK is 0) or NULL
 * (only when out of memory, unless said otherwise). What went wrong in a
 * document, theme or output goes into an iso_diags list with its file, line
 * and column (a function that takes one needs one: NULL is
 * ISO_ERR_ARGUMENT). The library never prints, never reads the environment or the
 * clock, and does not use libxml2 (a program's own libxml2 error handlers
 * stay as it set them).
 *
 * Threads: separate documents, themes, options and diagnostics may be used
 * from separate threads at the same time.
 */
#ifndef ISOEXPORT_H
#define ISOEXPORT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define ISO_API
#else
#define ISO_API __attribute__((visibility("default")))
#endif

/* The version of this header; iso_version() is the library's at run time. */
#define ISO_VERSION_MAJOR 0
#define ISO_VERSION_MINOR 1
#define ISO_VERSION_PATCH 0
#define ISO_VERSION_STRING "0.1.0"
/* 0xMMmmpp: compare with ISO_VERSION_NUMBER at compile time. */
#define ISO_VERSION_NUMBER                                                     \
  ((ISO_VERSION_MAJOR << 16) | (ISO_VERSION_MINOR << 8) | ISO_VERSION_PATCH)

/* "0.1.0" */
ISO_API const char *iso_version(void);
/* ISO_VERSION_NUMBER of the library that is running. */
ISO_API int iso_version_number(void);

/* ------------------------------------------------------------------ */
/* Errors                                                              */

typedef enum iso_error {
  ISO_OK = 0,
  ISO_ERR_NOMEM,    /* out of memory */
  ISO_ERR_ARGUMENT, /* a NULL or out-of-range argument, an unknown format
                       name, a node that may not take that value or child */
  ISO_ERR_IO,       /* a file could not be read or written (diagnostics) */
  ISO_ERR_DOCUMENT, /* the document has errors (diagnostics) */
  ISO_ERR_THEME,    /* the theme or reference template has errors */
  ISO_ERR_RENDER,   /* a format could not be written (diagnostics) */
  ISO_ERR_COUNT
} iso_error;

/* "out of memory", ...: a static English string; "unknown error" for a
 * value outside the enumeration. */
ISO_API const char *iso_strerror(iso_error e);

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */

typedef enum iso_severity {
  ISO_SEV_ERROR = 0,
  ISO_SEV_WARNING,
  ISO_SEV_NOTE
} iso_severity;

typedef struct iso_diags iso_diags; /* a list of messages */
typedef struct iso_diag iso_diag;   /* one message, owned by its list */

ISO_API iso_diags *iso_diags_new(void);
ISO_API void iso_diags_free(iso_diags *d);
/* Drops every entry (the list can be reused). */
ISO_API void iso_diags_clear(iso_diags *d);
ISO_API size_t iso_diags_count(const iso_diags *d);
/* Entry I (borrowed until the list is cleared or freed), NULL past the end. */
ISO_API const iso_diag *iso_diags_get(const iso_diags *d, size_t i);
ISO_API size_t iso_diags_errors(const iso_diags *d);
ISO_API size_t iso_diags_warnings(const iso_diags *d);

ISO_API iso_severity iso_diag_severity(const iso_diag *g);
ISO_API const char *iso_diag_file(const iso_diag *g); /* NULL: none */
ISO_API int iso_diag_line(const iso_diag *g);   /* 1-based; 0: no position */
ISO_API int iso_diag_column(const iso_diag *g); /* 1-based; 0: no column */
ISO_API const char *iso_diag_message(const iso_diag *g);
/* A lint finding's rule id (see iso_lint_rules), NULL for other messages. */
ISO_API const char *iso_diag_rule(const iso_diag *g);
/* "file:line:column: error: message" (parts omitted when unknown), and
 * " [rule-id]" after a lint finding. Free with iso_free. */
ISO_API char *iso_diag_format(const iso_diag *g);

/* Frees what the library returned as plain bytes or strings. */
ISO_API void iso_free(void *p);

/* ------------------------------------------------------------------ */
/* Dates and enumerations                                              */

typedef struct iso_date {
  int year; /* 0: no date */
  int month;
  int day;
} iso_date;

/* ISO_OK, or ISO_ERR_ARGUMENT when S is not a day written YYYY-MM-DD. */
ISO_API iso_error iso_date_parse(const char *s, iso_date *out);
ISO_API int iso_date_valid(iso_date d);
ISO_API int iso_date_cmp(iso_date a, iso_date b); /* <0, 0, >0 */
/* "2026-03-15"; "" for no date. */
ISO_API void iso_date_iso(iso_date d, char out[11]);

typedef enum iso_lang {
  ISO_LANG_EN = 0,
  ISO_LANG_FI,
  ISO_LANG_SV,
  ISO_LANG_DE,
  ISO_LANG_COUNT
} iso_lang;
/* "en", "fi", "sv", "de"; and back (-1 for a language not known). */
ISO_API const char *iso_lang_code(iso_lang lang);
ISO_API int iso_lang_from_code(const char *code);

typedef enum iso_doc_type {
  ISO_TYPE_OTHER = 0,
  ISO_TYPE_POLICY,
  ISO_TYPE_MANUAL,
  ISO_TYPE_PROCEDURE,
  ISO_TYPE_INSTRUCTION,
  ISO_TYPE_PLAN,
  ISO_TYPE_RECORD
} iso_doc_type;
ISO_API const char *iso_doc_type_name(iso_doc_type t); /* "policy" ... */

typedef enum iso_status {
  ISO_STATUS_DRAFT = 0,
  ISO_STATUS_REVIEW,
  ISO_STATUS_APPROVED,
  ISO_STATUS_RETIRED
} iso_status;
ISO_API const char *iso_status_name(iso_status s); /* "draft" ... */

/* ------------------------------------------------------------------ */
/* Options                                                             */

/* What loading and writing may be told beyond the document and theme.
 * Every setting starts at its default (written below). */
typedef struct iso_options iso_options;

ISO_API iso_options *iso_options_new(void);
ISO_API void iso_options_free(iso_options *o);
/* Every file the document names (images, logo) must lie inside DIR once
 * symbolic links are resolved (copied; NULL, the default: anywhere). */
ISO_API iso_error iso_options_set_confine_dir(iso_options *o, const char *dir);
/* The time written into every output's properties and ZIP entries, in
 * seconds since the epoch (what SOURCE_DATE_EPOCH gives the program).
 * Default: from the document (its approval date, else its newest revision,
 * else its effective date, else 2000-01-01), so output is reproducible. */
ISO_API iso_error iso_options_set_timestamp(iso_options *o, long long t);
/* 1: PDFs embed whole fonts instead of subsets (default 0). */
ISO_API iso_error iso_options_set_whole_fonts(iso_options *o, int on);
/* 1: PDFs are PDF/A-3b, with the document's images, logo and (see
 * iso_options_set_source) YAML attached (default 0; a theme may ask for it
 * too). */
ISO_API iso_error iso_options_set_pdfa(iso_options *o, int on);
/* The document's YAML bytes, attached to a PDF/A (borrowed: they must stay
 * until the last render with O; NULL: none, the default). */
ISO_API iso_error iso_options_set_source(iso_options *o,
                                         const unsigned char *data,
                                         size_t len);

/* Fonts are found by family name in the standard font folders first and
 * then through fontconfig's whole configuration. ON = 1 skips the first
 * step, for a program whose user points fontconfig at a configuration of
 * their own (the isoexport program does when FONTCONFIG_FILE,
 * FONTCONFIG_PATH or FONTCONFIG_SYSROOT is set). Like fontconfig's own
 * configuration this holds for the whole process: call it before the
 * first load or render. */
ISO_API void iso_fonts_system_config(int on);

/* ------------------------------------------------------------------ */
/* The document tree                                                   */

typedef struct iso_node iso_node;

/* Blocks come first, then inlines, so "is this a block?" is a range check. */
typedef enum iso_node_type {
  ISO_NODE_NONE = 0,
  /* blocks */
  ISO_NODE_DOCUMENT,   /* children: SECTION */
  ISO_NODE_SECTION,    /* children: HEADING first, then blocks, then SECTION */
  ISO_NODE_HEADING,    /* inlines; level 1..6 */
  ISO_NODE_PARAGRAPH,  /* inlines */
  ISO_NODE_LIST,       /* ITEM; ordered flag, start number */
  ISO_NODE_ITEM,       /* PARAGRAPH, LIST, CODE_BLOCK */
  ISO_NODE_TABLE,      /* ROW; columns, widths, caption */
  ISO_NODE_OBJECTIVES, /* same shape as TABLE, columns from the block's fields */
  ISO_NODE_RISKS,      /* same shape as TABLE */
  ISO_NODE_ROLES,      /* same shape as TABLE */
  ISO_NODE_ROW,        /* CELL; header flag */
  ISO_NODE_CELL,       /* inlines */
  ISO_NODE_CALLOUT,    /* PARAGRAPH, LIST, CODE_BLOCK; kind note/tip/warning */
  ISO_NODE_CODE_BLOCK, /* literal */
  ISO_NODE_IMAGE,      /* path, caption, width percent */
  ISO_NODE_PAGEBREAK,
  ISO_NODE_TOC,
  ISO_NODE_PRINCIPLES, /* one ordered LIST: a policy's principles */
  /* inlines */
  ISO_NODE_TEXT,       /* literal */
  ISO_NODE_STRONG,     /* inlines */
  ISO_NODE_EMPH,       /* inlines */
  ISO_NODE_CODE,       /* literal */
  ISO_NODE_LINK,       /* inlines; url */
  ISO_NODE_LINEBREAK,
  ISO_NODE_TYPE_COUNT
} iso_node_type;

#define ISO_NODE_FIRST_BLOCK ISO_NODE_DOCUMENT
#define ISO_NODE_LAST_BLOCK ISO_NODE_PRINCIPLES
#define ISO_NODE_FIRST_INLINE ISO_NODE_TEXT
#define ISO_NODE_LAST_INLINE ISO_NODE_LINEBREAK

typedef enum iso_callout_kind {
  ISO_CALLOUT_NOTE = 0,
  ISO_CALLOUT_TIP,
  ISO_CALLOUT_WARNING
} iso_callout_kind;

/* Loads and checks the document at PATH (relative image and logo paths
 * against its folder). ISO_OK with *DOC set (free with iso_node_free), or
 * ISO_ERR_IO / ISO_ERR_DOCUMENT with *DOC NULL and the reasons in D.
 * Warnings do not fail. OPTIONS may be NULL. */
ISO_API iso_error iso_load(const char *path, const iso_options *options,
                           iso_node **doc, iso_diags *d);
/* The same for LEN bytes of YAML in memory: NAME names them in messages,
 * relative paths are resolved against BASE_DIR. */
ISO_API iso_error iso_load_memory(const char *data, size_t len,
                                  const char *name, const char *base_dir,
                                  const iso_options *options, iso_node **doc,
                                  iso_diags *d);

/* An empty document (its metadata all unset) to build by hand; SOURCE_PATH
 * (copied, may be NULL) names it in messages. */
ISO_API iso_node *iso_document_new(const char *source_path);
/* A node of DOC's (its file and a line and column for messages). */
ISO_API iso_node *iso_node_new(iso_node_type type, const iso_node *doc,
                               int line, int column);
/* Frees N and its subtree (N must be unlinked, or be the root). */
ISO_API void iso_node_free(iso_node *n);
/* The one place that decides what may contain what: ISO_ERR_ARGUMENT (both
 * nodes untouched) when PARENT may not contain CHILD. */
ISO_API iso_error iso_node_append(iso_node *parent, iso_node *child);
ISO_API int iso_node_can_contain(iso_node_type parent, iso_node_type child);
ISO_API void iso_node_unlink(iso_node *n);

ISO_API iso_node_type iso_node_get_type(const iso_node *n);
ISO_API const char *iso_node_type_name(iso_node_type t);
ISO_API int iso_node_is_block(const iso_node *n);
ISO_API int iso_node_is_inline(const iso_node *n);
/* TABLE, OBJECTIVES, RISKS, ROLES: all laid out as tables. */
ISO_API int iso_node_is_table(const iso_node *n);

ISO_API iso_node *iso_node_parent(const iso_node *n);
ISO_API iso_node *iso_node_first_child(const iso_node *n);
ISO_API iso_node *iso_node_last_child(const iso_node *n);
ISO_API iso_node *iso_node_next(const iso_node *n);
ISO_API iso_node *iso_node_prev(const iso_node *n);
/* The document node a node belongs to. */
ISO_API const iso_node *iso_node_document(const iso_node *n);

ISO_API const char *iso_node_file(const iso_node *n);
ISO_API int iso_node_line(const iso_node *n);
ISO_API int iso_node_column(const iso_node *n);

/* Setters return ISO_ERR_ARGUMENT for a node of another type or a value out
 * of range, ISO_ERR_NOMEM when out of memory. */
/* TEXT, CODE, CODE_BLOCK */
ISO_API const char *iso_node_get_literal(const iso_node *n);
ISO_API iso_error iso_node_set_literal(iso_node *n, const char *s);
/* LINK */
ISO_API const char *iso_node_get_url(const iso_node *n);
ISO_API iso_error iso_node_set_url(iso_node *n, const char *url);
/* HEADING (1..6) */
ISO_API int iso_node_get_level(const iso_node *n);
ISO_API iso_error iso_node_set_level(iso_node *n, int level);
/* LIST */
ISO_API int iso_node_get_list_ordered(const iso_node *n);
ISO_API int iso_node_get_list_start(const iso_node *n);
ISO_API iso_error iso_node_set_list(iso_node *n, int ordered, int start);
/* Tables: the number of columns; relative widths normalised to sum 1 (NULL
 * when the document gives none); the caption (NULL when none, also for
 * IMAGE). */
ISO_API int iso_node_get_columns(const iso_node *n);
ISO_API iso_error iso_node_set_columns(iso_node *n, int columns);
ISO_API const double *iso_node_get_widths(const iso_node *n);
ISO_API iso_error iso_node_set_widths(iso_node *n, const double *weights,
                                      int count);
ISO_API const char *iso_node_get_caption(const iso_node *n);
ISO_API iso_error iso_node_set_caption(iso_node *n, const char *caption);
/* ROW */
ISO_API int iso_node_get_row_header(const iso_node *n);
ISO_API iso_error iso_node_set_row_header(iso_node *n, int header);
/* CALLOUT */
ISO_API iso_callout_kind iso_node_get_callout(const iso_node *n);
ISO_API iso_error iso_node_set_callout(iso_node *n, iso_callout_kind kind);
/* IMAGE: the image file's resolved path; width in percent of the text
 * width (0: natural) */
ISO_API const char *iso_node_get_path(const iso_node *n);
ISO_API double iso_node_get_width_pct(const iso_node *n);
ISO_API iso_error iso_node_set_width_pct(iso_node *n, double pct);

/* Plain text of a node's inlines. Free with iso_free. */
ISO_API char *iso_node_plain_text(const iso_node *n);

/* Depth-first walk: every node gets ENTER, then its children, then EXIT
 * (inlines and other leaves too). The tree must not change meanwhile. */
typedef enum iso_event {
  ISO_EVENT_NONE = 0,
  ISO_EVENT_DONE,
  ISO_EVENT_ENTER,
  ISO_EVENT_EXIT
} iso_event;

typedef struct iso_iter {
  const iso_node *root;
  const iso_node *cur;
  iso_event ev;
} iso_iter;

ISO_API void iso_iter_init(iso_iter *it, const iso_node *root);
ISO_API iso_event iso_iter_next(iso_iter *it);
ISO_API const iso_node *iso_iter_node(const iso_iter *it);

/* ------------------------------------------------------------------ */
/* Document control: a document's metadata                             */

typedef struct iso_meta iso_meta; /* owned by its document */

ISO_API iso_meta *iso_document_meta(iso_node *doc);
ISO_API const iso_meta *iso_document_meta_const(const iso_node *doc);

/* The text fields of document control (docs/format.md names the keys). */
typedef enum iso_field {
  ISO_FIELD_ID = 0,
  ISO_FIELD_TITLE,
  ISO_FIELD_SUBTITLE,
  ISO_FIELD_ORGANIZATION,
  ISO_FIELD_VERSION,
  ISO_FIELD_CLASSIFICATION,
  ISO_FIELD_OWNER,
  ISO_FIELD_APPROVER,
  ISO_FIELD_RETENTION,
  ISO_FIELD_MASTER_COPY,
  ISO_FIELD_THEME,  /* as written in the document */
  ISO_FIELD_SOURCE, /* the YAML file's path (read only) */
  ISO_FIELD_LOGO,   /* the resolved logo path (read only) */
  ISO_FIELD_COUNT
} iso_field;

/* NULL when the field is not set. */
ISO_API const char *iso_meta_get(const iso_meta *m, iso_field f);
/* Copies VALUE (NULL unsets); ISO_ERR_ARGUMENT for a read-only field. */
ISO_API iso_error iso_meta_set(iso_meta *m, iso_field f, const char *value);

typedef enum iso_date_field {
  ISO_DATE_APPROVED = 0,
  ISO_DATE_EFFECTIVE,
  ISO_DATE_NEXT_REVIEW /* after loading always set (derived when absent) */
} iso_date_field;
ISO_API iso_date iso_meta_get_date(const iso_meta *m, iso_date_field f);
ISO_API iso_error iso_meta_set_date(iso_meta *m, iso_date_field f,
                                    iso_date d);

ISO_API iso_status iso_meta_get_status(const iso_meta *m);
ISO_API iso_error iso_meta_set_status(iso_meta *m, iso_status s);
ISO_API iso_doc_type iso_meta_get_type(const iso_meta *m);
ISO_API iso_error iso_meta_set_type(iso_meta *m, iso_doc_type t);
ISO_API iso_lang iso_meta_get_language(const iso_meta *m);
ISO_API iso_error iso_meta_set_language(iso_meta *m, iso_lang l);
/* review_interval in months, 0: none given */
ISO_API int iso_meta_get_review_months(const iso_meta *m);

/* Lists: distribution, keywords. */
ISO_API size_t iso_meta_distribution_count(const iso_meta *m);
ISO_API const char *iso_meta_distribution(const iso_meta *m, size_t i);
ISO_API size_t iso_meta_keywords_count(const iso_meta *m);
ISO_API const char *iso_meta_keyword(const iso_meta *m, size_t i);

/* The revision history, oldest first as written. */
typedef enum iso_revision_field {
  ISO_REV_VERSION = 0,
  ISO_REV_AUTHOR,
  ISO_REV_CHANGES,
  ISO_REV_APPROVER /* may be NULL */
} iso_revision_field;
ISO_API size_t iso_meta_history_count(const iso_meta *m);
ISO_API const char *iso_meta_revision(const iso_meta *m, size_t i,
                                      iso_revision_field f);
ISO_API iso_date iso_meta_revision_date(const iso_meta *m, size_t i);
/* Appends a revision (strings copied; APPROVER may be NULL). */
ISO_API iso_error iso_meta_add_revision(iso_meta *m, const char *version,
                                        iso_date date, const char *author,
                                        const char *changes,
                                        const char *approver);

/* The sign-off list: role, name (NULL: written in by hand), date. */
ISO_API size_t iso_meta_signoff_count(const iso_meta *m);
ISO_API const char *iso_meta_signoff_role(const iso_meta *m, size_t i);
ISO_API const char *iso_meta_signoff_name(const iso_meta *m, size_t i);
ISO_API iso_date iso_meta_signoff_date(const iso_meta *m, size_t i);

/* `custom` fields, in the document's order. */
ISO_API size_t iso_meta_custom_count(const iso_meta *m);
ISO_API const char *iso_meta_custom_name(const iso_meta *m, size_t i);
ISO_API const char *iso_meta_custom_value(const iso_meta *m, size_t i);

/* ------------------------------------------------------------------ */
/* Lint                                                                */

/* The lint rules (what a policy, a manual, a procedure must contain, the
 * revision history, placeholders, overdue review) judged against TODAY
 * (the library never reads the clock). STRICT makes the rules that
 * --strict makes fatal errors. Findings go into D in file order, each with
 * its rule id. Returns the number of errors added. */
ISO_API int iso_check(const iso_node *doc, iso_date today, int strict,
                      iso_diags *d);

typedef struct iso_lint_rule {
  const char *id;      /* stable: "policy-objectives", ... */
  const char *summary;
  const char *why;     /* the seed's advice or the ISO/IEC 27001 clause */
} iso_lint_rule;
/* Every rule, in docs/format.md's order (static data). */
ISO_API const iso_lint_rule *iso_lint_rules(size_t *count);
/* NULL when no rule has that id. */
ISO_API const iso_lint_rule *iso_lint_rule_find(const char *id);

/* ------------------------------------------------------------------ */
/* Themes (docs/themes.md)                                             */

typedef struct iso_theme iso_theme;

/* The built-in default theme (static: never freed). */
ISO_API const iso_theme *iso_theme_default(void);
/* Loads a theme file. NULL with the reasons in D. */
ISO_API iso_theme *iso_theme_load(const char *path, iso_diags *d);
/* NAME_OR_PATH is "default", a name looked up as NAME.yaml in THEME_DIRS (a
 * NULL-terminated list of folders; may be NULL), or a path to a theme file
 * (relative to BASE_DIR). NULL with a diagnostic. */
ISO_API iso_theme *iso_theme_resolve(const char *name_or_path,
                                     const char *base_dir,
                                     const char *const *theme_dirs,
                                     iso_diags *d);
ISO_API iso_theme *iso_theme_copy(const iso_theme *t);
ISO_API void iso_theme_free(iso_theme *t);
/* Takes fonts, sizes, colours, page size, margins and header artwork from
 * the user's DOCX or ODT at PATH (read as hostile input) into T.
 * ISO_ERR_THEME with the reason in D (T then unchanged, or not to be used
 * when the page no longer holds the header, text and footer). */
ISO_API iso_error iso_theme_apply_reference(iso_theme *t, const char *path,
                                            iso_diags *d);

ISO_API const char *iso_theme_name(const iso_theme *t);
/* In points (A4 is 595.28 x 841.89). */
ISO_API void iso_theme_page_size(const iso_theme *t, double *width,
                                 double *height);
ISO_API void iso_theme_margins(const iso_theme *t, double *top,
                               double *right, double *bottom, double *left);
typedef enum iso_font_role {
  ISO_FONT_BODY = 0,
  ISO_FONT_HEADING,
  ISO_FONT_MONO
} iso_font_role;
/* The family name, as fontconfig resolves it. */
ISO_API const char *iso_theme_font(const iso_theme *t, iso_font_role role);

/* ------------------------------------------------------------------ */
/* Writers                                                             */

typedef struct iso_writer iso_writer; /* static: never freed */

/* NULL-terminated list of every format, in the default output order. */
ISO_API const iso_writer *const *iso_writers(void);
/* "docx", "odt", "pdf", "html", ...; NULL when unknown. */
ISO_API const iso_writer *iso_writer_find(const char *name);
ISO_API const char *iso_writer_name(const iso_writer *w);
ISO_API const char *iso_writer_extension(const iso_writer *w);
ISO_API const char *iso_writer_description(const iso_writer *w);
/* 1 for the formats written when none are named (docx, odt, pdf). */
ISO_API int iso_writer_is_default(const iso_writer *w);

/* Renders DOC in format W with THEME (NULL: the default theme) into new
 * bytes (*DATA, *LEN; free with iso_free). OPTIONS may be NULL. Reads only
 * fonts; images come from the loaded document. ISO_OK, or ISO_ERR_RENDER /
 * ISO_ERR_NOMEM with the reason in D and *DATA NULL. */
ISO_API iso_error iso_render(const iso_writer *w, const iso_node *doc,
                             const iso_theme *theme,
                             const iso_options *options, unsigned char **data,
                             size_t *len, iso_diags *d);
/* The same into the file PATH, through a temporary file in its folder that
 * replaces PATH only when complete; a symbolic link, folder or device at
 * PATH is refused (ISO_ERR_IO). */
ISO_API iso_error iso_render_file(const iso_writer *w, const iso_node *doc,
                                  const iso_theme *theme,
                                  const iso_options *options,
                                  const char *path, iso_diags *d);

#ifdef __cplusplus
}
#endif

#endif
