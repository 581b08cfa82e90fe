/* Themes: the shipped default file says what the built-in default says;
 * theme files are read with units, and bad ones are refused with positions. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "isoexport.h"

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
  CHECK_STR(c, "theme_test_bad.yaml:7:3: error: unknown theme key 'sizes.h7'");
  free(a);
  free(b);
  free(c);
  iso_diags_free(d);
  remove(path);
}

int main(void) {
  srcdir = getenv("top_srcdir");
  if (!srcdir)
    srcdir = ".";
  test_default_file_matches_builtin();
  test_resolve_by_name();
  test_bad_theme();
  return check_done("theme_test");
}
