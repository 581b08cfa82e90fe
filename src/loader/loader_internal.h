/* Shared state and helpers of the loader's files (private to src/loader). */
#ifndef ISO_LOADER_INTERNAL_H
#define ISO_LOADER_INTERNAL_H

#include "internal.h"
#include "ytree.h"

typedef struct md_ctx md_ctx;

typedef struct ld {
  iso_diags *d;
  const char *file;     /* name used in diagnostics */
  const char *base_dir; /* images and logo are relative to it */
  const char *confine_dir; /* --confine: images and logo must be inside */
  const char *src;      /* the YAML text (for positions inside scalars) */
  size_t len;
  size_t *line_start;   /* byte offset of each line (index 0 = line 1) */
  size_t n_lines;
  iso_node *doc;
  iso_lang lang;
  int errors;
  md_ctx *md;
  /* keys of the last ld_fields map that an unknown key was taken for
   * (bit i = keys[i]): a misspelt key is not also reported missing */
  unsigned long suggested;
} ld;

void ld_error(ld *c, const ynode *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ld_warning(ld *c, const ynode *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ld_error_pos(ld *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void ld_warning_pos(ld *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The 1-based line and character column of byte OFF of the source. */
void ld_position(const ld *c, size_t off, int *line, int *col);
/* Out of memory: reported once per call site, counted as an error. */
void ld_oom(ld *c, const ynode *at);
/* The image REL names (relative to the document), read, checked and stored
 * once; NULL with an error at AT (counted). PATH_OUT, when not NULL, gets
 * the resolved path to free. */
const iso_image *ld_image(ld *c, const ynode *at, const char *rel,
                          char **path_out);

/* A known key of a map. */
typedef struct ld_key {
  const char *name;
  int required;
} ld_key;

/* Fills VALS[i] with the value of KEYS[i] (NULL when absent); reports unknown
 * keys (with a did-you-mean) and missing required keys at the map. WHAT names
 * the map in messages ("document", "section", ...). Returns -1 when M is not
 * a map (reported). */
int ld_fields(ld *c, const ynode *m, const char *what, const ld_key *keys,
              size_t n, const ynode **vals);
/* Length limits of single-line fields, in characters (docs/format.md,
 * "Safety limits"). Body text has none. */
#define LD_MAX_ID 100        /* id, version (also of a revision) */
#define LD_MAX_CLASS 100     /* classification, each keyword */
#define LD_MAX_NAME 300      /* owner, approver, organization, authors,
                                each distribution entry, signoff role and
                                name */
#define LD_MAX_TITLE 500     /* title, subtitle, captions, retention,
                                master_copy */
#define LD_MAX_CHANGES 2000  /* a revision's changes */
#define LD_MAX_URL 2000      /* a link's URL */
#define LD_MAX_KEYWORDS 100  /* keywords in all */
/* emphasis markers times link brackets in one paragraph (markdown.c) */
#define LD_MAX_MARKUP 25000000ull

/* The characters (code points) of S[0..LEN). */
size_t ld_count_chars(const char *s, size_t len);
/* Whether the string V is longer than MAX characters (then reported at V,
 * NAME naming it). */
int ld_too_long(ld *c, const ynode *v, const char *name, size_t max);

/* A string value: NULL when V is NULL or null (an error when REQUIRED), or
 * not a scalar (always an error). NAME is the key, for messages. */
const char *ld_string(ld *c, const ynode *v, const char *name, int required);
/* V must be a list (or NULL): returns 0, or -1 after an error. */
int ld_want_seq(ld *c, const ynode *v, const char *name);
int ld_want_map(ld *c, const ynode *v, const char *name);
/* A date value; returns 0 with *OUT set, 1 when absent, -1 after an error. */
int ld_date(ld *c, const ynode *v, const char *name, int required, iso_date *out);

/* A true/false value; returns 0 with *OUT set, 1 when absent, -1 after an
 * error. */
int ld_bool(ld *c, const ynode *v, const char *name, int *out);
/* `signoff` (src/loader/signoff.c). */
void ld_signoff(ld *c, const ynode *v, iso_meta *m);
/* `custom` (src/loader/custom.c). */
void ld_custom(ld *c, const ynode *v, iso_meta *m);
/* Metadata (document map); fills the document's iso_meta. */
void ld_meta(ld *c, const ynode *map);
/* Sections and their content. */
void ld_sections(ld *c, const ynode *seq, iso_node *parent, int depth);
/* `orientation: portrait|landscape` of a section or table N (orient.h). */
void ld_orientation(ld *c, const ynode *v, iso_node *n);
/* A content list or string into SECTION. */
void ld_content(ld *c, const ynode *v, iso_node *section);
/* Structured blocks (a map item of a content list). */
void ld_block(ld *c, const ynode *map, iso_node *section);
/* objectives / risks / roles */
iso_node *ld_structured(ld *c, const char *kind, const ynode *key, const ynode *v);
/* list / numbered (also nested, appended to PARENT's last item) */
iso_node *ld_list(ld *c, const ynode *key, const ynode *v, int ordered);

/* Markdown (src/loader/markdown.c). */
md_ctx *md_new(void);
void md_free(md_ctx *m);
/* Appends the blocks of the Markdown in S to PARENT (a SECTION, ITEM or
 * CALLOUT). */
void md_blocks(ld *c, const ynode *s, iso_node *parent);
/* Appends the inlines of S to PARENT (HEADING, CELL, PARAGRAPH). Text that
 * is not a single paragraph is kept literally. */
void md_inlines(ld *c, const ynode *s, iso_node *parent);
/* Appends TEXT as plain (non-Markdown) text at AT's position. */
void md_plain(ld *c, const ynode *at, const char *text, iso_node *parent);
/* A node of type T at the position of AT. */
iso_node *ld_node(ld *c, iso_node_type t, const ynode *at);
/* Appends CHILD to PARENT, or frees it and reports an error. */
int ld_append(ld *c, iso_node *parent, iso_node *child, const ynode *at);

#endif
