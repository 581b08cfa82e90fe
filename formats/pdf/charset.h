/* Windows-1252 for the PDF writer's single-byte fonts (see charset.c). */
#ifndef ISO_PDF_CHARSET_H
#define ISO_PDF_CHARSET_H

#include <stddef.h>
#include <stdint.h>

#include "isoexport.h"

/* The Windows-1252 byte of CP, or -1. */
int pdf_cp1252_byte(uint32_t cp);
/* 1 when every string the PDF of DOC may show fits Windows-1252. */
int pdf_doc_fits_cp1252(const iso_node *doc);
/* S (UTF-8, LEN bytes) as Windows-1252, '?' for what does not fit. Caller
 * frees; NULL when out of memory. */
char *pdf_to_cp1252(const char *s, size_t len);

#endif
