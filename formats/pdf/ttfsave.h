/* The embedded font file of a loaded TrueType font, written from the bytes
 * libharu loaded it from. HPDF_TTFontDef_SaveFontData makes the same file
 * by reading the font back through its stream four bytes at a time and
 * through memory streams it copies a byte at a time: a sixth of converting
 * one document. This writes the same bytes, the same way (the 13 tables
 * libharu embeds, in its order, unpadded; only the used glyphs; the subset
 * tag in the names; its checksums), with memcpy; tests/pdf/ttfsave_test
 * compares the two byte for byte. */
#ifndef ISO_PDF_TTFSAVE_H
#define ISO_PDF_TTFSAVE_H

#include <stddef.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

/* The font file of DEF, a TrueType font loaded from the LEN bytes at SRC,
 * into *OUT (caller frees) and *OUT_LEN. Returns 0; 1 when the bytes are
 * not what libharu's parse of them says (a table or glyph out of range),
 * so that libharu's own call decides; -1 when out of memory. */
int pdf_ttf_save(HPDF_FontDef def, const unsigned char *src, size_t len,
                 unsigned char **out, size_t *out_len);

#endif
