/* Subset fonts handed to libharu from memory. libharu 2.3's public calls
 * load fonts only by file name, through a stdio stream that seeks and
 * reads each table piece by piece (60 system calls a font); its font
 * loader itself takes any stream (HPDF_TTFontDef_Load), so the subset
 * (subset.h) is given to it as a read-only stream over its bytes. */
#ifndef ISO_PDF_MEMFONT_H
#define ISO_PDF_MEMFONT_H

#include <stddef.h>
#include <stdint.h>

#include <hpdf.h>

#include "subset.h"

typedef struct pdf_memfont {
  unsigned char *data; /* NULL: none */
  size_t len;
  uint64_t digest; /* of the subset's bytes (fontfile.h names fonts by it) */
  HPDF_FontDef parsed; /* a kept subset's parse, copied for each document
                          (ttfclone.h); NULL until the first */
  int parse_tried;     /* parsed or found not copyable */
} pdf_memfont;

/* The subset of face INDEX of FILE for CHARS into *M. 0 on success; -1
 * when the font cannot be subset (the caller then loads FILE itself); -2
 * when memory ran out. */
int pdf_memfont_make(pdf_memfont *m, const char *file, unsigned index,
                     const pdf_charset *chars);
/* Loads M's font into PDF, embedded, as HPDF_LoadTTFontFromFile would;
 * returns its name, or NULL when libharu or memory failed. With TAKE the
 * document takes M's bytes (M is emptied, even on failure); without, they
 * are read in place and must outlive PDF, and are parsed only the first
 * time (M keeps the parse for the process). */
const char *pdf_memfont_load(HPDF_Doc pdf, pdf_memfont *m, int take);
/* Frees M's parse, for a memfont that is not kept for the process. */
void pdf_memfont_forget(pdf_memfont *m);

#endif
