/* Theme keys beyond fonts, sizes and colours: the logo and its placement,
 * the header's and footer's items, and the reference templates. A theme
 * is a folder one may hand on: the files it names lie inside the theme
 * file's own folder (with every link resolved), so a theme cannot make the
 * program read, and embed, a file from elsewhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "reference.h"
#include "theme_private.h"
#include "util.h"

const char *const iso_theme_extra_sections[ISO_THEME_EXTRA_SECTIONS] = {
    "header", "footer", "reference"};

static const char *const item_names[ISO_ITEM_COUNT] = {
    [ISO_ITEM_ID] = "id",
    [ISO_ITEM_TITLE] = "title",
    [ISO_ITEM_ORGANIZATION] = "organization",
    [ISO_ITEM_VERSION] = "version",
    [ISO_ITEM_STATUS] = "status",
    [ISO_ITEM_CLASSIFICATION] = "classification",
    [ISO_ITEM_MARK] = "mark",
    [ISO_ITEM_OWNER] = "owner",
    [ISO_ITEM_APPROVER] = "approver",
    [ISO_ITEM_APPROVED] = "approved",
    [ISO_ITEM_NEXT_REVIEW] = "next_review",
    [ISO_ITEM_EFFECTIVE] = "effective",
    [ISO_ITEM_TYPE] = "type",
};

const char *iso_item_name(iso_item it) {
  return it > ISO_ITEM_END && it < ISO_ITEM_COUNT ? item_names[it] : NULL;
}

int iso_theme_set_path(iso_theme *t, iso_theme_key_id id, const char *theme_path,
                       const char *value, char *why, size_t why_len) {
  char **dst = (char **)((char *)t + iso_theme_keys[id].offset);
  if (!*value || value[0] == '/') {
    snprintf(why, why_len, "must be a file relative to the theme file");
    return -1;
  }
  char *dir = iso_dirname(theme_path);
  char *path = dir ? iso_path_join(dir, value) : NULL;
  if (!path) {
    free(dir);
    snprintf(why, why_len, "out of memory");
    return -1;
  }
  /* decided before anything is opened, so a file outside is never read */
  if (!iso_path_inside(dir, path)) {
    snprintf(why, why_len, "is not a file inside the theme's folder");
    free(dir);
    free(path);
    return -1;
  }
  free(dir);
  free(*dst);
  *dst = path;
  return 0;
}

int iso_theme_set_placement(iso_theme *t, const char *value) {
  if (!strcmp(value, "every-page"))
    t->logo_placement = ISO_LOGO_EVERY_PAGE;
  else if (!strcmp(value, "title-page"))
    t->logo_placement = ISO_LOGO_TITLE_PAGE;
  else
    return -1;
  return 0;
}

int iso_theme_set_items(iso_theme *t, iso_theme_key_id id,
                        const char *const *names, size_t n, size_t *bad,
                        char *why, size_t why_len) {
  unsigned char list[ISO_THEME_ITEMS_MAX + 1] = {0};
  for (size_t i = 0; i < n && i < ISO_THEME_ITEMS_MAX; i++) {
    int found = 0;
    for (int it = ISO_ITEM_END + 1; it < ISO_ITEM_COUNT && !found; it++)
      if (!strcmp(names[i], item_names[it]))
        found = it;
    *bad = i;
    if (!found) {
      const char *s = iso_suggest(names[i], item_names + 1, ISO_ITEM_COUNT - 1);
      if (s)
        snprintf(why, why_len, "is not an item (did you mean '%s'?)", s);
      else
        snprintf(why, why_len, "is not an item (see docs/themes.md)");
      return -1;
    }
    /* the status mark is drawn in the draft colour at the header's right */
    if (found == ISO_ITEM_MARK && id != TK_HEADER_RIGHT) {
      snprintf(why, why_len, "belongs in header.right only");
      return -1;
    }
    for (size_t j = 0; j < i; j++)
      if (list[j] == found) {
        snprintf(why, why_len, "is listed twice");
        return -1;
      }
    list[i] = (unsigned char)found;
  }
  memcpy((char *)t + iso_theme_keys[id].offset, list, sizeof list);
  return 0;
}

static int where_line(const iso_theme_where *w, int id) { return w ? w->line[id] : 0; }
static int where_col(const iso_theme_where *w, int id) { return w ? w->col[id] : 0; }

int iso_theme_finish(iso_theme *t, const char *path, const iso_theme_where *w,
                     iso_diags *d) {
  int errors = 0;
  if (t->logo) {
    char why[256];
    iso_image *img = iso_image_read(t->logo, why, sizeof why);
    if (!img) {
      iso_diag_add(d, ISO_SEV_ERROR, path, where_line(w, TK_LOGO),
                   where_col(w, TK_LOGO), "logo '%s': %s", t->logo, why);
      errors++;
    } else {
      iso_image_free(t->logo_image);
      t->logo_image = img;
    }
  }
  /* what the theme file gives itself wins over what a template gives */
  int keep[TK_COUNT];
  for (int i = 0; i < TK_COUNT; i++)
    keep[i] = where_line(w, i) != 0;
  const iso_theme_key_id refs[2] = {TK_REF_DOCX, TK_REF_ODT};
  for (int i = 0; i < 2 && !errors; i++) {
    const char *ref = i ? t->reference_odt : t->reference_docx;
    if (ref && iso_reference_apply_keep(ref, t, keep, path, where_line(w, refs[i]),
                                        where_col(w, refs[i]), d))
      errors++;
  }
  return errors;
}
