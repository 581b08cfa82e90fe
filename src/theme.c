/* Themes: page set-up, fonts, sizes and colours. The default is built in;
 * theme files are read by theme_load.c and checked by theme_check.c. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image.h"
#include "internal.h"
#include "util.h"

#define MM (72.0 / 25.4)

/* Keep in step with templates/themes/default.yaml (a test compares them). */
static const iso_theme builtin = {
    .name = "default",
    .page_width = 210 * MM,
    .page_height = 297 * MM,
    .margin_top = 25 * MM,
    .margin_bottom = 25 * MM,
    .margin_left = 25 * MM,
    .margin_right = 20 * MM,
    .font_body = "Liberation Sans",
    .font_heading = "Liberation Sans",
    .font_mono = "Liberation Mono",
    .size_body = 10.5,
    .size_small = 8,
    .size_code = 9,
    .size_title = 24,
    .size_subtitle = 14,
    .size_heading = {16, 13, 11.5, 10.5, 10.5, 10.5},
    .line_spacing = 1.25,
    .space_before = 0,
    .space_after = 6,
    .color_text = "1A1A1A",
    .color_heading = "1F3864",
    .color_accent = "2F5496",
    .color_link = "0563C1",
    .color_table_header = "D9E2F3",
    .color_table_border = "8EA9DB",
    .color_note = "DEEBF7",
    .color_tip = "E2EFDA",
    .color_warning = "FCE4D6",
    .color_draft = "C00000",
    /* today's header and footer (docs/themes.md, "Header and footer") */
    .header_left = {ISO_ITEM_ORGANIZATION, ISO_ITEM_TITLE},
    .header_right = {ISO_ITEM_CLASSIFICATION, ISO_ITEM_MARK},
    .footer_control = {ISO_ITEM_ID, ISO_ITEM_TITLE, ISO_ITEM_VERSION,
                       ISO_ITEM_STATUS, ISO_ITEM_CLASSIFICATION},
    .footer_fields = {ISO_ITEM_OWNER, ISO_ITEM_APPROVER, ISO_ITEM_APPROVED,
                      ISO_ITEM_NEXT_REVIEW},
};

const iso_theme *iso_theme_default(void) { return &builtin; }

iso_theme *iso_theme_copy(const iso_theme *t) {
  iso_theme *c = malloc(sizeof *c);
  if (!c)
    return NULL;
  *c = *t;
  c->name = iso_strdup(t->name);
  c->font_body = iso_strdup(t->font_body);
  c->font_heading = iso_strdup(t->font_heading);
  c->font_mono = iso_strdup(t->font_mono);
  c->logo = t->logo ? iso_strdup(t->logo) : NULL;
  c->logo_image = t->logo_image ? iso_image_dup(t->logo_image) : NULL;
  c->reference_docx = t->reference_docx ? iso_strdup(t->reference_docx) : NULL;
  c->reference_odt = t->reference_odt ? iso_strdup(t->reference_odt) : NULL;
  if (!c->name || !c->font_body || !c->font_heading || !c->font_mono ||
      (t->logo && !c->logo) || (t->logo_image && !c->logo_image) ||
      (t->reference_docx && !c->reference_docx) ||
      (t->reference_odt && !c->reference_odt)) {
    iso_theme_free(c);
    return NULL;
  }
  return c;
}

void iso_theme_free(iso_theme *t) {
  if (!t)
    return;
  free(t->name);
  free(t->font_body);
  free(t->font_heading);
  free(t->font_mono);
  free(t->logo);
  iso_image_free(t->logo_image);
  free(t->reference_docx);
  free(t->reference_odt);
  free(t);
}

static int file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_path(const char *name) {
  size_t n = strlen(name);
  return strchr(name, '/') != NULL ||
         (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
         (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

char *iso_theme_path(const char *name, const char *base_dir,
                     const char *const *theme_dirs) {
  if (!name || strcmp(name, "default") == 0)
    return NULL;
  /* A name with a slash or a .yaml ending is a path. */
  if (is_path(name))
    return iso_path_join(base_dir, name);
  for (size_t i = 0; theme_dirs && theme_dirs[i]; i++) {
    char file[4096];
    snprintf(file, sizeof file, "%s/%s.yaml", theme_dirs[i], name);
    if (file_exists(file))
      return iso_strdup(file);
  }
  return NULL;
}

iso_theme *iso_theme_resolve(const char *name, const char *base_dir,
                             const char *const *theme_dirs, iso_diags *d) {
  if (!name || strcmp(name, "default") == 0)
    return iso_theme_copy(&builtin);
  char *path = iso_theme_path(name, base_dir, theme_dirs);
  if (path) {
    iso_theme *t = iso_theme_load(path, d);
    free(path);
    return t;
  }
  iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0,
               "unknown theme '%s' (give a theme name from templates/themes or a path to a theme file)",
               name);
  return NULL;
}
