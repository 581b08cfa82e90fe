/* Languages: one file each (src/lang/en.c, fi.c, sv.c, de.c), a table of
 * everything the library says or matches in that language, found through
 * one registry (src/lang/registry.c). A new language is its file, its
 * line in the registry and its constant in iso_lang (isoexport.h). Not
 * public API. */
#ifndef ISO_LANG_H
#define ISO_LANG_H

#include "internal.h"

/* Words the lint matches in headings and cells (src/loader/lint_*.c), each
 * list NULL-terminated. A word ending in '*' matches the start of a word;
 * case is ignored for ASCII letters only, so a word that starts with a
 * letter such as "Ü" is given in both cases. The lint matches the words
 * of every language, as documents mix them (a Finnish policy with an
 * English "Scope"). */
#define ISO_LANG_WORDS 24
typedef const char *iso_lang_words[ISO_LANG_WORDS];
typedef struct iso_lang_lint {
  /* a policy's sections (the policy seed's sample structure) */
  iso_lang_words scope, purpose, commitment, monitoring;
  /* a manual's chapters, in the order of ISO/IEC 27001 clauses 4-10:
   * introduction, context, leadership, planning, support, operation,
   * performance evaluation, improvement */
  iso_lang_words chapters[8];
  /* verbs of direction that make an objective vague without a measure */
  iso_lang_words vague;
  /* a role or owner that names nobody (compared whole) */
  iso_lang_words nobody;
  /* a responsibility that says nothing (a phrase inside it) */
  iso_lang_words vague_resp;
  /* words that make an approver management */
  iso_lang_words management;
} iso_lang_lint;

typedef enum iso_date_style {
  ISO_DATE_ISO = 0, /* 2026-03-05 (English, Swedish) */
  ISO_DATE_DMY,     /* 5.3.2026 (Finnish) */
  ISO_DATE_DMY_00   /* 05.03.2026 (German, DIN 5008) */
} iso_date_style;

typedef struct iso_lang_def {
  const char *code; /* the document's `language`, the scaffolds' folder */
  const char *tag;  /* BCP 47, for document properties: "sv-SE" */
  const char *labels[ISO_L_COUNT];
  const char *doc_types[7]; /* by iso_doc_type */
  iso_date_style date;
  /* "1 year", "2 years", "1 month", "6 months" */
  const char *year, *years, *month, *months;
  /* Word's decimal symbol and list separator for the language */
  const char *decimal, *list_sep;
  /* hyphenation: libhyphen pattern files tried in order, or a libvoikko
   * language code; neither: no break points */
  const char *hyphen_dic[3];
  const char *voikko;
  iso_lang_lint lint;
} iso_lang_def;

/* The language's table; English for an unknown LANG. */
const iso_lang_def *iso_lang_get(iso_lang lang);
/* The language whose code is CODE, or -1. */
int iso_lang_from_code(const char *code);

extern const iso_lang_def iso_lang_en, iso_lang_fi, iso_lang_sv, iso_lang_de;

#endif
