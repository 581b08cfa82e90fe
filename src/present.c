/* The presentation layer's small decisions: page header items, list
 * markers, captions, call-outs, table text and the contents title. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "present.h"

/* ---- header ------------------------------------------------------------ */

void iso_pr_logo_box(const iso_image *logo, double text_width, double *w,
                     double *h) {
  const iso_image_info *i = logo ? &logo->info : NULL;
  *h = ISO_PR_LOGO_HEIGHT;
  *w = i && i->height_px > 0 ? *h * i->width_px / i->height_px : *h;
  double max_w = text_width * ISO_PR_LOGO_MAX_SHARE;
  if (*w > max_w && *w > 0) {
    *h *= max_w / *w;
    *w = max_w;
  }
}

/* ---- lists ------------------------------------------------------------- */

iso_pr_numfmt iso_pr_list_format(int ordered, int depth) {
  static const iso_pr_numfmt cycle[3] = {
      ISO_PR_NUM_DECIMAL, ISO_PR_NUM_LOWER_ALPHA, ISO_PR_NUM_LOWER_ROMAN};
  if (!ordered)
    return ISO_PR_NUM_BULLET;
  return cycle[(depth < 0 ? 0 : depth) % 3];
}

const char *iso_pr_bullet(int depth) {
  /* all three are in Liberation Sans, which has no ▪ */
  static const char *const b[3] = {"\xE2\x80\xA2", "\xE2\x97\xA6",
                                   "\xE2\x80\x93"}; /* • ◦ – */
  return b[(depth < 0 ? 0 : depth) % 3];
}

/* Letters as a spreadsheet counts columns: a..z, aa, ab, ... */
static void alpha(int n, char *out, size_t size) {
  char tmp[16];
  size_t k = 0;
  while (n > 0 && k < sizeof tmp) {
    n--;
    tmp[k++] = (char)('a' + n % 26);
    n /= 26;
  }
  size_t i = 0;
  while (k && i + 1 < size)
    out[i++] = tmp[--k];
  out[i] = '\0';
}

static void roman(int n, char *out, size_t size) {
  static const int val[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char *const sym[] = {"m", "cm", "d", "cd", "c", "xc", "l",
                                    "xl", "x", "ix", "v", "iv", "i"};
  size_t len = 0;
  out[0] = '\0';
  for (int i = 0; i < 13 && n > 0; i++)
    while (n >= val[i] && len + strlen(sym[i]) + 1 < size) {
      memcpy(out + len, sym[i], strlen(sym[i]) + 1);
      len += strlen(sym[i]);
      n -= val[i];
    }
}

void iso_pr_list_marker(int ordered, int depth, int number, char out[32]) {
  char num[24];
  switch (iso_pr_list_format(ordered, depth)) {
  case ISO_PR_NUM_BULLET:
    snprintf(out, 32, "%s", iso_pr_bullet(depth));
    return;
  case ISO_PR_NUM_LOWER_ALPHA:
    if (number < 1 || number > 100000)
      goto decimal;
    alpha(number, num, sizeof num);
    break;
  case ISO_PR_NUM_LOWER_ROMAN:
    if (number < 1 || number > 3999)
      goto decimal;
    roman(number, num, sizeof num);
    break;
  default:
  decimal:
    snprintf(num, sizeof num, "%d", number);
    break;
  }
  snprintf(out, 32, "%s%s", num, ISO_PR_NUM_SUFFIX);
}

/* ---- captions and call-outs -------------------------------------------- */

const char *iso_pr_principles_label(iso_lang lang) {
  return iso_label(lang, ISO_L_PRINCIPLES);
}

const char *iso_pr_caption_label(iso_lang lang, int figure) {
  return iso_label(lang, figure ? ISO_L_FIGURE : ISO_L_TABLE);
}

iso_pr_callout iso_pr_callout_style(const iso_theme *t, iso_lang lang,
                                    iso_callout_kind k) {
  iso_pr_callout c;
  switch (k) {
  case ISO_CALLOUT_TIP:
    c.label = iso_label(lang, ISO_L_TIP);
    c.fill = t->color_tip;
    c.bar = t->color_accent;
    break;
  case ISO_CALLOUT_WARNING:
    c.label = iso_label(lang, ISO_L_WARNING);
    c.fill = t->color_warning;
    c.bar = t->color_draft;
    break;
  default:
    c.label = iso_label(lang, ISO_L_NOTE);
    c.fill = t->color_note;
    c.bar = t->color_accent;
    break;
  }
  return c;
}

/* ---- tables and contents ----------------------------------------------- */

double iso_pr_line_height(const iso_theme *t, double size) {
  return size * (t->line_spacing > 0.8 ? t->line_spacing : 1.2);
}

double iso_pr_table_size(const iso_theme *t) {
  double s = t->size_body - 1;
  return s >= 6 ? s : t->size_body;
}

int iso_pr_table_columns(const iso_node *t) {
  int n = iso_node_get_columns(t);
  for (const iso_node *r = iso_node_first_child(t); r; r = iso_node_next(r)) {
    int k = 0;
    for (const iso_node *c = iso_node_first_child(r); c; c = iso_node_next(c))
      k++;
    if (k > n)
      n = k;
  }
  return n > 0 ? n : 1;
}

int iso_pr_toc_titled(const iso_node *toc) {
  const iso_node *sec = iso_node_parent(toc);
  const iso_node *h = sec ? iso_node_first_child(sec) : NULL;
  if (!sec || iso_node_get_type(sec) != ISO_NODE_SECTION || !h ||
      iso_node_get_type(h) != ISO_NODE_HEADING)
    return 1;
  char *text = iso_node_plain_text(h);
  const char *label = iso_label(iso_document_meta_const(iso_node_document(toc))->language,
                                ISO_L_TOC);
  int same = text && strcasecmp(text, label) == 0;
  free(text);
  return !same;
}

/* ---- images and code --------------------------------------------------- */

void iso_pr_image_size(const iso_image_info *info, double pct, double width,
                       double max_h, double *w, double *h) {
  double px_w = info->width_px > 0 ? info->width_px : 1;
  double px_h = info->height_px > 0 ? info->height_px : 1;
  double ww;
  if (pct > 0) {
    ww = width * (pct > 100 ? 100 : pct) / 100.0;
  } else {
    double dpi = info->dpi_x > 0 ? info->dpi_x : 96;
    ww = px_w * 72.0 / dpi;
  }
  if (ww > width)
    ww = width;
  double hh = ww * px_h / px_w;
  if (max_h > 0 && hh > max_h) {
    ww *= max_h / hh;
    hh = max_h;
  }
  *w = ww;
  *h = hh;
}

size_t iso_pr_code_length(const char *s) {
  size_t len = s ? strlen(s) : 0;
  while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
    len--;
  return len;
}
