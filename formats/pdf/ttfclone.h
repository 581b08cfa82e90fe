/* A TrueType font definition libharu has parsed, copied into another
 * document. HPDF_TTFontDef_Load parses a font's tables afresh for every
 * document (its definitions belong to the document's memory manager):
 * 130,000 instructions for a subset of 250 glyphs, three faces a PDF, a
 * thirtieth of a batch's PDF. A subset kept for the process is parsed
 * once, into a definition of its own that no document uses, and each
 * document gets a copy of it, made as libharu's loader leaves one (no
 * glyph used but .notdef, no descriptor, no tag), freed by libharu's own
 * free function with the document. */
#ifndef ISO_PDF_TTFCLONE_H
#define ISO_PDF_TTFCLONE_H

#include <hpdf.h>
#include <hpdf_fontdef.h>

/* Whether libharu's parse T can be copied by pdf_ttf_clone (a format 4
 * cmap, no character set, embedded: what the subsetter's fonts give). */
int pdf_ttf_clonable(HPDF_FontDef t);
/* A copy of T in MMGR, reading its font data from S (which it then owns,
 * freed even when this fails); NULL when memory ran out. */
HPDF_FontDef pdf_ttf_clone(HPDF_MMgr mmgr, HPDF_FontDef t, HPDF_Stream s);

#endif
