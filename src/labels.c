/* Built-in labels and date formats, by document language: the tables are
 * in src/lang/, one file a language. */
#include <stdio.h>

#include "internal.h"
#include "lang/lang.h"

const char *iso_label(iso_lang lang, iso_label_id id) {
  if (id < 0 || id >= ISO_L_COUNT)
    return "";
  const char *s = iso_lang_get(lang)->labels[id];
  return s ? s : iso_lang_en.labels[id];
}

void iso_date_format(iso_lang lang, iso_date d, char out[32]) {
  if (!d.year) {
    out[0] = '\0';
    return;
  }
  switch (iso_lang_get(lang)->date) {
  case ISO_DATE_DMY:
    snprintf(out, 32, "%d.%d.%d", d.day, d.month, d.year);
    break;
  case ISO_DATE_DMY_00:
    snprintf(out, 32, "%02d.%02d.%04d", d.day, d.month, d.year);
    break;
  default:
    snprintf(out, 32, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
}

void iso_page_label(iso_lang lang, int page, int pages, char out[64]) {
  snprintf(out, 64, "%s %d %s %d", iso_label(lang, ISO_L_PAGE), page,
           iso_label(lang, ISO_L_PAGE_OF), pages);
}

const char *iso_lang_tag(iso_lang lang) { return iso_lang_get(lang)->tag; }

const char *iso_lang_code(iso_lang lang) { return iso_lang_get(lang)->code; }

const char *iso_doc_type_label(iso_lang lang, int type) {
  int i = (type >= 0 && type <= 6) ? type : 0;
  const char *s = iso_lang_get(lang)->doc_types[i];
  return s ? s : iso_lang_en.doc_types[i];
}

void iso_review_interval_text(iso_lang lang, int months, char out[48]) {
  out[0] = '\0';
  if (months <= 0)
    return;
  /* whole years read as years: "1 year", "2 years" / "1 vuosi", "2 vuotta" */
  const iso_lang_def *l = iso_lang_get(lang);
  int years = months % 12 == 0 ? months / 12 : 0;
  int n = years ? years : months;
  const char *unit = years ? (n == 1 ? l->year : l->years)
                           : (n == 1 ? l->month : l->months);
  snprintf(out, 48, "%d %s", n, unit);
}
