/* Reading a theme file: the same bounded YAML front end as documents
 * (src/loader/ytree.c: nesting, alias and node limits, linear time), then
 * every value checked against its range with the position it was given at.
 *
 * A theme may be named by any path, so a file is treated as a theme only
 * when it looks like one: a YAML map whose first key is a theme key (name,
 * page, fonts, sizes, spacing, colors). Anything else is "not a theme file"
 * and nothing it contains is quoted, so `theme: ~/.aws/credentials` cannot
 * print a secret. Before that decision only libyaml's fixed problem texts
 * and positions are reported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "internal.h"
#include "loader/ytree.h"
#include "theme_private.h"
#include "util.h"

#define MM (72.0 / 25.4)

#define F(field) offsetof(iso_theme, field)
const iso_theme_key iso_theme_keys[TK_COUNT] = {
    [TK_NAME] = {NULL, "name", "name", TKIND_NAME, F(name)},
    [TK_PAGE_SIZE] = {"page", "size", "page.size", TKIND_PAGESIZE, 0},
    [TK_PAGE_WIDTH] = {"page", "width", "page.width", TKIND_LENGTH, F(page_width)},
    [TK_PAGE_HEIGHT] = {"page", "height", "page.height", TKIND_LENGTH, F(page_height)},
    [TK_MARGIN_TOP] = {"page", "margin_top", "page.margin_top", TKIND_LENGTH, F(margin_top)},
    [TK_MARGIN_BOTTOM] = {"page", "margin_bottom", "page.margin_bottom", TKIND_LENGTH,
                          F(margin_bottom)},
    [TK_MARGIN_LEFT] = {"page", "margin_left", "page.margin_left", TKIND_LENGTH,
                        F(margin_left)},
    [TK_MARGIN_RIGHT] = {"page", "margin_right", "page.margin_right", TKIND_LENGTH,
                         F(margin_right)},
    [TK_FONT_BODY] = {"fonts", "body", "fonts.body", TKIND_FONT, F(font_body)},
    [TK_FONT_HEADING] = {"fonts", "heading", "fonts.heading", TKIND_FONT, F(font_heading)},
    [TK_FONT_MONO] = {"fonts", "mono", "fonts.mono", TKIND_FONT, F(font_mono)},
    [TK_SIZE_BODY] = {"sizes", "body", "sizes.body", TKIND_SIZE, F(size_body)},
    [TK_SIZE_SMALL] = {"sizes", "small", "sizes.small", TKIND_SIZE, F(size_small)},
    [TK_SIZE_CODE] = {"sizes", "code", "sizes.code", TKIND_SIZE, F(size_code)},
    [TK_SIZE_TITLE] = {"sizes", "title", "sizes.title", TKIND_SIZE, F(size_title)},
    [TK_SIZE_SUBTITLE] = {"sizes", "subtitle", "sizes.subtitle", TKIND_SIZE,
                          F(size_subtitle)},
    [TK_SIZE_H1] = {"sizes", "h1", "sizes.h1", TKIND_SIZE, F(size_heading[0])},
    [TK_SIZE_H2] = {"sizes", "h2", "sizes.h2", TKIND_SIZE, F(size_heading[1])},
    [TK_SIZE_H3] = {"sizes", "h3", "sizes.h3", TKIND_SIZE, F(size_heading[2])},
    [TK_SIZE_H4] = {"sizes", "h4", "sizes.h4", TKIND_SIZE, F(size_heading[3])},
    [TK_SIZE_H5] = {"sizes", "h5", "sizes.h5", TKIND_SIZE, F(size_heading[4])},
    [TK_SIZE_H6] = {"sizes", "h6", "sizes.h6", TKIND_SIZE, F(size_heading[5])},
    [TK_LINE] = {"spacing", "line", "spacing.line", TKIND_SPACING, F(line_spacing)},
    [TK_BEFORE] = {"spacing", "before", "spacing.before", TKIND_SPACE, F(space_before)},
    [TK_AFTER] = {"spacing", "after", "spacing.after", TKIND_SPACE, F(space_after)},
    [TK_COLOR_TEXT] = {"colors", "text", "colors.text", TKIND_COLOR, F(color_text)},
    [TK_COLOR_HEADING] = {"colors", "heading", "colors.heading", TKIND_COLOR,
                          F(color_heading)},
    [TK_COLOR_ACCENT] = {"colors", "accent", "colors.accent", TKIND_COLOR, F(color_accent)},
    [TK_COLOR_LINK] = {"colors", "link", "colors.link", TKIND_COLOR, F(color_link)},
    [TK_COLOR_TABLE_HEADER] = {"colors", "table_header", "colors.table_header",
                               TKIND_COLOR, F(color_table_header)},
    [TK_COLOR_TABLE_BORDER] = {"colors", "table_border", "colors.table_border",
                               TKIND_COLOR, F(color_table_border)},
    [TK_COLOR_NOTE] = {"colors", "note", "colors.note", TKIND_COLOR, F(color_note)},
    [TK_COLOR_TIP] = {"colors", "tip", "colors.tip", TKIND_COLOR, F(color_tip)},
    [TK_COLOR_WARNING] = {"colors", "warning", "colors.warning", TKIND_COLOR,
                          F(color_warning)},
    [TK_COLOR_DRAFT] = {"colors", "draft", "colors.draft", TKIND_COLOR, F(color_draft)},
    [TK_PDFA] = {NULL, "pdfa", "pdfa", TKIND_BOOL, F(pdfa)},
    [TK_UNCONTROLLED] = {NULL, "uncontrolled_when_printed", "uncontrolled_when_printed",
                         TKIND_BOOL, F(uncontrolled_when_printed)},
    [TK_LOGO] = {NULL, "logo", "logo", TKIND_PATH, F(logo)},
    [TK_LOGO_PLACEMENT] = {NULL, "logo_placement", "logo_placement", TKIND_PLACEMENT,
                           F(logo_placement)},
    [TK_HEADER_LEFT] = {"header", "left", "header.left", TKIND_ITEMS, F(header_left)},
    [TK_HEADER_RIGHT] = {"header", "right", "header.right", TKIND_ITEMS, F(header_right)},
    [TK_FOOTER_CONTROL] = {"footer", "control", "footer.control", TKIND_ITEMS,
                           F(footer_control)},
    [TK_FOOTER_FIELDS] = {"footer", "fields", "footer.fields", TKIND_ITEMS,
                          F(footer_fields)},
    [TK_REF_DOCX] = {"reference", "docx", "reference.docx", TKIND_PATH,
                     F(reference_docx)},
    [TK_REF_ODT] = {"reference", "odt", "reference.odt", TKIND_PATH, F(reference_odt)},
    [TK_NUMBERING] = {NULL, "numbering", "numbering", TKIND_BOOL, F(numbering)},
};
#undef F

static const char *const top_keys[] = {"name", "page", "fonts", "sizes", "spacing",
                                       "colors"};
#define N_TOP (sizeof top_keys / sizeof top_keys[0])

typedef struct load_ctx {
  iso_theme *t;
  const char *path;
  iso_diags *d;
  iso_theme_where where;
  int errors;
} load_ctx;

static void error_at(load_ctx *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A file of a million wrong keys gets twenty messages, not a million. */
#define MAX_ERRORS 20

static void error_at(load_ctx *c, int line, int col, const char *fmt, ...) {
  if (c->errors++ >= MAX_ERRORS) {
    if (c->errors == MAX_ERRORS + 1)
      iso_diag_add(c->d, ISO_SEV_ERROR, c->path, line, col,
                   "too many errors in the theme; the rest are not reported");
    return;
  }
  va_list ap;
  va_start(ap, fmt);
  iso_diag_addv(c->d, ISO_SEV_ERROR, c->path, line, col, fmt, ap);
  va_end(ap);
}

/* A value as quoted in a message: at most 40 bytes (whole UTF-8
 * characters), line breaks and tabs shown as spaces. */
static const char *quote(const ynode *v, char out[64]) {
  size_t o = 0, i = 0;
  while (i < v->len && o < 40) {
    unsigned char ch = (unsigned char)v->text[i];
    size_t w = 1;
    while (i + w < v->len && ((unsigned char)v->text[i + w] & 0xC0) == 0x80)
      w++;
    if (o + w > 40)
      break;
    if (ch < 0x20) {
      out[o++] = ' ';
    } else {
      memcpy(out + o, v->text + i, w);
      o += w;
    }
    i += w;
  }
  if (i < v->len) {
    memcpy(out + o, "...", 3);
    o += 3;
  }
  out[o] = '\0';
  return out;
}

/* ------------------------------------------------------------------ */
/* Is it a theme file at all?                                          */

/* Reads only as far as the first key of the root map. 1: a theme file;
 * 0: not one, with a diagnostic that quotes nothing of it. */
static int looks_like_theme(const char *src, size_t len, const char *path,
                            iso_diags *d) {
  static const char not_theme[] =
      "not a theme file (a theme is a YAML map whose first key is name, page, "
      "fonts, sizes, spacing or colors)";
  yaml_parser_t y;
  if (!yaml_parser_initialize(&y)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
    return 0;
  }
  yaml_parser_set_input_string(&y, (const unsigned char *)src, len);
  yaml_parser_set_encoding(&y, YAML_UTF8_ENCODING);
  int result = -1, in_map = 0;
  while (result < 0) {
    yaml_event_t e;
    if (!yaml_parser_parse(&y, &e)) {
      /* libyaml's problem and context texts are fixed strings */
      int line = (int)y.problem_mark.line + 1, col = (int)y.problem_mark.column + 1;
      if (y.error == YAML_MEMORY_ERROR)
        iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
      else if (y.context)
        iso_diag_add(d, ISO_SEV_ERROR, path, line, col,
                     "YAML syntax error: %s (%s at line %d)",
                     y.problem ? y.problem : "unknown problem", y.context,
                     (int)y.context_mark.line + 1);
      else
        iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "YAML syntax error: %s",
                     y.problem ? y.problem : "unknown problem");
      result = 0;
      break;
    }
    int line = (int)e.start_mark.line + 1, col = (int)e.start_mark.column + 1;
    switch (e.type) {
    case YAML_STREAM_START_EVENT:
    case YAML_DOCUMENT_START_EVENT:
      break;
    case YAML_STREAM_END_EVENT:
      iso_diag_add(d, ISO_SEV_ERROR, path, 1, 1, "the theme file is empty");
      result = 0;
      break;
    case YAML_MAPPING_START_EVENT:
      if (!in_map) {
        in_map = 1;
        break;
      }
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "%s", not_theme);
      result = 0;
      break;
    case YAML_MAPPING_END_EVENT: /* {}: a theme that changes nothing */
      result = 1;
      break;
    case YAML_SCALAR_EVENT:
      result = 0;
      if (in_map)
        for (size_t i = 0; i < N_TOP; i++)
          if (!strcmp((const char *)e.data.scalar.value, top_keys[i]))
            result = 1;
      if (!result)
        iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "%s", not_theme);
      break;
    default: /* a list, an alias */
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "%s", not_theme);
      result = 0;
      break;
    }
    yaml_event_delete(&e);
  }
  yaml_parser_delete(&y);
  return result;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */

/* A plain decimal ("10", "10.5", ".5"): no sign, exponent, hex, inf or nan.
 * Returns the characters read (0: not a number). Parsed by hand: strtod
 * would follow the host's locale and accept all of the above. */
static size_t decimal(const char *s, double *out) {
  size_t i = 0, digits = 0;
  double v = 0, scale = 1;
  while (s[i] >= '0' && s[i] <= '9') {
    if (digits < 12)
      v = v * 10 + (s[i] - '0');
    else
      v = 1e12; /* far out of every range */
    digits++;
    i++;
  }
  if (s[i] == '.') {
    i++;
    while (s[i] >= '0' && s[i] <= '9') {
      scale /= 10;
      if (scale > 1e-12)
        v += (s[i] - '0') * scale;
      digits++;
      i++;
    }
  }
  if (!digits)
    return 0;
  *out = v;
  return i;
}

/* "25mm", "2.5 cm", "1in", "72pt" or a bare number of points. */
static int parse_length(const char *s, double *out) {
  double v;
  size_t n = decimal(s, &v);
  if (!n)
    return -1;
  s += n;
  while (*s == ' ')
    s++;
  if (!*s || !strcmp(s, "pt"))
    *out = v;
  else if (!strcmp(s, "mm"))
    *out = v * MM;
  else if (!strcmp(s, "cm"))
    *out = v * 10 * MM;
  else if (!strcmp(s, "in"))
    *out = v * 72;
  else
    return -1;
  return 0;
}

static int parse_number(const char *s, double *out) {
  double v;
  size_t n = decimal(s, &v);
  if (!n || s[n])
    return -1;
  *out = v;
  return 0;
}

static int is_color(const ynode *v) {
  if (v->len != 6)
    return 0;
  for (int i = 0; i < 6; i++) {
    char ch = v->text[i];
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
          (ch >= 'A' && ch <= 'F')))
      return 0;
  }
  return 1;
}

/* Font families and the theme name: 1 to 63 bytes, no control characters
 * (C0, DEL, C1), no spaces at either end. */
static const char *text_problem(const ynode *v) {
  if (!v->len)
    return "is empty";
  if (v->len > ISO_THEME_TEXT_MAX)
    return "is longer than 63 bytes";
  if (v->text[0] == ' ' || v->text[v->len - 1] == ' ')
    return "starts or ends with a space";
  const unsigned char *s = (const unsigned char *)v->text;
  for (size_t i = 0; i < v->len; i++) {
    if (s[i] < 0x20 || s[i] == 0x7F)
      return "contains a control character";
    if (s[i] == 0xC2 && i + 1 < v->len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
      return "contains a control character";
  }
  return NULL;
}

static void range_error(load_ctx *c, const ynode *v, const iso_theme_key *k,
                        const char *unit, double lo, double hi) {
  char q[64];
  error_at(c, v->line, v->col, "%s '%s' is out of range: use %g%s to %g%s",
           k->dotted, quote(v, q), lo, unit, hi, unit);
}

static void set_value(load_ctx *c, iso_theme_key_id id, const ynode *v) {
  const iso_theme_key *k = &iso_theme_keys[id];
  iso_theme *t = c->t;
  char *base = (char *)t + k->offset;
  char q[64];
  double x = 0;
  c->where.line[id] = v->line;
  c->where.col[id] = v->col;
  switch (k->kind) {
  case TKIND_LENGTH:
    if (parse_length(v->text, &x)) {
      error_at(c, v->line, v->col,
               "'%s' is not a length (use e.g. 25mm, 2cm, 1in or 72pt)",
               quote(v, q));
      return;
    }
    if (id == TK_PAGE_WIDTH || id == TK_PAGE_HEIGHT) {
      if (x < ISO_THEME_PAGE_MIN || x > ISO_THEME_PAGE_MAX) {
        error_at(c, v->line, v->col,
                 "%s '%s' is out of range: a page is 2in to 22in (144pt to "
                 "1584pt)",
                 k->dotted, quote(v, q));
        return;
      }
    } else if (x > ISO_THEME_PAGE_MAX) {
      error_at(c, v->line, v->col,
               "%s '%s' is larger than any page (at most 22in)", k->dotted,
               quote(v, q));
      return;
    }
    *(double *)base = x;
    return;
  case TKIND_SIZE:
  case TKIND_SPACING:
  case TKIND_SPACE: {
    static const char *const what[] = {
        [TKIND_SIZE] = "is not a size in points (a number such as 10.5)",
        [TKIND_SPACING] = "is not a multiple of the font size (a number such "
                          "as 1.25)",
        [TKIND_SPACE] = "is not a number of points (0 or more, such as 6)"};
    if (parse_number(v->text, &x)) {
      error_at(c, v->line, v->col, "'%s' %s", quote(v, q), what[k->kind]);
      return;
    }
    double lo = k->kind == TKIND_SIZE      ? ISO_THEME_SIZE_MIN
                : k->kind == TKIND_SPACING ? ISO_THEME_LINE_MIN
                                           : 0;
    double hi = k->kind == TKIND_SIZE      ? ISO_THEME_SIZE_MAX
                : k->kind == TKIND_SPACING ? ISO_THEME_LINE_MAX
                                           : ISO_THEME_SPACE_MAX;
    if (x < lo || x > hi) {
      range_error(c, v, k, k->kind == TKIND_SPACING ? "" : "pt", lo, hi);
      return;
    }
    *(double *)base = x;
    return;
  }
  case TKIND_COLOR:
    if (!is_color(v)) {
      error_at(c, v->line, v->col,
               "'%s' is not a colour (use six hex digits, e.g. \"1F3864\")",
               quote(v, q));
      return;
    }
    memcpy(base, v->text, 7);
    return;
  case TKIND_FONT:
  case TKIND_NAME: {
    if (v->bad_text) /* the YAML front end refused its character already */
      return;
    const char *why = text_problem(v);
    if (why) {
      error_at(c, v->line, v->col, "%s %s", k->dotted, why);
      return;
    }
    char *copy = iso_strdup(v->text);
    if (!copy) {
      error_at(c, v->line, v->col, "out of memory");
      return;
    }
    char **dst = (char **)base;
    free(*dst);
    *dst = copy;
    return;
  }
  case TKIND_BOOL:
    /* YAML 1.2's core schema spellings, as in documents; YAML 1.1's
     * others (yes, on) are refused, since tools read them differently */
    if (!strcmp(v->text, "true") || !strcmp(v->text, "True") ||
        !strcmp(v->text, "TRUE"))
      *(int *)base = 1;
    else if (!strcmp(v->text, "false") || !strcmp(v->text, "False") ||
             !strcmp(v->text, "FALSE"))
      *(int *)base = 0;
    else
      error_at(c, v->line, v->col, "%s must be true or false, not '%s'",
               k->dotted, quote(v, q));
    return;
  case TKIND_PATH: {
    char why[256];
    if (iso_theme_set_path(t, id, c->path, v->text, why, sizeof why))
      error_at(c, v->line, v->col, "%s '%s' %s", k->dotted, quote(v, q), why);
    return;
  }
  case TKIND_PLACEMENT:
    if (iso_theme_set_placement(t, v->text))
      error_at(c, v->line, v->col,
               "logo_placement must be every-page or title-page, not '%s'",
               quote(v, q));
    return;
  case TKIND_ITEMS: /* lists: load_items */
    return;
  case TKIND_PAGESIZE:
    if (!strcasecmp(v->text, "A4")) {
      t->page_width = 210 * MM;
      t->page_height = 297 * MM;
    } else if (!strcasecmp(v->text, "Letter")) {
      t->page_width = 612;
      t->page_height = 792;
    } else {
      error_at(c, v->line, v->col,
               "unknown page size '%s' (use A4 or Letter, or give "
               "width and height)",
               quote(v, q));
      return;
    }
    /* rules about the page's size blame this line unless width or height
     * is given too */
    for (int i = TK_PAGE_WIDTH; i <= TK_PAGE_HEIGHT; i++)
      if (!c->where.line[i]) {
        c->where.line[i] = v->line;
        c->where.col[i] = v->col;
      }
    return;
  }
}

/* ------------------------------------------------------------------ */
/* The tree                                                            */

static void unknown_key(load_ctx *c, const ynode *key, const char *section) {
  if (c->errors >= MAX_ERRORS) { /* counted, not reported: no suggestion */
    error_at(c, key->line, key->col, "unknown theme key");
    return;
  }
  const char *cands[16];
  size_t n = 0;
  if (!section) {
    for (size_t i = 0; i < N_TOP; i++)
      cands[n++] = top_keys[i];
    for (size_t i = 0; i < ISO_THEME_EXTRA_SECTIONS; i++)
      cands[n++] = iso_theme_extra_sections[i];
    for (int i = 0; i < TK_COUNT; i++) /* top-level values */
      if (!iso_theme_keys[i].section && i != TK_NAME)
        cands[n++] = iso_theme_keys[i].name;
  } else {
    for (int i = 0; i < TK_COUNT && n < 16; i++)
      if (iso_theme_keys[i].section && !strcmp(iso_theme_keys[i].section, section))
        cands[n++] = iso_theme_keys[i].name;
  }
  char q[64];
  const char *s = iso_suggest(key->text, cands, n);
  if (s)
    error_at(c, key->line, key->col,
             "unknown theme key '%s%s%s' (did you mean '%s%s%s'?)",
             section ? section : "", section ? "." : "", quote(key, q),
             section ? section : "", section ? "." : "", s);
  else
    error_at(c, key->line, key->col, "unknown theme key '%s%s%s'",
             section ? section : "", section ? "." : "", quote(key, q));
}

/* header.left and the other item lists: a YAML list of item names ([]:
 * nothing there). */
static void load_items(load_ctx *c, iso_theme_key_id id, const ynode *v) {
  const iso_theme_key *k = &iso_theme_keys[id];
  c->where.line[id] = v->line;
  c->where.col[id] = v->col;
  if (v->kind != YN_SEQ) {
    error_at(c, v->line, v->col, "%s must be a list of item names, such as "
             "[organization, title], not %s", k->dotted, yn_kind_name(v));
    return;
  }
  const char *names[ISO_THEME_ITEMS_MAX];
  if (v->n > ISO_THEME_ITEMS_MAX) {
    error_at(c, v->line, v->col, "%s has more than %d items", k->dotted,
             ISO_THEME_ITEMS_MAX);
    return;
  }
  for (size_t i = 0; i < v->n; i++) {
    if (v->kids[i]->kind != YN_SCALAR || v->kids[i]->is_null) {
      error_at(c, v->kids[i]->line, v->kids[i]->col,
               "%s: an item must be a name, not %s", k->dotted,
               yn_kind_name(v->kids[i]));
      return;
    }
    names[i] = v->kids[i]->text;
  }
  size_t bad = 0;
  char why[256], q[64];
  if (iso_theme_set_items(c->t, id, names, v->n, &bad, why, sizeof why))
    error_at(c, v->kids[bad]->line, v->kids[bad]->col, "%s: '%s' %s", k->dotted,
             quote(v->kids[bad], q), why);
}

static void load_value(load_ctx *c, iso_theme_key_id id, const ynode *v,
                       const ynode *key) {
  const iso_theme_key *k = &iso_theme_keys[id];
  if (k->kind == TKIND_ITEMS) {
    load_items(c, id, v);
    return;
  }
  if (v->kind != YN_SCALAR) {
    error_at(c, v->line, v->col, "%s must be a single value, not %s", k->dotted,
             yn_kind_name(v));
    return;
  }
  if (v->is_null) {
    error_at(c, key->line, key->col, "%s has no value", k->dotted);
    return;
  }
  set_value(c, id, v);
}

static void load_map(load_ctx *c, const ynode *map, const char *section) {
  for (size_t p = 0; p < map->n; p++) {
    const ynode *key = map->kids[2 * p], *v = map->kids[2 * p + 1];
    if (key->kind != YN_SCALAR) {
      error_at(c, key->line, key->col, "a theme key must be a name, not %s",
               yn_kind_name(key));
      continue;
    }
    if (!section) {
      int is_section = 0;
      for (size_t i = 1; i < N_TOP; i++)
        if (!strcmp(key->text, top_keys[i]))
          is_section = 1;
      for (size_t i = 0; i < ISO_THEME_EXTRA_SECTIONS; i++)
        if (!strcmp(key->text, iso_theme_extra_sections[i]))
          is_section = 1;
      if (is_section) {
        if (v->kind != YN_MAP)
          error_at(c, v->line, v->col, "%s must be a map of settings, not %s",
                   key->text, yn_kind_name(v));
        else
          load_map(c, v, key->text);
        continue;
      }
    }
    int id = -1;
    for (int i = 0; i < TK_COUNT && id < 0; i++) {
      const iso_theme_key *k = &iso_theme_keys[i];
      if (((!section && !k->section) ||
           (section && k->section && !strcmp(section, k->section))) &&
          !strcmp(key->text, k->name))
        id = i;
    }
    if (id < 0)
      unknown_key(c, key, section);
    else
      load_value(c, (iso_theme_key_id)id, v, key);
  }
}

iso_theme *iso_theme_load(const char *path, iso_diags *d) {
  iso_buf b;
  iso_buf_init(&b);
  /* a theme has no business being larger than a megabyte */
  if (iso_read_file_max(path, ISO_THEME_FILE_MAX, &b, d)) {
    iso_buf_free(&b);
    return NULL;
  }
  const char *src = b.data ? (const char *)b.data : "";
  if (!looks_like_theme(src, b.len, path, d)) {
    iso_buf_free(&b);
    return NULL;
  }
  ytree tree;
  int errors = 0;
  if (ytree_parse(&tree, src, b.len, path, NULL, d, &errors)) {
    iso_buf_free(&b);
    return NULL;
  }
  iso_buf_free(&b);
  load_ctx c;
  memset(&c, 0, sizeof c);
  c.t = iso_theme_copy(iso_theme_default());
  c.path = path;
  c.d = d;
  c.errors = errors;
  if (!c.t) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
    ytree_free(&tree);
    return NULL;
  }
  if (tree.root && tree.root->kind == YN_MAP)
    load_map(&c, tree.root, NULL);
  ytree_free(&tree);
  /* the logo and the templates are read only from a theme without errors */
  if (!c.errors)
    c.errors = iso_theme_finish(c.t, path, &c.where, d);
  /* rules between values only make sense once every value is right */
  if (!c.errors)
    c.errors = iso_theme_check_fit(c.t, path, &c.where, d);
  if (c.errors) {
    iso_theme_free(c.t);
    return NULL;
  }
  return c.t;
}
