/* libFuzzer harness for the TrueType subsetter and the font file writer:
 * any bytes are refused or cut, what is cut can be read and cut again, and
 * once libharu has loaded the cut font, ttfsave.c writes the font file
 * libharu's HPDF_TTFontDef_SaveFontData writes, byte for byte, for a glyph
 * set taken from the input (or leaves it to libharu). Built by `make fuzz`,
 * seeded with the installed Liberation fonts. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "../../formats/pdf/bytestream.h"
#include "../../formats/pdf/memfont.h"
#include "../../formats/pdf/subset.h"
#include "../../formats/pdf/ttfsave.h"

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *user) {
  (void)code, (void)detail, (void)user;
}

/* The cut font OUT through both writers, with glyphs flagged from DATA. */
static void both_writers(unsigned char *out, size_t n, const uint8_t *data,
                         size_t size) {
  HPDF_Doc pdf = HPDF_New(on_error, NULL);
  if (!pdf)
    return;
  pdf_memfont m = {out, n, 0, NULL, 0};
  const char *name = pdf_memfont_load(pdf, &m, 0);
  HPDF_FontDef def = name ? HPDF_GetFontDef(pdf, name) : NULL;
  if (def && def->type == HPDF_FONTDEF_TYPE_TRUETYPE) {
    HPDF_TTFontDefAttr a = def->attr;
    for (unsigned i = 1; i < a->num_glyphs && size; i++)
      a->glyph_tbl.flgs[i] = (data[i % size] >> (i % 8)) & 1;
    char tag[7] = "FUZZAA";
    HPDF_TTFontDef_SetTagName(def, tag);
    unsigned char *ours = NULL;
    size_t ours_len = 0;
    int rc = pdf_ttf_save(def, out, n, &ours, &ours_len);
    if (rc == 0) {
      iso_buf theirs;
      iso_buf_init(&theirs);
      HPDF_Stream s = pdf_buf_stream(pdf->mmgr, &pdf->error, &theirs);
      if (s && HPDF_TTFontDef_SaveFontData(def, s) == HPDF_OK &&
          !theirs.failed &&
          (theirs.len != ours_len || a->length1 != ours_len ||
           memcmp(theirs.data, ours, ours_len) != 0))
        abort(); /* not libharu's file */
      if (s)
        HPDF_Stream_Free(s);
      iso_buf_free(&theirs);
    }
    free(ours);
  }
  HPDF_Free(pdf);
  pdf_memfont_forget(&m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static pdf_charset cs;
  static int ready;
  if (!ready) {
    for (uint32_t cp = 0x20; cp < 0x100; cp++) /* Latin-1, and a few more */
      pdf_charset_add(&cs, cp);
    static const uint32_t more[] = {0x20AC, 0x2013, 0x2014, 0x201C, 0x201D,
                                    0x2022, 0x2264, 0x25E6, 0xFB01};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
      pdf_charset_add(&cs, more[i]);
    ready = 1;
  }
  for (unsigned face = 0; face < 2; face++) { /* a collection's second */
    unsigned char *out = NULL;
    size_t n = 0;
    int rc = pdf_ttf_subset(data, size, face, &cs, &out, &n);
    if (rc != 0 && rc != -1 && rc != -2)
      abort();
    if (rc == 0) {
      unsigned char *again = NULL;
      size_t m = 0;
      if (pdf_ttf_subset(out, n, 0, &cs, &again, &m) == -1)
        abort(); /* our own output must be readable */
      free(again);
      both_writers(out, n, data, size);
    }
    free(out);
  }
  return 0;
}
