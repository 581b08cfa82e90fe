/* Subset fonts handed to libharu as files. libharu 2.3 loads fonts only by
 * file name, so the subset (subset.h) lives in an anonymous memory file
 * named through /proc/self/fd: nothing is written to disk and nothing is
 * left behind when the process ends. */
#ifndef ISO_PDF_MEMFONT_H
#define ISO_PDF_MEMFONT_H

#include "subset.h"

#include <stdint.h>

typedef struct pdf_memfont {
  int fd; /* -1: none */
  char path[32];
  uint64_t digest; /* of the subset's bytes (fontfile.h names fonts by it) */
} pdf_memfont;

/* The subset of face INDEX of FILE for CHARS, in a memory file at M->path.
 * 0 on success; -1 when the font cannot be subset, memory files are not
 * available (the caller then loads FILE itself); -2 when memory ran out. */
int pdf_memfont_make(pdf_memfont *m, const char *file, unsigned index,
                     const pdf_charset *chars);
void pdf_memfont_close(pdf_memfont *m);

#endif
