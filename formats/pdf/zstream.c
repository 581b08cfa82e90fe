/* Streams deflated by the writer (see zstream.h). */
#include <stdlib.h>

#include <libdeflate.h>

#include "bytestream.h"
#include "deflater.h"
#include "zstream.h"

/* libdeflate's level 7: over the samples, the cross-test documents and the
 * benchmark's policies every page's stream is smaller than zlib's default
 * level made it (tests/pdf/deflate.sh), at about half zlib's time; level 6
 * made a few streams a few bytes larger. */
#define LEVEL 7

/* LEN bytes at DATA deflated (zlib format) at LEVEL into a new buffer of
 * *OUT_LEN bytes; NULL when out of memory. */
static unsigned char *deflate_at(int level, const void *data, size_t len,
                                 size_t *out_len) {
  struct libdeflate_compressor *z = iso_deflater(level);
  if (!z)
    return NULL;
  size_t cap = libdeflate_zlib_compress_bound(z, len);
  unsigned char *out = malloc(cap ? cap : 1);
  size_t n = out ? libdeflate_zlib_compress(z, data, len, out, cap) : 0;
  if (!n) {
    free(out);
    return NULL;
  }
  *out_len = n;
  return out;
}

/* Font files at the pages' level too, with the same compressor: zlib's
 * default level took 0.7 ms a font (a sixth of converting one English
 * policy to PDF, five fonts with the register's); this takes an eighth of
 * that, for files 0.1% (at most 0.35%) larger (zstream.h). */
unsigned char *pdf_deflate_font(const void *data, size_t len, size_t *out_len) {
  return deflate_at(LEVEL, data, len, out_len);
}

static HPDF_STATUS deflated(HPDF_Dict d, HPDF_Stream s) {
  (void)d;
  return HPDF_Stream_WriteStr(s, "/Filter /FlateDecode\012");
}

void pdf_stream_mark_deflated(HPDF_Dict s) {
  s->filter = HPDF_STREAM_FILTER_NONE;
  s->write_fn = deflated;
}

int pdf_stream_put_deflated(HPDF_Dict s, const void *data, size_t len) {
  size_t n = 0;
  unsigned char *out = s ? deflate_at(LEVEL, data, len, &n) : NULL;
  /* the dictionary's stream reads these bytes in place (bytestream.h) */
  if (!out || pdf_dict_take_bytes(s, out, n) < 0)
    return -1;
  pdf_stream_mark_deflated(s);
  return 0;
}
