/* What a caller may read of a theme (isoexport.h); themes are made by
 * loading theme files and reference templates. */
#include "internal.h"

const char *iso_theme_name(const iso_theme *t) { return t ? t->name : NULL; }

void iso_theme_page_size(const iso_theme *t, double *width, double *height) {
  if (width)
    *width = t ? t->page_width : 0;
  if (height)
    *height = t ? t->page_height : 0;
}

void iso_theme_margins(const iso_theme *t, double *top, double *right,
                       double *bottom, double *left) {
  if (top)
    *top = t ? t->margin_top : 0;
  if (right)
    *right = t ? t->margin_right : 0;
  if (bottom)
    *bottom = t ? t->margin_bottom : 0;
  if (left)
    *left = t ? t->margin_left : 0;
}

const char *iso_theme_font(const iso_theme *t, iso_font_role role) {
  if (!t)
    return NULL;
  switch (role) {
  case ISO_FONT_BODY: return t->font_body;
  case ISO_FONT_HEADING: return t->font_heading;
  case ISO_FONT_MONO: return t->font_mono;
  default: return NULL;
  }
}

iso_error iso_theme_apply_reference(iso_theme *t, const char *path,
                                    iso_diags *d) {
  if (!t || !path || !d)
    return ISO_ERR_ARGUMENT;
  return iso_reference_apply(path, t, d) == 0 ? ISO_OK : ISO_ERR_THEME;
}
