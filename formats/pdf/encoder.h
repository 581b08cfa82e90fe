/* The codes of the PDF's UTF-8 faces (type0.h): each character as its
 * UTF-16BE code, as libharu's "UTF-8" encoder codes text (a character
 * above U+FFFF becomes a space; a byte that starts no character is
 * skipped), so the code of a character is its code point. */
#ifndef ISO_PDF_ENCODER_H
#define ISO_PDF_ENCODER_H

#include <stddef.h>

#include "internal.h"

/* The UTF-8 reader's state: zeroed before a text. */
typedef struct pdf_utf8 {
  unsigned char cur, end, bytes[4];
} pdf_utf8;

/* Takes byte B of a text: 1 when it ends a character, whose code is then
 * pdf_utf8_code(S); 0 otherwise. */
int pdf_utf8_step(pdf_utf8 *s, unsigned char b);
unsigned pdf_utf8_code(const pdf_utf8 *s);

/* TEXT (LEN bytes of UTF-8) in those codes, two bytes each, appended to
 * OUT: what the page's content stream shows. -1 when memory ran out. */
int pdf_encoder_codes(const char *text, size_t len, iso_buf *out);

#endif
