/* A part's leading bytes that every document of a batch repeats (an ODT's
 * styles.xml before its master pages: 24 of its 25 KB are the theme's),
 * deflated once per process (see package.h). The prefix is deflated by
 * zlib and ends in a sync flush, a byte-aligned block that is not the
 * last, so the part's own rest, deflated on its own, follows it as one
 * valid deflate stream. libdeflate cannot stop a stream short of its
 * final block, which is why zlib makes this half. The bytes written are
 * the same whether the prefix was kept or deflated now. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "package.h"
#include "util.h"

/* DATA deflated, raw, at zlib's default level, ending in Z_SYNC_FLUSH's
 * empty stored block; 0 or -1. Level 9 would make an ODT 60 bytes smaller
 * but cost a single conversion 0.4 ms (zlib's level 6 takes what
 * libdeflate's level 6 took for the whole part). */
static int deflate_prefix(const unsigned char *data, size_t len,
                          unsigned char **z, size_t *zlen) {
  z_stream s;
  memset(&s, 0, sizeof s);
  if (len > (size_t)UINT32_MAX / 2 ||
      deflateInit2(&s, 6, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    return -1;
  /* deflateBound leaves out the flush's block: five bytes and the bits
   * before it */
  size_t cap = deflateBound(&s, (uLong)len) + 16;
  unsigned char *out = malloc(cap);
  int rc = -1;
  if (out) {
    s.next_in = (Bytef *)data;
    s.avail_in = (uInt)len;
    s.next_out = out;
    s.avail_out = (uInt)cap;
    if (deflate(&s, Z_SYNC_FLUSH) == Z_OK && s.avail_in == 0 &&
        s.avail_out > 0) {
      *z = out;
      *zlen = cap - s.avail_out;
      out = NULL;
      rc = 0;
    }
  }
  deflateEnd(&s);
  free(out);
  return rc;
}

/* reuse.c's slots keep the prefixes too, under a key no part has */
#define KEY_TAIL "#prefix"

int iso_zip_prefix(const char *name, const unsigned char *data, size_t len,
                   unsigned char **z, size_t *zlen) {
  *z = NULL;
  char *const parts[] = {(char *)name, KEY_TAIL};
  char *key = iso_join(parts, 2, "");
  if (!key)
    return -1;
  uint32_t unused;
  int rc = iso_zip_reused(key, data, len, z, zlen, &unused);
  if (!rc) {
    unsigned char *raw = NULL;
    if (deflate_prefix(data, len, z, zlen) || !(raw = malloc(len ? len : 1))) {
      free(*z);
      *z = NULL;
      rc = -1;
    } else {
      memcpy(raw, data, len);
      iso_zip_keep(key, raw, len, *z, *zlen, 0);
    }
  }
  free(key);
  return rc;
}
