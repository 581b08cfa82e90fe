/* The file fontconfig gives for a pattern such as "Liberation Sans", for
 * the PDF tests that load fonts themselves. Caller frees; NULL when none. */
#ifndef ISO_TEST_FIND_FONT_H
#define ISO_TEST_FIND_FONT_H

#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>

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

#endif
