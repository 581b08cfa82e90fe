/* The hyphenation service: English (libhyphen) and Finnish (libvoikko)
 * break points, words without any, and dictionaries that are missing. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "hyphenate.h"

/* WORD with a '-' at each break point. */
static const char *marked(iso_lang lang, const char *word) {
  static char out[256];
  size_t pts[64], n = iso_hyphen_points(lang, word, strlen(word), pts, 64);
  size_t o = 0, k = 0;
  for (size_t i = 0; word[i]; i++) {
    if (k < n && pts[k] == i) {
      out[o++] = '-';
      k++;
    }
    out[o++] = word[i];
  }
  out[o] = 0;
  return out;
}

int main(void) {
  CHECK_STR(marked(ISO_LANG_EN, "Applicable"), "Ap-plic-able");
  CHECK_STR(marked(ISO_LANG_EN, "information"), "in-form-a-tion");
  CHECK_STR(marked(ISO_LANG_EN, "(responsibilities),"),
            "(re-spons-ib-il-it-ies),");
  CHECK_STR(marked(ISO_LANG_FI, "Tietoturvapäällikkö"),
            "Tie-to-tur-va-pääl-lik-kö");
  CHECK_STR(marked(ISO_LANG_FI, "riskienhallinta."), "ris-kien-hal-lin-ta.");
  /* no break point: short words, capitals, numbers, URLs, codes */
  CHECK_STR(marked(ISO_LANG_EN, "cat"), "cat");
  CHECK_STR(marked(ISO_LANG_FI, "ja"), "ja");
  CHECK_STR(marked(ISO_LANG_FI, "talo"), "talo"); /* under five letters */
  CHECK_STR(marked(ISO_LANG_FI, "talot"), "ta-lot");
  CHECK_STR(marked(ISO_LANG_EN, "INFORMATION"), "INFORMATION");
  CHECK_STR(marked(ISO_LANG_EN, "27001:2022"), "27001:2022");
  CHECK_STR(marked(ISO_LANG_EN, "https://example.org/information"),
            "https://example.org/information");
  CHECK_STR(marked(ISO_LANG_EN, "ISO-information"), "ISO-information");
  /* at most MAX points are stored */
  size_t pts[2];
  CHECK_INT(iso_hyphen_points(ISO_LANG_EN, "information", 11, pts, 2), 2);
  CHECK_INT(pts[0], 2);
  CHECK_INT(pts[1], 6);
  CHECK_INT(iso_hyphen_points(ISO_LANG_EN, "information", 11, pts, 0), 0);

  /* missing dictionaries: no break points, no crash */
  iso_hyphen_configure("/nonexistent/hyph_xx.dic", "xx-nonexistent");
  CHECK_STR(marked(ISO_LANG_EN, "Applicable"), "Applicable");
  CHECK_STR(marked(ISO_LANG_FI, "Tietoturvapäällikkö"), "Tietoturvapäällikkö");
  /* and back to the defaults */
  iso_hyphen_configure(NULL, NULL);
  CHECK_STR(marked(ISO_LANG_EN, "Applicable"), "Ap-plic-able");
  return check_done("hyphen_test");
}
