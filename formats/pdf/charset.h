/* Windows-1252 for the PDF writer's single-byte fonts (see charset.c). */
#ifndef ISO_PDF_CHARSET_H
#define ISO_PDF_CHARSET_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "subset.h"

/* The Windows-1252 byte of CP, or -1. */
int pdf_cp1252_byte(uint32_t cp);
/* Adds every character the PDF of DOC may show (its BMP ones) to SET;
 * returns 1 when they all fit Windows-1252, 0 when not, -1 when DOC is not
 * a document. */
int pdf_doc_chars(const iso_node *doc, pdf_charset *set);
/* Adds the characters of Windows-1252 (without the controls) to SET. */
void pdf_charset_add_cp1252(pdf_charset *set);
/* S (UTF-8, LEN bytes) as Windows-1252, '?' for what does not fit. Caller
 * frees; NULL when out of memory. */
char *pdf_to_cp1252(const char *s, size_t len);

/* S (UTF-8) in PDFDocEncoding into OUT (room for strlen(S) + 1 bytes);
 * -1 when a character has no byte there. Text strings of the document
 * information and bookmarks that fit need no UTF-16, and the PDF then needs
 * no UTF-8 encoder (1.4 million instructions to set up, per document). */
int pdf_to_docenc(const char *s, char *out);

#endif
