/* The languages (src/lang/): every language gives every label, document
 * type and unit itself (no English fallback), is found by its code, formats
 * dates and page labels its own way, and hyphenates from its dictionary
 * where Debian has one (hyphen-de, hyphen-sv). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "hyphenate.h"
#include "lang/lang.h"

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

static void test_complete(void) {
  for (int l = 0; l < ISO_LANG_COUNT; l++) {
    const iso_lang_def *d = iso_lang_get((iso_lang)l);
    CHECK(d != NULL && d->code && d->tag);
    CHECK_INT(iso_lang_from_code(d->code), l);
    for (int i = 0; i < ISO_L_COUNT; i++)
      if (!d->labels[i] || !d->labels[i][0]) {
        fprintf(stderr, "language %s lacks label %d\n", d->code, i);
        CHECK(0);
      }
    for (int i = 0; i < 7; i++)
      CHECK(d->doc_types[i] && d->doc_types[i][0]);
    CHECK(d->year && d->years && d->month && d->months);
    CHECK(d->decimal && d->list_sep);
    /* every heading list of the lint has words */
    CHECK(d->lint.purpose[0] && d->lint.scope[0] && d->lint.commitment[0] &&
          d->lint.monitoring[0]);
    for (int c = 0; c < 8; c++)
      CHECK(d->lint.chapters[c][0] != NULL);
  }
  CHECK_INT(iso_lang_from_code("se"), -1);
  CHECK_INT(iso_lang_from_code(NULL), -1);
  CHECK_STR(iso_lang_code(ISO_LANG_SV), "sv");
  CHECK_STR(iso_lang_tag(ISO_LANG_DE), "de-DE");
}

static void test_words(void) {
  char out[64], iv[48];
  iso_date d = {2026, 3, 5};
  iso_date_format(ISO_LANG_SV, d, out);
  CHECK_STR(out, "2026-03-05");
  iso_date_format(ISO_LANG_DE, d, out);
  CHECK_STR(out, "05.03.2026");
  iso_date_format(ISO_LANG_FI, d, out);
  CHECK_STR(out, "5.3.2026");
  iso_page_label(ISO_LANG_SV, 2, 5, out);
  CHECK_STR(out, "Sida 2 av 5");
  iso_page_label(ISO_LANG_DE, 2, 5, out);
  CHECK_STR(out, "Seite 2 von 5");
  iso_review_interval_text(ISO_LANG_SV, 6, iv);
  CHECK_STR(iv, "6 månader");
  iso_review_interval_text(ISO_LANG_SV, 24, iv);
  CHECK_STR(iv, "2 år");
  iso_review_interval_text(ISO_LANG_DE, 1, iv);
  CHECK_STR(iv, "1 Monat");
  iso_review_interval_text(ISO_LANG_DE, 12, iv);
  CHECK_STR(iv, "1 Jahr");
  CHECK_STR(iso_label(ISO_LANG_DE, ISO_L_APPROVAL_BLOCK), "Freigabe und Versionskontrolle");
  CHECK_STR(iso_label(ISO_LANG_SV, ISO_L_APPROVAL_BLOCK),
            "Dokumentstyrning och versionshantering");
  CHECK_STR(iso_status_label(ISO_LANG_SV, ISO_STATUS_APPROVED), "Fastställd");
  CHECK_STR(iso_status_label(ISO_LANG_DE, ISO_STATUS_APPROVED), "Freigegeben");
  CHECK_STR(iso_doc_type_label(ISO_LANG_DE, ISO_TYPE_POLICY), "Leitlinie");
  CHECK_STR(iso_doc_type_label(ISO_LANG_SV, ISO_TYPE_PROCEDURE), "Rutin");
}

static void test_hyphenation(void) {
  FILE *f = fopen("/usr/share/hyphen/hyph_de_DE.dic", "r");
  if (f) {
    fclose(f);
    /* Latin-1 dictionary read from UTF-8: the break after the umlaut lands
     * on the UTF-8 boundary */
    CHECK(strchr(marked(ISO_LANG_DE, "Informationssicherheit"), '-') != NULL);
    CHECK_STR(marked(ISO_LANG_DE, "Geschäftsführung"), "Ge-schäfts-füh-rung");
  } else {
    fprintf(stderr, "SKIP (part): hyphen-de is not installed\n");
  }
  f = fopen("/usr/share/hyphen/hyph_sv_SE.dic", "r");
  if (f) {
    fclose(f);
    CHECK(strchr(marked(ISO_LANG_SV, "informationssäkerhet"), '-') != NULL);
  } else {
    fprintf(stderr, "SKIP (part): hyphen-sv is not installed\n");
  }
  /* a letter Latin-1 has not: no break points rather than wrong ones */
  CHECK_STR(marked(ISO_LANG_DE, "Informationsœsicherheit"), "Informationsœsicherheit");
}

int main(void) {
  test_complete();
  test_words();
  test_hyphenation();
  return check_done("lang_test");
}
