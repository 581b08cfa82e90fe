/* Fonts for the PDF tests that load them themselves: the file fontconfig
 * gives for a pattern such as "Liberation Sans", and a file's bytes. */
#ifndef ISO_TEST_FIND_FONT_H
#define ISO_TEST_FIND_FONT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>

/* Caller frees; NULL when none. */
static inline char *find_font(const char *spec) {
  FcPattern *p = FcNameParse((const FcChar8 *)spec);
  FcConfigSubstitute(NULL, p, FcMatchPattern);
  FcDefaultSubstitute(p);
  FcResult r;
  FcPattern *m = FcFontMatch(NULL, p, &r);
  FcPatternDestroy(p);
  FcChar8 *file = NULL;
  char *out = NULL;
  if (m && FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch)
    out = strdup((const char *)file);
  if (m)
    FcPatternDestroy(m);
  return out;
}

/* The bytes of FILE (caller frees) and *LEN; NULL when it cannot be read. */
static inline unsigned char *slurp(const char *file, size_t *len) {
  FILE *f = fopen(file, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  unsigned char *p = n > 0 ? malloc((size_t)n) : NULL;
  if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
    free(p);
    p = NULL;
  }
  fclose(f);
  *len = n > 0 ? (size_t)n : 0;
  return p;
}

#endif
