/* Theme files inside the library: the table of keys, where each value was
 * given (for messages) and the rules that make a theme fit its page.
 * docs/themes.md is the reader's version of what these files decide. */
#ifndef ISO_THEME_PRIVATE_H
#define ISO_THEME_PRIVATE_H

#include <stddef.h>

#include "internal.h"

/* Every key, in the order of docs/themes.md. */
typedef enum iso_theme_key_id {
  TK_NAME,
  TK_PAGE_SIZE, TK_PAGE_WIDTH, TK_PAGE_HEIGHT,
  TK_MARGIN_TOP, TK_MARGIN_BOTTOM, TK_MARGIN_LEFT, TK_MARGIN_RIGHT,
  TK_FONT_BODY, TK_FONT_HEADING, TK_FONT_MONO,
  TK_SIZE_BODY, TK_SIZE_SMALL, TK_SIZE_CODE, TK_SIZE_TITLE, TK_SIZE_SUBTITLE,
  TK_SIZE_H1, TK_SIZE_H2, TK_SIZE_H3, TK_SIZE_H4, TK_SIZE_H5, TK_SIZE_H6,
  TK_LINE, TK_BEFORE, TK_AFTER,
  TK_COLOR_TEXT, TK_COLOR_HEADING, TK_COLOR_ACCENT, TK_COLOR_LINK,
  TK_COLOR_TABLE_HEADER, TK_COLOR_TABLE_BORDER, TK_COLOR_NOTE, TK_COLOR_TIP,
  TK_COLOR_WARNING, TK_COLOR_DRAFT,
  TK_PDFA,
  TK_UNCONTROLLED,
  TK_LOGO, TK_LOGO_PLACEMENT,
  TK_HEADER_LEFT, TK_HEADER_RIGHT, TK_FOOTER_CONTROL, TK_FOOTER_FIELDS,
  TK_REF_DOCX, TK_REF_ODT,
  TK_NUMBERING,
  TK_COUNT
} iso_theme_key_id;

typedef enum iso_theme_kind {
  TKIND_LENGTH,   /* page dimensions and margins: a number with a unit */
  TKIND_SIZE,     /* font sizes in points */
  TKIND_SPACING,  /* the line-spacing multiple */
  TKIND_SPACE,    /* points before and after a paragraph */
  TKIND_FONT,     /* a font family name */
  TKIND_COLOR,    /* RRGGBB */
  TKIND_NAME,     /* the theme's name */
  TKIND_PAGESIZE, /* A4 or Letter */
  TKIND_BOOL,     /* true or false */
  TKIND_PATH,     /* a file relative to the theme, inside its folder */
  TKIND_PLACEMENT,/* every-page or title-page */
  TKIND_ITEMS     /* a list of header or footer item names */
} iso_theme_kind;

typedef struct iso_theme_key {
  const char *section; /* NULL: top level */
  const char *name;
  const char *dotted;  /* "sizes.title", for messages */
  iso_theme_kind kind;
  size_t offset;       /* into iso_theme; unused for the page size */
} iso_theme_key;

extern const iso_theme_key iso_theme_keys[TK_COUNT];

/* Where each key's value was given in the theme file (line 0: not given,
 * the default holds). */
typedef struct iso_theme_where {
  int line[TK_COUNT], col[TK_COUNT];
} iso_theme_where;

/* Limits of single values (docs/themes.md, "Ranges"). */
#define ISO_THEME_PAGE_MIN 144.0   /* 2 in */
#define ISO_THEME_PAGE_MAX 1584.0  /* 22 in: the largest page Word accepts */
#define ISO_THEME_SIZE_MIN 4.0
#define ISO_THEME_SIZE_MAX 144.0
#define ISO_THEME_LINE_MIN 1.0
#define ISO_THEME_LINE_MAX 3.0
#define ISO_THEME_SPACE_MAX 72.0
#define ISO_THEME_TEXT_MAX 63      /* bytes of a font family or theme name */
#define ISO_THEME_FILE_MAX (1024u * 1024u) /* bytes of a theme file */

/* The rules between values: the text area, and the title, headings, header
 * and footer fitting the page. Adds an error for each broken rule, at the
 * value given in PATH that breaks it (W may be NULL: no file). Returns the
 * number of errors added. */
/* theme_extra.c: the keys beyond fonts, sizes and colours. */
/* The sections that hold only such keys (header, footer, reference). */
extern const char *const iso_theme_extra_sections[];
#define ISO_THEME_EXTRA_SECTIONS 3
/* A path value (logo, reference.*): joined to the theme's folder and kept
 * inside it (with every link resolved); 0, or -1 with WHY set. */
int iso_theme_set_path(iso_theme *t, iso_theme_key_id id, const char *theme_path,
                       const char *value, char *why, size_t why_len);
/* logo_placement's value; 0 or -1. */
int iso_theme_set_placement(iso_theme *t, const char *value);
/* A list of item names into the key's list; 0, or -1 with WHY naming the
 * offending item and *BAD its index in the list. */
int iso_theme_set_items(iso_theme *t, iso_theme_key_id id,
                        const char *const *names, size_t n, size_t *bad,
                        char *why, size_t why_len);
/* After the values: reads the logo and applies the reference templates
 * (values the theme gives itself win over the templates'). Errors at the
 * keys' positions; returns the number of errors. */
int iso_theme_finish(iso_theme *t, const char *path, const iso_theme_where *w,
                     iso_diags *d);

int iso_theme_check_fit(const iso_theme *t, const char *path,
                        const iso_theme_where *w, iso_diags *d);

#endif
