/* The library's internal interface: the public API (isoexport.h) plus the
 * model's structs, buffers, files, labels and the writers' registry. Files of
 * the library and the program include this; other programs include
 * isoexport.h alone.
 */
#ifndef ISO_INTERNAL_H
#define ISO_INTERNAL_H

#include <stdarg.h>
#include <string.h>
#include <time.h>

#include "isoexport.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */

struct iso_diag {
  iso_severity severity;
  char *file;  /* may be NULL */
  int line;    /* 1-based; 0 = no position */
  int column;  /* 1-based; 0 = no column */
  char *message;
  const char *rule; /* the lint rule's id (iso_lint_rules), NULL otherwise */
};

void iso_diag_add(iso_diags *d, iso_severity sev, const char *file, int line,
                  int column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void iso_diag_addv(iso_diags *d, iso_severity sev, const char *file, int line,
                   int column, const char *fmt, va_list ap);
/* The same for a lint finding: RULE is a rule id from iso_lint_rules()
 * (borrowed: a static string). */
void iso_diag_add_rule(iso_diags *d, iso_severity sev, const char *rule,
                       const char *file, int line, int column, const char *fmt,
                       ...) __attribute__((format(printf, 7, 8)));

/* ------------------------------------------------------------------ */
/* Growable byte buffer: every writer renders into one.                */

typedef struct iso_buf {
  unsigned char *data;
  size_t len;
  size_t cap;
  int failed; /* set once an allocation failed; later appends do nothing */
} iso_buf;

void iso_buf_init(iso_buf *b);
/* Appends LEN bytes at DATA (which may be NULL with no bytes, and may lie
 * in the buffer itself); the content stays NUL-terminated. The usual case,
 * a few bytes into room to spare, is inline: an XML part or a page's
 * contents append a million small pieces, and a call for each was a sixth
 * of writing a part. Growth is iso_buf_append_grow's (buf.c). */
int iso_buf_append_grow(iso_buf *b, const void *data, size_t len);
static inline int iso_buf_append(iso_buf *b, const void *data, size_t len) {
  if (b->data && !b->failed && len < b->cap - b->len) {
    if (len)
      memmove(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
  }
  return iso_buf_append_grow(b, data, len);
}
int iso_buf_puts(iso_buf *b, const char *s);
int iso_buf_printf(iso_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void iso_buf_free(iso_buf *b);
/* Give the bytes away (NUL-terminated); the buffer is reset. */
char *iso_buf_detach(iso_buf *b, size_t *len);

/* Inputs (documents, themes, images) are regular files: a FIFO, a device,
 * a socket or a folder is refused without reading (and without waiting for
 * a FIFO's writer), and a file larger than the limit is refused from its
 * size, never read whole. */
#define ISO_READ_MAX_BYTES ((size_t)32 * 1024 * 1024) /* a document, a theme */
/* Read a whole regular file of at most MAX_BYTES bytes (never more than
 * MAX_BYTES + 1 are read, even from a file that grows meanwhile). Returns 0,
 * or -1 with a diagnostic at PATH ("is a FIFO (named pipe), not a regular
 * file", "file is larger than 50 MB; not read", "cannot open: ..."). */
int iso_read_file_max(const char *path, size_t max_bytes, iso_buf *out,
                      iso_diags *d);
/* The same with ISO_READ_MAX_BYTES. */
int iso_read_file(const char *path, iso_buf *out, iso_diags *d);
/* A regular file of at most MAX_BYTES mapped read-only, with
 * iso_read_file_max's refusals: for large files of which a few parts are
 * read (fonts), so the rest is never paged in nor copied. An empty file
 * maps to no data. 0, or -1 with a diagnostic at PATH. */
typedef struct iso_map {
  const unsigned char *data;
  size_t len;
} iso_map;
int iso_map_file(const char *path, size_t max_bytes, iso_map *m,
                 iso_diags *d);
void iso_unmap_file(iso_map *m);
/* Write bytes to PATH through a temporary file in the same folder that is
 * renamed into place only when complete (never a partial file under PATH).
 * The temporary file is created exclusively and never through a link, and
 * PATH is replaced only when it is missing or a regular file: a symbolic
 * link (or folder, device) at PATH is refused with an error naming it. */
int iso_write_file_atomic(const char *path, const void *data, size_t len,
                          iso_diags *d);
/* The same in two steps, so several outputs of one document are renamed
 * into place only after all of them were written: iso_write_temp returns the
 * temporary name (to pass to iso_commit_temp or iso_discard_temp), or NULL
 * with a diagnostic. Both free TMP. */
char *iso_write_temp(const char *path, const void *data, size_t len,
                     iso_diags *d);
/* iso_write_temp for one of a set of outputs that must carry the same
 * modification time (so that a set left half-renamed by a killed run can be
 * told from a whole one): start with *STAMP = {0, 0}; the first file's
 * time is stored there and given to every later file of the set. */
char *iso_write_temp_set(const char *path, const void *data, size_t len,
                         struct timespec *stamp, iso_diags *d);
int iso_commit_temp(char *tmp, const char *path, iso_diags *d);
void iso_discard_temp(char *tmp);
/* Temporary files are named ".BASENAME.isoexport-tmp-PID.RANDOM" (RANDOM:
 * twelve letters and digits; earlier versions wrote no ".RANDOM"). Removes
 * such leftovers of dead processes in DIR; returns how many were removed. */
int iso_remove_stale_temps(const char *dir);

/* ------------------------------------------------------------------ */
/* Dates                                                               */

/* 0 ok, -1 not of the form YYYY-MM-DD, -2 no such day (2026-02-30). */
int iso_date_read(const char *s, iso_date *out);
/* Adds months, clamping the day to the end of the month (Jan 31 + 1 = Feb 28). */
iso_date iso_date_add_months(iso_date d, int months);
/* "2026-03-15" */
void iso_date_iso(iso_date d, char out[11]);
/* Seconds since the epoch at 00:00 UTC of the date. */
long long iso_date_epoch(iso_date d);
iso_date iso_date_from_epoch(long long t);

/* ------------------------------------------------------------------ */
/* Languages and labels                                                */

typedef enum iso_label_id {
  ISO_L_ID = 0,
  ISO_L_TITLE,
  ISO_L_VERSION,
  ISO_L_STATUS,
  ISO_L_CLASSIFICATION,
  ISO_L_ORGANIZATION,
  ISO_L_OWNER,
  ISO_L_APPROVER,
  ISO_L_APPROVAL_DATE,
  ISO_L_NEXT_REVIEW,
  ISO_L_EFFECTIVE,
  ISO_L_REVIEW_INTERVAL,
  ISO_L_DISTRIBUTION,
  ISO_L_KEYWORDS,
  ISO_L_DOC_TYPE,
  ISO_L_PAGE,          /* "Page" / "Sivu" */
  ISO_L_PAGE_OF,       /* "of" / "/" */
  ISO_L_APPROVAL_BLOCK, /* "Approval and version control" */
  ISO_L_HISTORY,       /* "Revision history" */
  ISO_L_H_VERSION,
  ISO_L_H_DATE,
  ISO_L_H_AUTHOR,
  ISO_L_H_CHANGES,
  ISO_L_H_APPROVER,
  ISO_L_NOTE,
  ISO_L_TIP,
  ISO_L_WARNING,
  ISO_L_TOC,           /* "Contents" */
  ISO_L_OBJ_OBJECTIVE,
  ISO_L_OBJ_METRIC,
  ISO_L_OBJ_TARGET,
  ISO_L_OBJ_DEADLINE,
  ISO_L_OBJ_OWNER,
  ISO_L_RISK_RISK,
  ISO_L_RISK_PRINCIPLE,
  ISO_L_RISK_TREATMENT,
  ISO_L_RISK_METRIC,
  ISO_L_RISK_OWNER,
  ISO_L_ROLE_ROLE,
  ISO_L_ROLE_RESPONSIBILITY,
  ISO_L_MARK_DRAFT,    /* watermark/header mark for draft and review */
  ISO_L_MARK_RETIRED,
  ISO_L_STATUS_DRAFT,
  ISO_L_STATUS_REVIEW,
  ISO_L_STATUS_APPROVED,
  ISO_L_STATUS_RETIRED,
  ISO_L_TABLE,         /* caption prefix "Table" */
  ISO_L_FIGURE,        /* caption prefix "Figure" */
  ISO_L_NOT_APPROVED,  /* shown where an approval date is missing: "not approved" */
  ISO_L_PRINCIPLES,    /* over a principles block: "Principles" */
  /* sign-off and document-control texts (src/present_signoff.c) */
  ISO_L_RETENTION,     /* "Retention" */
  ISO_L_MASTER_COPY,   /* "Master copy" */
  ISO_L_S_ROLE,        /* sign-off and acknowledgement table headers */
  ISO_L_S_NAME,
  ISO_L_S_DATE,
  ISO_L_S_SIGNATURE,
  ISO_L_ACKNOWLEDGEMENT, /* the acknowledgement table's heading */
  ISO_L_ACK_TEXT,      /* what a signature in it confirms */
  ISO_L_UNCONTROLLED,  /* footer line "Uncontrolled when printed" */
  ISO_L_COUNT
} iso_label_id;

const char *iso_label(iso_lang lang, iso_label_id id);
/* en, sv: "2026-03-15", fi: "15.3.2026", de: "15.03.2026". Empty string
 * for no date. */
void iso_date_format(iso_lang lang, iso_date d, char out[32]);
/* en: "Page 2 of 5", fi: "Sivu 2 / 5", sv: "Sida 2 av 5", de: "Seite 2 von 5" */
void iso_page_label(iso_lang lang, int page, int pages, char out[64]);
/* "Policy" / "Politiikka" */
const char *iso_doc_type_label(iso_lang lang, int type);
/* "12 months" / "12 kuukautta"; empty when MONTHS is 0. */
void iso_review_interval_text(iso_lang lang, int months, char out[48]);
/* BCP 47 tag for document properties: "en-GB", "fi-FI", "sv-SE", "de-DE". */
const char *iso_lang_tag(iso_lang lang);
/* The language's code as documents write it: "en", "fi", "sv", "de". */
const char *iso_lang_code(iso_lang lang);

/* ------------------------------------------------------------------ */
/* Document metadata (document control, ISO/IEC 27001 clause 7.5)      */

typedef enum iso_image_format {
  ISO_IMAGE_NONE = 0,
  ISO_IMAGE_PNG,
  ISO_IMAGE_JPEG
} iso_image_format;

/* What the loader learnt about an image by decoding it (see iso_image). */
typedef struct iso_image_info {
  iso_image_format format;
  int width_px;
  int height_px;
  double dpi_x, dpi_y; /* 0 when the file does not say */
  int bit_depth;       /* bits per sample as stored (PNG 1..16, JPEG 8) */
  int channels;        /* samples per pixel once decoded: 1 grey, 2 grey and
                          alpha, 3 RGB, 4 RGB and alpha or CMYK */
  int alpha;           /* 1: has transparency (an alpha channel or tRNS) */
  int interlaced;      /* Adam7 PNG or progressive JPEG */
  int cmyk;            /* JPEG stored as CMYK or YCCK */
  int inverted;        /* CMYK JPEG with Adobe's inverted samples */
  int dct;             /* JPEG a PDF can carry as it is: 8-bit grey or YCbCr,
                          Huffman-coded, baseline or progressive */
} iso_image_info;

/* An image file, read and decoded once by the loader. The document owns it
 * (iso_document_add_image); IMAGE nodes and iso_meta.logo_image borrow it
 * until the document is freed. Writers embed DATA or decode it again from
 * memory: they never read the file. */
typedef struct iso_image {
  char *path;          /* resolved path (what the up-to-date check tracks) */
  unsigned char *data; /* the file's bytes as read */
  size_t len;
  iso_image_info info;
} iso_image;

typedef struct iso_revision {
  char *version;
  iso_date date;
  char *author;
  char *changes;
  char *approver; /* may be NULL */
  int line, column; /* the entry in the file (for the lint), 0 = unknown */
} iso_revision;

/* One entry of `signoff`: who signs the document by hand (or, later,
 * digitally) in the sign-off table. */
typedef struct iso_signoff {
  char *role;
  char *name;    /* may be NULL: written in by hand */
  iso_date date; /* year 0: filled in at signing */
  int line, column; /* the entry, for messages */
} iso_signoff;
/* At most this many `signoff` entries (docs/format.md): ten rows of the
 * sign-off table's height stay on one A4 or Letter page. */
#define ISO_SIGNOFF_MAX 10

/* One entry of `custom`: an extra document-control field (department,
 * project, customer...) shown in the title block's control table and
 * written into every format's document properties under NAME. */
typedef struct iso_custom_field {
  char *name;
  char *value;      /* the scalar as written */
  int line, column; /* the key, for messages */
} iso_custom_field;
/* At most this many `custom` fields (docs/format.md). */
#define ISO_CUSTOM_MAX 16

struct iso_meta {
  char *id;
  char *title;
  char *subtitle;       /* may be NULL */
  iso_doc_type type;
  char *organization;   /* may be NULL */
  char *version;
  iso_status status;
  char *classification; /* may be NULL */
  iso_lang language;
  char *owner;
  char *approver;       /* may be NULL unless approved */
  iso_date approved;
  iso_date effective;
  iso_date next_review; /* always set after loading (derived if absent) */
  int review_months;    /* 0 = no interval given */
  char **distribution;
  size_t n_distribution;
  char **keywords;
  size_t n_keywords;
  char *logo;           /* resolved path, or NULL */
  const iso_image *logo_image; /* its bytes, owned by the document; NULL
                                  when there is no logo */
  iso_revision *history;
  size_t n_history;
  char *theme;          /* as written in the file, or NULL */
  char *source;         /* path of the YAML file */
  /* where the lint's findings about document control point (0 = unknown):
   * the value of `status`, and of `next_review` (or of `approved` when the
   * review date is derived) */
  int status_line, status_column;
  int review_line, review_column;
  int theme_line, theme_column; /* the value of `theme` */
  int id_line, id_column;       /* the value of `id` (duplicate ids in a register) */
  /* the values of these keys, for the lint (0 = absent) */
  int title_line, title_column;
  int org_line, org_column;
  int version_line, version_column;
  int owner_line, owner_column;
  int approver_line, approver_column;
  int interval_line, interval_column;
  int approved_line, approved_column;
  /* sign-off and document-control texts (ISO/IEC 27001 7.5.3) */
  iso_signoff *signoff; /* in the order given */
  size_t n_signoff;
  char *retention;      /* may be NULL */
  char *master_copy;    /* may be NULL */
  int uncontrolled;     /* uncontrolled_when_printed: 1 true, -1 false, 0 not
                           given (the theme decides) */
  int uncontrolled_line, uncontrolled_column; /* its value */
  int acknowledgement;  /* 1: the acknowledgement table */
  /* `custom`, in the file's order (names unique, case ignored, and none a
   * built-in property's) */
  iso_custom_field *custom;
  size_t n_custom;
  int numbering;        /* 1 true, -1 false, 0 not given (the theme decides) */
};

const char *iso_status_name(iso_status s);    /* "draft" ... */
const char *iso_doc_type_name(iso_doc_type t); /* "policy" ... */
/* Status as a localized label ("Approved" / "Hyväksytty"). */
const char *iso_status_label(iso_lang lang, iso_status s);
/* NULL when approved, else the localized "DRAFT" / "RETIRED" mark. */
const char *iso_status_mark(iso_lang lang, iso_status s);
/* The timestamp every writer uses (so output is byte-identical): O's
 * timestamp when set, else the approval date, else the newest history date,
 * else the effective date, else 2000-01-01. O may be NULL. */
struct iso_write_options;
long long iso_write_timestamp(const iso_meta *m,
                              const struct iso_write_options *o);

/* ------------------------------------------------------------------ */
/* The document tree                                                   */

/* Moves a node's source position (the loader points the document node at
 * the `document` key). */
void iso_node_set_position(iso_node *n, int line, int column);

iso_error iso_node_set_literal_len(iso_node *n, const char *s, size_t len);
/* IMAGE: the image (borrowed from the document's store) */
const iso_image *iso_node_get_image(const iso_node *n);
iso_error iso_node_set_image(iso_node *n, const iso_image *img);
const iso_image_info *iso_node_get_image_info(const iso_node *n);
/* Length in bytes of iso_node_plain_text, without allocating. */
size_t iso_node_text_length(const iso_node *n);

/* ------------------------------------------------------------------ */
/* Images                                                              */

/* Limits on what an image may cost once decoded. A 600 dpi scan of an A4
 * page is 35 megapixels; anything larger is refused before decoding. */
#define ISO_IMAGE_MAX_FILE (50u * 1024u * 1024u)     /* bytes on disk */
#define ISO_IMAGE_MAX_SIDE 20000                     /* pixels */
#define ISO_IMAGE_MAX_PIXELS 40000000u               /* width x height */
#define ISO_IMAGE_MAX_DECODED (256u * 1024u * 1024u) /* width x height x
                                                        channels x bytes a
                                                        sample, as stored */

/* Decodes a whole PNG or JPEG in memory (libpng, libjpeg) to check that
 * every writer can draw it: 0 and INFO filled, or -1 with the reason in WHY
 * ("damaged PNG (IDAT: CRC error)", "image is too large ..."). */
int iso_image_check_mem(const unsigned char *data, size_t len,
                        iso_image_info *info, char *why, size_t why_len);

/* Reads, checks and stores the image at PATH in DOC's image store (the same
 * path is read once). Returns the stored image, or NULL with an error at
 * FILE:LINE:COLUMN ("image 'PATH': damaged PNG (...)"). */
const iso_image *iso_document_add_image(iso_node *doc, const char *path,
                                        iso_diags *d, const char *file,
                                        int line, int column);
/* The same for bytes already in memory (copied); PATH only names them. */
const iso_image *iso_document_add_image_mem(iso_node *doc, const char *path,
                                            const unsigned char *data,
                                            size_t len, iso_diags *d,
                                            const char *file, int line,
                                            int column);

/* ------------------------------------------------------------------ */
/* Themes                                                              */

/* Where the logo stands: in every page's header, or on page one above the
 * title only (theme key logo_placement). */
typedef enum iso_logo_placement {
  ISO_LOGO_EVERY_PAGE = 0,
  ISO_LOGO_TITLE_PAGE
} iso_logo_placement;

/* The document-control items a theme may place in the header and footer
 * (docs/themes.md, "Header and footer"); names in iso_item_name. */
typedef enum iso_item {
  ISO_ITEM_END = 0,
  ISO_ITEM_ID, ISO_ITEM_TITLE, ISO_ITEM_ORGANIZATION, ISO_ITEM_VERSION,
  ISO_ITEM_STATUS, ISO_ITEM_CLASSIFICATION, ISO_ITEM_MARK, ISO_ITEM_OWNER,
  ISO_ITEM_APPROVER, ISO_ITEM_APPROVED, ISO_ITEM_NEXT_REVIEW,
  ISO_ITEM_EFFECTIVE, ISO_ITEM_TYPE,
  ISO_ITEM_COUNT
} iso_item;
#define ISO_THEME_ITEMS_MAX 8
/* "id", "title", ...; NULL for ISO_ITEM_END and out of range. */
const char *iso_item_name(iso_item it);

struct iso_theme {
  char *name;
  double page_width, page_height; /* points (A4 = 595.28 x 841.89) */
  double margin_top, margin_bottom, margin_left, margin_right;
  char *font_body;    /* family names, resolved through fontconfig */
  char *font_heading;
  char *font_mono;
  double size_body, size_small, size_code, size_title, size_subtitle;
  double size_heading[6];
  double line_spacing;    /* multiple of the font size, e.g. 1.25 */
  double space_before;    /* points before a paragraph */
  double space_after;     /* points after a paragraph */
  /* colours as "RRGGBB" */
  char color_text[7];
  char color_heading[7];
  char color_accent[7];
  char color_link[7];
  char color_table_header[7];
  char color_table_border[7];
  char color_note[7];
  char color_tip[7];
  char color_warning[7];
  char color_draft[7];
  int pdfa; /* 1: PDFs are PDF/A-3b (theme key `pdfa`) */
  int uncontrolled_when_printed; /* 1: the footer says so unless the
                                    document says otherwise */
  /* The theme's logo (key `logo`, relative to the theme file and inside its
   * folder), read and checked by iso_theme_load and owned by the theme;
   * NULL: none. A document's own logo wins. */
  char *logo;
  iso_image *logo_image;
  iso_logo_placement logo_placement;
  /* Which document-control items the header and the footer show, in order
   * (iso_item ids ending with ISO_ITEM_END; docs/themes.md). */
  unsigned char header_left[ISO_THEME_ITEMS_MAX + 1];
  unsigned char header_right[ISO_THEME_ITEMS_MAX + 1];
  unsigned char footer_control[ISO_THEME_ITEMS_MAX + 1];
  unsigned char footer_fields[ISO_THEME_ITEMS_MAX + 1];
  /* Reference templates named by the theme (reference.docx, reference.odt:
   * resolved paths, NULL: none); iso_reference_apply reads them. */
  char *reference_docx;
  char *reference_odt;
  int numbering; /* 1: headings numbered 1, 1.1, 1.1.1 unless the document
                    says otherwise */
};

/* The file iso_theme_resolve would load, or NULL for the built-in default
 * or a name that is not found. Caller frees. */
char *iso_theme_path(const char *name_or_path, const char *base_dir,
                     const char *const *theme_dirs);
iso_theme *iso_theme_load(const char *path, iso_diags *d);
iso_theme *iso_theme_copy(const iso_theme *t);
void iso_theme_free(iso_theme *t);

/* Reference templates (docs/themes.md, "Reference templates"): reads the
 * user's DOCX or ODT at PATH (told apart by content) as hostile input and
 * takes from it into T the fonts, sizes and colours of its Normal, Title
 * and heading styles, its page size and margins and its header artwork
 * (as T's logo, unless T has one), so that DOCX, ODT and PDF alike follow
 * it. Values out of a theme's ranges are left as they were, with a
 * warning. Returns 0, or -1 with an error at PATH (not a DOCX or ODT,
 * damaged, too large: T unchanged; or a page that no longer holds the
 * header, text and footer: then T is not to be used). */
int iso_reference_apply(const char *path, iso_theme *t, iso_diags *d);

/* ------------------------------------------------------------------ */
/* Loader                                                              */

typedef struct iso_load_options {
  size_t max_depth;   /* YAML nesting; 0 = default (64) */
  size_t max_aliases; /* alias expansions; 0 = default (1000) */
  size_t max_nodes;   /* YAML nodes in one file; 0 = default (2,000,000) */
  /* When set, every file the document names (images, logo) must lie inside
   * this folder once symbolic links are resolved; others are refused at
   * their position. NULL: no confinement. */
  const char *confine_dir;
} iso_load_options;

/* 1 when PATH, with every symbolic link resolved, lies inside folder DIR
 * (also resolved); 0 when it lies outside or either cannot be resolved. */
int iso_path_inside(const char *dir, const char *path);

/* Loads and validates a document. Returns the tree, or NULL when any error
 * was found (warnings do not fail). Every problem goes into D with its
 * position. OPTS may be NULL. */
iso_node *iso_load_file(const char *path, const iso_load_options *opts,
                        iso_diags *d);
/* NAME is used in diagnostics; relative image and logo paths are resolved
 * against BASE_DIR. */
iso_node *iso_load_string(const char *data, size_t len, const char *name,
                          const char *base_dir, const iso_load_options *opts,
                          iso_diags *d);
/* Whether the YAML text has a top-level "document" key (for --all, which
 * skips other YAML files). 1 yes, 0 no. */
int iso_looks_like_document(const char *data, size_t len);

/* ------------------------------------------------------------------ */
/* Signing and archiving (PDF: formats/pdf/sign*.c, pdfa.c)            */

/* The signer's key and certificates, as the program read them from its
 * files: a PKCS#12 file, or a PEM private key and PEM certificates (the
 * signer's first, then its chain; the key file may hold them too). */
typedef struct iso_sign_keys {
  const unsigned char *p12;
  size_t p12_len;
  const unsigned char *key;
  size_t key_len;
  const unsigned char *certs;
  size_t certs_len;
  const char *password;   /* of the PKCS#12 or an encrypted key; NULL: none */
  const char *key_name;   /* the files, for messages */
  const char *certs_name;
} iso_sign_keys;

typedef struct iso_signer iso_signer;

/* Reads the key and certificates (OpenSSL) and checks that the key belongs
 * to the certificate and that the certificate is valid at WHEN (seconds
 * since the epoch, the signing time). NULL with an error naming the file
 * otherwise (wrong password, expired, not yet valid, mismatched key). */
iso_signer *iso_signer_new(const iso_sign_keys *k, long long when,
                           iso_diags *d);
/* The certificate subject's common name (what "Digitally signed by" shows). */
const char *iso_signer_name(const iso_signer *s);
void iso_signer_free(iso_signer *s);

/* What a writer may be asked beyond its document and theme. */
typedef struct iso_write_options {
  int pdfa; /* PDF/A-3b with the source attached (or the theme's pdfa) */
  const unsigned char *source; /* the document's YAML bytes, to attach */
  size_t source_len;
  const iso_signer *signer; /* sign the PDF (approved documents only) */
  long long signing_time;   /* seconds since the epoch */
  const char *sign_role;    /* the signoff role the signer signs, or NULL */
  int has_timestamp;        /* 1: TIMESTAMP is every output's time */
  long long timestamp;      /* (iso_write_timestamp) */
  int whole_fonts;          /* PDF: embed whole fonts, not subsets */
} iso_write_options;

/* What iso_options holds (isoexport.h). */
struct iso_options {
  iso_load_options load;
  iso_write_options write;
  char *confine_dir; /* load.confine_dir points here */
};

struct iso_writer {
  const char *name;      /* "docx" */
  const char *extension; /* "docx" */
  const char *description;
  /* Renders DOC into OUT. O may be NULL (the defaults). Returns 0, or -1
   * with at least one error in D. Never prints, never touches the file
   * system except to read fonts (images come from the document's store).
   * Called through iso_writer_run. */
  int (*write)(const iso_node *doc, const iso_theme *theme,
               const iso_write_options *o, iso_buf *out, iso_diags *d);
};

/* W's write: the one call every caller makes. */
int iso_writer_run(const iso_writer *w, const iso_node *doc,
                   const iso_theme *theme, const iso_write_options *o,
                   iso_buf *out, iso_diags *d);


/* V[0..N) joined with SEP ("" for none): distribution lists and keywords in
 * every format. Caller frees; NULL only when out of memory. */
char *iso_join(char *const *v, size_t n, const char *sep);

/* URL as a valid URI for every format (ODF's xlink:href, OOXML relationship
 * targets, PDF URI actions): everything outside RFC 3986's unreserved and
 * reserved characters (non-ASCII bytes, spaces, brackets, a stray "%") is
 * percent-encoded; valid %XX escapes stay. Caller frees; NULL when out of
 * memory. */
char *iso_uri_escape(const char *url);


#ifdef __cplusplus
}
#endif

#endif /* ISO_INTERNAL_H */
