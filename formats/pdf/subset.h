/* A small TrueType font cut out of a large one: only the glyphs of the
 * characters a PDF can show, with the tables libharu reads. libharu embeds
 * every table of whatever file it is given (the whole cmap, post glyph names,
 * hmtx and loca of all glyphs) and re-reads and deflates it for every
 * document; given a font of a few hundred glyphs it does a tenth of that work.
 * The glyphs, their outlines, hinting and metrics are copied unchanged. */
#ifndef ISO_PDF_SUBSET_H
#define ISO_PDF_SUBSET_H

#include <stddef.h>
#include <stdint.h>

/* A set of BMP code points, one bit each. */
typedef struct pdf_charset {
  uint8_t bit[65536 / 8];
} pdf_charset;

static inline void pdf_charset_add(pdf_charset *s, uint32_t cp) {
  if (cp < 65536)
    s->bit[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

static inline int pdf_charset_has(const pdf_charset *s, uint32_t cp) {
  return cp < 65536 && (s->bit[cp >> 3] >> (cp & 7)) & 1;
}

/* The TrueType face FACE (0 unless DATA is a collection) of the LEN bytes
 * at DATA, cut down to .notdef, the glyphs of the characters in CHARS and
 * the components of those glyphs, into *OUT (caller frees) and *OUT_LEN.
 * Returns 0; -1 when the font is not a TrueType font this code can read
 * (the caller then embeds the file whole); -2 when memory ran out. */
int pdf_ttf_subset(const unsigned char *data, size_t len, unsigned face,
                   const pdf_charset *chars, unsigned char **out,
                   size_t *out_len);

/* 0 when face FACE of DATA has the tables and counts pdf_ttf_subset reads,
 * with sizes that hold them, else -1: what a font handed to libharu whole
 * must pass first, since libharu trusts some of them. */
int pdf_ttf_check(const unsigned char *data, size_t len, unsigned face);

#endif
