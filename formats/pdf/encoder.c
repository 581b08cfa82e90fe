/* The codes of the UTF-8 faces (see encoder.h). */
#include <stdlib.h>

#include "encoder.h"

int pdf_utf8_step(pdf_utf8 *s, unsigned char b) {
  if (s->cur == 0) {
    s->bytes[0] = b;
    s->cur = 1;
    if (!(b & 0x80)) {
      s->cur = s->end = 0;
      return 1;
    }
    if ((b & 0xF8) == 0xF0)
      s->end = 3;
    else if ((b & 0xF0) == 0xE0)
      s->end = 2;
    else if ((b & 0xE0) == 0xC0)
      s->end = 1;
    else
      s->cur = 0; /* not a lead byte: skipped */
    return 0;
  }
  s->bytes[s->cur] = b;
  if (s->cur == s->end) {
    s->cur = 0;
    return 1;
  }
  s->cur++;
  return 0;
}

unsigned pdf_utf8_code(const pdf_utf8 *s) {
  unsigned v;
  switch (s->end) {
  case 3:
    v = ((s->bytes[0] & 7u) << 18) | ((s->bytes[1] & 0x3Fu) << 12) |
        ((s->bytes[2] & 0x3Fu) << 6) | (s->bytes[3] & 0x3Fu);
    break;
  case 2:
    v = ((s->bytes[0] & 0xFu) << 12) | ((s->bytes[1] & 0x3Fu) << 6) |
        (s->bytes[2] & 0x3Fu);
    break;
  case 1:
    v = ((s->bytes[0] & 0x1Fu) << 6) | (s->bytes[1] & 0x3Fu);
    break;
  default:
    v = s->bytes[0];
  }
  return v > 0xFFFF ? 32 : v; /* as libharu's */
}

int pdf_encoder_codes(const char *text, size_t len, iso_buf *out) {
  unsigned char small[256];
  unsigned char *b = len * 2 <= sizeof small ? small : malloc(len * 2);
  if (!b)
    return -1;
  pdf_utf8 s = {0, 0, {0}};
  unsigned char *c = b;
  for (size_t i = 0; i < len; i++)
    if (pdf_utf8_step(&s, (unsigned char)text[i])) {
      unsigned u = pdf_utf8_code(&s);
      *c++ = (unsigned char)(u >> 8);
      *c++ = (unsigned char)(u & 0xFF);
    }
  if (c > b)
    iso_buf_append(out, b, (size_t)(c - b));
  if (b != small)
    free(b);
  return out->failed ? -1 : 0;
}
