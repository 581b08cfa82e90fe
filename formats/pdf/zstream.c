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

void *pdf_deflater(void) { return iso_deflater(LEVEL); }

unsigned char *pdf_deflate_best(const void *data, size_t len, size_t *out_len) {
  struct libdeflate_compressor *z = iso_deflater(10);
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

static HPDF_STATUS deflated(HPDF_Dict d, HPDF_Stream s) {
  (void)d;
  return HPDF_Stream_WriteStr(s, "/Filter /FlateDecode\012");
}

void pdf_stream_mark_deflated(HPDF_Dict s) {
  s->filter = HPDF_STREAM_FILTER_NONE;
  s->write_fn = deflated;
}

int pdf_stream_put_deflated(HPDF_Dict s, void *z, const void *data,
                            size_t len) {
  if (!z || !s)
    return -1;
  size_t cap = libdeflate_zlib_compress_bound(z, len);
  unsigned char *out = malloc(cap ? cap : 1);
  if (!out)
    return -1;
  size_t n = libdeflate_zlib_compress(z, data, len, out, cap);
  if (!n) {
    free(out);
    return -1;
  }
  /* the dictionary's stream reads these bytes in place (bytestream.h) */
  if (pdf_dict_take_bytes(s, out, n) < 0)
    return -1;
  pdf_stream_mark_deflated(s);
  return 0;
}
