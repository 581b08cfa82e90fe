/* The embedded font files of the PDF's TrueType fonts, made before libharu
 * saves the document instead of while it saves it:
 * - the subset's name prefix ("ABCDEF+LiberationSans") comes from what the
 *   subset holds (the font's bytes and the glyphs the document used), so
 *   two PDFs share a prefix only when they embed the same subset; libharu
 *   numbers them HPDFAA, HPDFAB... in load order, the same in every PDF,
 *   which makes tools that merge PDFs take different subsets for one;
 * - the font file, which libharu re-serialises (reading the font back four
 *   bytes at a time) and deflates at zlib's default level for every
 *   document, is written once per process (ttfsave.h), deflated and reused
 *   by every later document that embeds the same subset (in a batch, the
 *   same face with the same glyphs): each PDF still holds its own copy.
 * The descriptor has the entries libharu would give it. */
#ifndef ISO_PDF_FONTFILE_H
#define ISO_PDF_FONTFILE_H

#include <stdint.h>

#include <hpdf.h>

/* Names FONT's subset and gives it its font file; DIGEST identifies the
 * font file libharu loaded (memfont.h; 0 when unknown). Fonts that are not
 * embedded TrueType fonts, or already have a descriptor, are left alone.
 * Returns 0, or -1 when memory ran out. */
int pdf_fontfile_prepare(HPDF_Font font, uint64_t digest);

#endif
