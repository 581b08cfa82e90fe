/* A page's content stream, written here instead of through libharu's page
 * operators: each of those formats its numbers into a 512-byte buffer it
 * clears first, looks fonts up, parses text through the encoder, and
 * copies the result into its memory stream a byte at a time; the stream is
 * then read back and deflated by zlib at save time. That was a fifth of a
 * PDF's instructions. Here the operators go into one buffer, are deflated
 * once (zstream.h) and handed to the page as finished bytes.
 *
 * The operators and numbers are those libharu writes (pdf_real is its
 * number format; the text position is kept in floats as it keeps it), so
 * the inflated streams equal libharu's byte for byte but for the text of
 * Type 0 fonts, written as a binary string where libharu writes hex;
 * tests/pdf/content_test.c compares them. */
#ifndef ISO_PDF_CONTENT_H
#define ISO_PDF_CONTENT_H

#include <stddef.h>

#include <hpdf.h>

#include "internal.h"

typedef struct pdf_content {
  iso_buf b;
  /* the text matrix as libharu keeps it: Td moves its origin */
  float ta, tb, tc, td, tx, ty;
} pdf_content;

void pdf_content_init(pdf_content *c);
void pdf_content_free(pdf_content *c);

/* V as libharu writes a real: at most five decimals, trailing zeros cut,
 * clamped to +-32767. Writes at most 13 bytes at S; returns the end. */
char *pdf_real(char *s, float v);

/* An operator without operands: "BT" (which also resets the text matrix),
 * "ET", "f", "S", "q", "Q". */
void pdf_cs_op(pdf_content *c, const char *op);
/* N numbers and an operator: "rg", "RG", "w", "re", "m", "l", "cm". */
void pdf_cs_nums(pdf_content *c, const float *v, int n, const char *op);
/* "/NAME size Tf". */
void pdf_cs_font(pdf_content *c, const char *name, float size);
/* "Td" to the absolute position X, Y of the next text (HPDF_Page_TextOut's
 * arithmetic). */
void pdf_cs_text_pos(pdf_content *c, float x, float y);
/* "a b c d x y Tm", which sets the text matrix. */
void pdf_cs_text_matrix(pdf_content *c, float a, float b, float cc, float d,
                        float x, float y);
/* "(...) Tj" of the LEN bytes S: one-byte codes escaped as libharu
 * escapes them, or the two-byte codes of a Type 0 font (TWO_BYTE) as bytes
 * with only what a literal string must escape (libharu writes those in
 * hex, twice the size). */
void pdf_cs_show(pdf_content *c, const unsigned char *s, size_t len,
                 int two_byte);
/* "/NAME Do" inside "q w 0 0 h x y cm ... Q" (HPDF_Page_DrawImage). */
void pdf_cs_image(pdf_content *c, const char *name, float x, float y, float w,
                  float h);

/* Deflates C's operators (zstream.h) into PAGE's content stream and
 * empties C. -1 when memory ran out or libharu failed. */
int pdf_content_finish(pdf_content *c, HPDF_Page page);

#endif
