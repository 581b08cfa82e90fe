/* Themes: the shipped default file says what the built-in default says;
 * theme files are read with units, and bad ones are refused with positions:
 * plain decimals only, each value in its range, the page's rules between
 * values, and a file that is not a theme is never quoted. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"
#include "theme_private.h"

static const char *srcdir;

static int same(double a, double b) { return fabs(a - b) < 0.01; }

static void test_default_file_matches_builtin(void) {
  char path[4096];
  snprintf(path, sizeof path, "%s/templates/themes/default.yaml", srcdir);
  iso_diags *d = iso_diags_new();
  iso_theme *t = iso_theme_load(path, d);
  const iso_theme *b = iso_theme_default();
  CHECK(t != NULL);
  if (t) {
    CHECK(same(t->page_width, b->page_width) && same(t->page_height, b->page_height));
    CHECK(same(t->margin_top, b->margin_top) && same(t->margin_bottom, b->margin_bottom));
    CHECK(same(t->margin_left, b->margin_left) && same(t->margin_right, b->margin_right));
    CHECK_INT(t->uncontrolled_when_printed, b->uncontrolled_when_printed);
    CHECK_STR(t->font_body, b->font_body);
    CHECK_STR(t->font_heading, b->font_heading);
    CHECK_STR(t->font_mono, b->font_mono);
    CHECK(same(t->size_body, b->size_body) && same(t->size_small, b->size_small));
    CHECK(same(t->size_code, b->size_code) && same(t->size_title, b->size_title));
    CHECK(same(t->size_subtitle, b->size_subtitle));
    for (int i = 0; i < 6; i++)
      CHECK(same(t->size_heading[i], b->size_heading[i]));
    CHECK(same(t->line_spacing, b->line_spacing));
    CHECK(same(t->space_before, b->space_before) && same(t->space_after, b->space_after));
    CHECK_STR(t->color_text, b->color_text);
    CHECK_STR(t->color_heading, b->color_heading);
    CHECK_STR(t->color_accent, b->color_accent);
    CHECK_STR(t->color_link, b->color_link);
    CHECK_STR(t->color_table_header, b->color_table_header);
    CHECK_STR(t->color_table_border, b->color_table_border);
    CHECK_STR(t->color_note, b->color_note);
    CHECK_STR(t->color_tip, b->color_tip);
    CHECK_STR(t->color_warning, b->color_warning);
    CHECK_STR(t->color_draft, b->color_draft);
  }
  CHECK_INT(iso_diags_count(d), 0);
  iso_theme_free(t);
  iso_diags_free(d);
}

static void test_resolve_by_name(void) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/templates/themes", srcdir);
  const char *dirs[] = {dir, NULL};
  iso_diags *d = iso_diags_new();
  iso_theme *t = iso_theme_resolve("classic", ".", dirs, d);
  CHECK(t != NULL);
  if (t) {
    CHECK(same(t->page_width, 612) && same(t->page_height, 792));
    CHECK(same(t->margin_left, 72));
    CHECK_STR(t->font_body, "Liberation Serif");
  }
  iso_theme_free(t);
  CHECK(iso_theme_resolve("nosuch", ".", dirs, d) == NULL);
  CHECK(iso_diags_errors(d) == 1);
  char *s = iso_diag_format(iso_diags_get(d, 0));
  CHECK(s && strstr(s, "unknown theme 'nosuch'"));
  free(s);
  iso_diags_free(d);
}

static void test_bad_theme(void) {
  const char *path = "theme_test_bad.yaml";
  FILE *f = fopen(path, "w");
  if (!f) {
    CHECK(0);
    return;
  }
  fputs("name: bad\npage:\n  margin_left: 2 furlongs\ncolors:\n  text: red\nsizes:\n  h7: 3\n", f);
  fclose(f);
  iso_diags *d = iso_diags_new();
  CHECK(iso_theme_load(path, d) == NULL);
  CHECK_INT(iso_diags_errors(d), 3);
  char *a = iso_diag_format(iso_diags_get(d, 0));
  char *b = iso_diag_format(iso_diags_get(d, 1));
  char *c = iso_diag_format(iso_diags_get(d, 2));
  CHECK_STR(a, "theme_test_bad.yaml:3:16: error: '2 furlongs' is not a length "
               "(use e.g. 25mm, 2cm, 1in or 72pt)");
  CHECK_STR(b, "theme_test_bad.yaml:5:9: error: 'red' is not a colour (use six "
               "hex digits, e.g. \"1F3864\")");
  CHECK_STR(c, "theme_test_bad.yaml:7:3: error: unknown theme key 'sizes.h7' "
               "(did you mean 'sizes.h1'?)");
  free(a);
  free(b);
  free(c);
  iso_diags_free(d);
  remove(path);
}


/* Writes TEXT to a file and loads it: the theme, or NULL with the
 * diagnostics formatted one a line into MSGS. */
static iso_theme *load_text(const char *text, char *msgs, size_t cap) {
  const char *path = "theme_test_tmp.yaml";
  FILE *f = fopen(path, "w");
  if (!f)
    return NULL;
  fputs(text, f);
  fclose(f);
  iso_diags *d = iso_diags_new();
  iso_theme *t = iso_theme_load(path, d);
  msgs[0] = '\0';
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *m = iso_diag_format(iso_diags_get(d, i));
    if (m && strlen(msgs) + strlen(m) + 2 < cap) {
      strcat(msgs, m);
      strcat(msgs, "\n");
    }
    free(m);
  }
  iso_diags_free(d);
  remove(path);
  return t;
}

/* MSGS must be exactly WANT (one diagnostic, its own line). */
static void refused(const char *text, const char *want) {
  char msgs[4096];
  iso_theme *t = load_text(text, msgs, sizeof msgs);
  CHECK(t == NULL);
  char line[1024];
  snprintf(line, sizeof line, "theme_test_tmp.yaml:%s\n", want);
  CHECK_STR(msgs, line);
  iso_theme_free(t);
}

static void test_builtin_fits(void) {
  iso_diags *d = iso_diags_new();
  CHECK_INT(iso_theme_check_fit(iso_theme_default(), NULL, NULL, d), 0);
  CHECK_INT(iso_diags_count(d), 0);
  iso_diags_free(d);
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/templates/themes", srcdir);
  const char *dirs[] = {dir, NULL};
  d = iso_diags_new();
  iso_theme *t = iso_theme_resolve("classic", ".", dirs, d);
  CHECK(t != NULL);
  CHECK_INT(iso_diags_count(d), 0);
  iso_theme_free(t);
  iso_diags_free(d);
}

static void test_numbers(void) {
  char msgs[4096];
  iso_theme *t = load_text("page:\n  margin_top: 25 mm\n  margin_bottom: 2.5cm\n"
                           "  margin_left: 1in\n  margin_right: 0\n"
                           "sizes:\n  body: 10\n  small: 6.\n  code: 8.5\n"
                           "spacing:\n  line: 1\n  before: .5\n  after: 72\n",
                           msgs, sizeof msgs);
  CHECK(t != NULL);
  CHECK_STR(msgs, "");
  if (t) {
    CHECK(same(t->margin_top, 70.866) && same(t->margin_bottom, 70.866));
    CHECK(same(t->margin_left, 72) && same(t->margin_right, 0));
    CHECK(same(t->size_body, 10) && same(t->size_small, 6) && same(t->size_code, 8.5));
    CHECK(same(t->line_spacing, 1) && same(t->space_before, 0.5));
    CHECK(same(t->space_after, 72));
  }
  iso_theme_free(t);
  static const char *const bad[] = {"1e-300", "1e2", "nan", "NaN", "inf", "-inf",
                                    ".inf", "0x1A", "-5", "+5", "1,5", "10.5.5",
                                    ".", "", "10pt", "ten"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char text[128], want[256];
    snprintf(text, sizeof text, "sizes:\n  body: \"%s\"\n", bad[i]);
    snprintf(want, sizeof want,
             "2:9: error: '%s' is not a size in points (a number such as 10.5)", bad[i]);
    refused(text, want);
  }
  refused("page:\n  margin_left: 1e1mm\n",
          "2:16: error: '1e1mm' is not a length (use e.g. 25mm, 2cm, 1in or 72pt)");
  refused("page:\n  margin_left: -0mm\n",
          "2:16: error: '-0mm' is not a length (use e.g. 25mm, 2cm, 1in or 72pt)");
  refused("spacing:\n  after: -1\n",
          "2:10: error: '-1' is not a number of points (0 or more, such as 6)");
}

static void test_ranges(void) {
  refused("sizes:\n  body: 3.99\n",
          "2:9: error: sizes.body '3.99' is out of range: use 4pt to 144pt");
  refused("sizes:\n  h6: 144.01\n",
          "2:7: error: sizes.h6 '144.01' is out of range: use 4pt to 144pt");
  refused("spacing:\n  line: 0.99\n",
          "2:9: error: spacing.line '0.99' is out of range: use 1 to 3");
  refused("spacing:\n  line: 3.01\n",
          "2:9: error: spacing.line '3.01' is out of range: use 1 to 3");
  refused("spacing:\n  before: 72.5\n",
          "2:11: error: spacing.before '72.5' is out of range: use 0pt to 72pt");
  refused("page:\n  width: 1.99in\n",
          "2:10: error: page.width '1.99in' is out of range: a page is 2in to 22in "
          "(144pt to 1584pt)");
  refused("page:\n  height: 559mm\n",
          "2:11: error: page.height '559mm' is out of range: a page is 2in to 22in "
          "(144pt to 1584pt)");
  refused("page:\n  margin_top: 23in\n",
          "2:15: error: page.margin_top '23in' is larger than any page (at most 22in)");
  refused("colors:\n  link: \"#0563C1\"\n",
          "2:9: error: '#0563C1' is not a colour (use six hex digits, e.g. \"1F3864\")");
  refused("fonts:\n  mono: \"\"\n", "2:9: error: fonts.mono is empty");
  refused("fonts:\n  mono:\n", "2:3: error: fonts.mono has no value");
  refused("fonts:\n  mono: [a]\n", "2:9: error: fonts.mono must be a single value, not a list");
  refused("fonts:\n  mono: \"A\\u0085B\"\n",
          "2:9: error: character U+0085 is not allowed in text (documents cannot "
          "carry control characters)");
  refused("fonts:\n  mono: \"A\\tB\"\n", "2:9: error: fonts.mono contains a control character");
  refused("name: 0123456789012345678901234567890123456789012345678901234567890123\n",
          "1:7: error: name is longer than 63 bytes");
  refused("name: x\nsizes: 10\n", "2:8: error: sizes must be a map of settings, not a string");
  /* the edges themselves are accepted */
  char msgs[4096];
  iso_theme *t = load_text("page:\n  width: 22in\n  height: 22in\nsizes:\n  title: 144\n"
                           "  body: 4\nspacing:\n  line: 1\n  before: 0\n",
                           msgs, sizeof msgs);
  CHECK(t != NULL);
  CHECK_STR(msgs, "");
  iso_theme_free(t);
  t = load_text("page:\n  margin_top: 1.2in\n  margin_bottom: 1.6in\nspacing:\n  line: 3\n",
                msgs, sizeof msgs);
  CHECK(t != NULL);
  CHECK_STR(msgs, "");
  iso_theme_free(t);
}

static void test_fit_rules(void) {
  /* the value to blame is the one whose default would make the rule hold */
  refused("page:\n  margin_bottom: 15mm\nsizes:\n  small: 8\n",
          "2:18: error: the page footer does not fit the bottom margin (42.52pt): it "
          "needs 54pt (14pt and four lines of sizes.small, 8pt, at spacing.line 1.25)");
  refused("page:\n  margin_bottom: 25mm\nsizes:\n  small: 11.5\n",
          "4:10: error: the page footer does not fit the bottom margin (70.87pt): it "
          "needs 71.5pt (14pt and four lines of sizes.small, 11.5pt, at spacing.line 1.25)");
  refused("page:\n  margin_top: 10mm\n",
          "2:15: error: the page header does not fit the top margin (28.35pt): it needs "
          "41pt (11pt and three lines of sizes.small, 8pt, at spacing.line 1.25)");
  refused("sizes:\n  h1: 60\n",
          "2:7: error: sizes.h1 (60pt) does not fit the text area (467.7pt by 700.2pt at "
          "spacing.line 1.25): at most 58.5pt (the width holds 8 times the size, the "
          "height 4 lines)");
  /* a page size with neither width nor height given is blamed at its line */
  refused("page:\n  size: Letter\n  margin_bottom: 1.5in\nsizes:\n  small: 12.5\n",
          "5:10: error: sizes.small (12.5pt) is too large for the footer on a text area "
          "484.4pt wide: at most 12.1pt (the width holds 40 times the size)");
  refused("page:\n  size: A4\n  margin_left: 3.5in\n  margin_right: 3.5in\n",
          "3:16: error: the margins leave a text area 91.28pt wide; it must be at least "
          "144pt (2in)");
}

/* A file that is not a theme: nothing of it in the message. */
static void test_not_a_theme(void) {
  static const char *const files[] = {
      "api_key: s3cr3t\n", "- s3cr3t\n", "s3cr3t\n", "[s3cr3t]\nx = 1\n",
      "{s3cr3t: 1}\n", "? [s3cr3t]\n: 1\n", "*s3cr3t\n"};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    char msgs[4096];
    iso_theme *t = load_text(files[i], msgs, sizeof msgs);
    CHECK(t == NULL);
    CHECK(strstr(msgs, "s3cr3t") == NULL && strstr(msgs, "api") == NULL);
    CHECK(strstr(msgs, "theme_test_tmp.yaml:1:") == msgs);
    if (strstr(msgs, "s3cr3t") || strstr(msgs, "api"))
      fprintf(stderr, "quoted: %s", msgs);
    iso_theme_free(t);
  }
  refused("", "1:1: error: the theme file is empty");
  refused("\"s3cr3t\n", "2:1: error: YAML syntax error: found unexpected end of stream "
                        "(while scanning a quoted scalar at line 1)");
  /* {} changes nothing */
  char msgs[4096];
  iso_theme *t = load_text("{}\n", msgs, sizeof msgs);
  CHECK(t != NULL);
  CHECK(t && same(t->size_body, iso_theme_default()->size_body));
  iso_theme_free(t);
}

static void test_suggestions(void) {
  refused("name: x\ncolours:\n  text: \"000000\"\n",
          "2:1: error: unknown theme key 'colours' (did you mean 'colors'?)");
  refused("page:\n  margin_botom: 1in\n",
          "2:3: error: unknown theme key 'page.margin_botom' (did you mean "
          "'page.margin_bottom'?)");
  refused("fonts:\n  serif: x\n", "2:3: error: unknown theme key 'fonts.serif'");
  /* many wrong keys: twenty messages and a last word, not one each */
  char text[4096] = "name: many\n", msgs[8192];
  for (int i = 0; i < 100; i++)
    snprintf(text + strlen(text), sizeof text - strlen(text), "k%d: 1\n", i);
  iso_theme *t = load_text(text, msgs, sizeof msgs);
  CHECK(t == NULL);
  int lines = 0;
  for (const char *p = msgs; *p; p++)
    lines += *p == '\n';
  CHECK_INT(lines, 21);
  CHECK(strstr(msgs, "theme_test_tmp.yaml:22:1: error: too many errors in the theme; "
                     "the rest are not reported\n") != NULL);
  iso_theme_free(t);
}

/* uncontrolled_when_printed: a top-level true/false, off by default */
static void test_uncontrolled(void) {
  char msgs[4096];
  CHECK_INT(iso_theme_default()->uncontrolled_when_printed, 0);
  iso_theme *t = load_text("name: x\nuncontrolled_when_printed: true\n", msgs,
                           sizeof msgs);
  CHECK(t != NULL);
  CHECK_INT(t ? t->uncontrolled_when_printed : -1, 1);
  iso_theme_free(t);
  t = load_text("name: x\nuncontrolled_when_printed: FALSE\n", msgs, sizeof msgs);
  CHECK_INT(t ? t->uncontrolled_when_printed : -1, 0);
  iso_theme_free(t);
  refused("name: x\nuncontrolled_when_printed: yes\n",
          "2:28: error: uncontrolled_when_printed must be true or false, not 'yes'");
  refused("name: x\nuncontroled_when_printed: true\n",
          "2:1: error: unknown theme key 'uncontroled_when_printed' (did you mean "
          "'uncontrolled_when_printed'?)");
}

int main(void) {
  srcdir = getenv("top_srcdir");
  if (!srcdir)
    srcdir = ".";
  test_default_file_matches_builtin();
  test_resolve_by_name();
  test_bad_theme();
  test_builtin_fits();
  test_numbers();
  test_ranges();
  test_fit_rules();
  test_not_a_theme();
  test_suggestions();
  test_uncontrolled();
  return check_done("theme_test");
}
