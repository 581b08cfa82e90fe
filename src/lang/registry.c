/* The languages, by iso_lang. A new language: its file and one line here. */
#include <string.h>

#include "lang.h"

static const iso_lang_def *const langs[ISO_LANG_COUNT] = {
    [ISO_LANG_EN] = &iso_lang_en,
    [ISO_LANG_FI] = &iso_lang_fi,
    [ISO_LANG_SV] = &iso_lang_sv,
    [ISO_LANG_DE] = &iso_lang_de,
};

const iso_lang_def *iso_lang_get(iso_lang lang) {
  return lang >= 0 && lang < ISO_LANG_COUNT && langs[lang] ? langs[lang]
                                                            : langs[ISO_LANG_EN];
}

int iso_lang_from_code(const char *code) {
  for (int i = 0; code && i < ISO_LANG_COUNT; i++)
    if (langs[i] && !strcmp(langs[i]->code, code))
      return i;
  return -1;
}
