/* The rules between theme values: each one keeps something a reader must
 * see on the page. They follow what the PDF writer does with the values
 * (formats/pdf): the header sits in the top margin 11pt above the text
 * area, the footer in the bottom margin 14pt below it, both in the small
 * size; titles and headings are broken into lines of the text width, and a
 * line taller than the text area would run off the page. Word and
 * LibreOffice grow their header and footer instead, so the PDF is the
 * measure. docs/themes.md lists the same rules for readers. */
#include <stdio.h>
#include <string.h>

#include "theme_private.h"

#define HEADER_GAP 11.0  /* formats/pdf/furniture.c: the rule 8pt, text 3pt above */
#define HEADER_LINES 3.0 /* organisation and title, wrapped */
#define FOOTER_GAP 14.0  /* the rule 10pt, text 4pt below */
#define FOOTER_LINES 4.0 /* document control and owner lines, each wrapped once;
                            the PDF raises its text area for a fifth line,
                            "Uncontrolled when printed" (lay_text_bottom) */
#define SMALL_EMS 40.0   /* the footer's lines need about 80 characters a line */
#define SIZE_EMS 8.0     /* a title or heading word of eight letters */
#define SIZE_LINES 4.0   /* a heading, and the lines kept with it, on one page */

static double text_w(const iso_theme *t) {
  return t->page_width - t->margin_left - t->margin_right;
}
static double text_h(const iso_theme *t) {
  return t->page_height - t->margin_top - t->margin_bottom;
}
static double header_need(const iso_theme *t) {
  return HEADER_GAP + HEADER_LINES * t->size_small * t->line_spacing;
}
static double footer_need(const iso_theme *t) {
  return FOOTER_GAP + FOOTER_LINES * t->size_small * t->line_spacing;
}
static double *size_of(iso_theme *t, iso_theme_key_id k) {
  return (double *)((char *)t + iso_theme_keys[k].offset);
}
/* The largest size the text area holds (SIZE_EMS wide, SIZE_LINES high). */
static double size_max(const iso_theme *t) {
  double by_w = text_w(t) / SIZE_EMS;
  double by_h = text_h(t) / (SIZE_LINES * t->line_spacing);
  return by_w < by_h ? by_w : by_h;
}

typedef enum rule { R_WIDTH, R_HEIGHT, R_HEADER, R_FOOTER, R_SMALL, R_SIZE } rule;

static int holds(const iso_theme *t, rule r, iso_theme_key_id size) {
  switch (r) {
  case R_WIDTH:
    return text_w(t) >= ISO_THEME_PAGE_MIN;
  case R_HEIGHT:
    return text_h(t) >= ISO_THEME_PAGE_MIN;
  case R_HEADER:
    return t->margin_top >= header_need(t);
  case R_FOOTER:
    return t->margin_bottom >= footer_need(t);
  case R_SMALL:
    return text_w(t) >= SMALL_EMS * t->size_small;
  case R_SIZE:
    return *size_of((iso_theme *)t, size) <= size_max(t);
  }
  return 1;
}

/* The value to point at: the first of CANDS given in the file whose
 * default would make the rule hold, else the first given. */
static iso_theme_key_id blame(const iso_theme *t, const iso_theme_where *w,
                              rule r, iso_theme_key_id size,
                              const iso_theme_key_id *cands, size_t n) {
  const iso_theme *def = iso_theme_default();
  int first = -1;
  for (size_t i = 0; i < n; i++) {
    iso_theme_key_id k = cands[i];
    if (!w || !w->line[k])
      continue;
    if (first < 0)
      first = (int)k;
    iso_theme tmp = *t;
    if (k == TK_PAGE_SIZE) {
      tmp.page_width = def->page_width;
      tmp.page_height = def->page_height;
    } else {
      *size_of(&tmp, k) = *size_of((iso_theme *)def, k);
    }
    if (holds(&tmp, r, size))
      return k;
  }
  return first < 0 ? cands[0] : (iso_theme_key_id)first;
}

typedef struct check_ctx {
  const iso_theme *t;
  const char *path;
  const iso_theme_where *w;
  iso_diags *d;
  int errors;
} check_ctx;

static void report(check_ctx *c, rule r, iso_theme_key_id size,
                   const iso_theme_key_id *cands, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static void report(check_ctx *c, rule r, iso_theme_key_id size,
                   const iso_theme_key_id *cands, size_t n, const char *fmt, ...) {
  iso_theme_key_id k = blame(c->t, c->w, r, size, cands, n);
  int line = c->w && c->w->line[k] ? c->w->line[k] : 1;
  int col = c->w && c->w->line[k] ? c->w->col[k] : 1;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  iso_diag_add(c->d, ISO_SEV_ERROR, c->path, line, col, "%s", msg);
  c->errors++;
}

#define CANDS(...) (const iso_theme_key_id[]){__VA_ARGS__}, \
    sizeof((const iso_theme_key_id[]){__VA_ARGS__}) / sizeof(iso_theme_key_id)

int iso_theme_check_fit(const iso_theme *t, const char *path,
                        const iso_theme_where *w, iso_diags *d) {
  check_ctx c = {t, path, w, d, 0};
  if (!holds(t, R_WIDTH, 0))
    report(&c, R_WIDTH, 0,
           CANDS(TK_MARGIN_LEFT, TK_MARGIN_RIGHT, TK_PAGE_WIDTH, TK_PAGE_SIZE),
           "the margins leave a text area %.4gpt wide; it must be at least "
           "144pt (2in)",
           text_w(t));
  if (!holds(t, R_HEIGHT, 0))
    report(&c, R_HEIGHT, 0,
           CANDS(TK_MARGIN_TOP, TK_MARGIN_BOTTOM, TK_PAGE_HEIGHT, TK_PAGE_SIZE),
           "the margins leave a text area %.4gpt high; it must be at least "
           "144pt (2in)",
           text_h(t));
  if (c.errors) /* the other rules measure the text area */
    return c.errors;
  if (!holds(t, R_HEADER, 0))
    report(&c, R_HEADER, 0, CANDS(TK_SIZE_SMALL, TK_LINE, TK_MARGIN_TOP),
           "the page header does not fit the top margin (%.4gpt): it needs "
           "%.4gpt (%gpt and three lines of sizes.small, %gpt, at spacing.line "
           "%g)",
           t->margin_top, header_need(t), HEADER_GAP, t->size_small,
           t->line_spacing);
  if (!holds(t, R_FOOTER, 0))
    report(&c, R_FOOTER, 0, CANDS(TK_SIZE_SMALL, TK_LINE, TK_MARGIN_BOTTOM),
           "the page footer does not fit the bottom margin (%.4gpt): it needs "
           "%.4gpt (%gpt and four lines of sizes.small, %gpt, at spacing.line "
           "%g)",
           t->margin_bottom, footer_need(t), FOOTER_GAP, t->size_small,
           t->line_spacing);
  if (!holds(t, R_SMALL, 0))
    report(&c, R_SMALL, 0,
           CANDS(TK_SIZE_SMALL, TK_MARGIN_LEFT, TK_MARGIN_RIGHT, TK_PAGE_WIDTH,
                 TK_PAGE_SIZE),
           "sizes.small (%gpt) is too large for the footer on a text area %.4gpt wide: at "
           "most %.3gpt (the width holds 40 times the size)",
           t->size_small, text_w(t), text_w(t) / SMALL_EMS);
  static const iso_theme_key_id sizes[] = {
      TK_SIZE_BODY, TK_SIZE_CODE, TK_SIZE_TITLE, TK_SIZE_SUBTITLE, TK_SIZE_H1,
      TK_SIZE_H2,   TK_SIZE_H3,   TK_SIZE_H4,    TK_SIZE_H5,       TK_SIZE_H6};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    iso_theme_key_id s = sizes[i];
    if (holds(t, R_SIZE, s))
      continue;
    report(&c, R_SIZE, s,
           CANDS(s, TK_LINE, TK_MARGIN_LEFT, TK_MARGIN_RIGHT, TK_MARGIN_TOP,
                 TK_MARGIN_BOTTOM, TK_PAGE_WIDTH, TK_PAGE_HEIGHT, TK_PAGE_SIZE),
           "%s (%gpt) does not fit the text area (%.4gpt by %.4gpt at "
           "spacing.line %g): at most %.3gpt (the width holds 8 times the "
           "size, the height 4 lines)",
           iso_theme_keys[s].dotted, *size_of((iso_theme *)t, s), text_w(t),
           text_h(t), t->line_spacing, size_max(t));
  }
  return c.errors;
}
