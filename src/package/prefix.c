/* A part's leading bytes that every document of a batch repeats (an ODT's
 * styles.xml before its master pages: 24 of its 25 KB are the theme's),
 * deflated once per process (see package.h). The prefix is deflated by
 * zlib and ends in a sync flush, a byte-aligned block that is not the
 * last, so the part's own rest, deflated on its own, follows it as one
 * valid deflate stream. libdeflate cannot stop a stream short of its
 * final block, which is why zlib makes this half. The bytes written are
 * the same whether the prefix was kept or deflated now. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "package.h"
#include "util.h"

#define SLOTS 8
#define MAX_KEPT ((size_t)256 << 10)

typedef struct slot {
  char *name;
  unsigned char *raw;
  size_t len;
  unsigned char *z;
  size_t zlen;
} slot;

static slot slots[SLOTS];
static size_t nslots;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

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

static slot *find(const char *name) {
  for (size_t i = 0; i < nslots; i++)
    if (strcmp(slots[i].name, name) == 0)
      return &slots[i];
  return NULL;
}

/* Keeps copies of DATA and Z under NAME, replacing what it held. */
static void keep(const char *name, const unsigned char *data, size_t len,
                 const unsigned char *z, size_t zlen) {
  if (len > MAX_KEPT)
    return;
  unsigned char *raw = malloc(len ? len : 1), *zc = malloc(zlen ? zlen : 1);
  slot *s = NULL;
  if (raw && zc) {
    memcpy(raw, data, len);
    memcpy(zc, z, zlen);
    pthread_mutex_lock(&lock);
    s = find(name);
    if (!s && nslots < SLOTS) {
      char *nm = iso_strdup(name);
      if (nm) {
        s = &slots[nslots++];
        s->name = nm;
      }
    }
    if (s) {
      free(s->raw);
      free(s->z);
      s->raw = raw, s->len = len, s->z = zc, s->zlen = zlen;
      raw = zc = NULL;
    }
    pthread_mutex_unlock(&lock);
  }
  free(raw);
  free(zc);
}

int iso_zip_prefix(const char *name, const unsigned char *data, size_t len,
                   unsigned char **z, size_t *zlen) {
  *z = NULL;
  pthread_mutex_lock(&lock);
  slot *s = find(name);
  if (s && s->len == len && memcmp(s->raw, data, len) == 0 &&
      (*z = malloc(s->zlen)) != NULL) {
    memcpy(*z, s->z, s->zlen);
    *zlen = s->zlen;
  }
  pthread_mutex_unlock(&lock);
  if (*z)
    return 1;
  if (deflate_prefix(data, len, z, zlen))
    return -1;
  keep(name, data, len, *z, *zlen);
  return 0;
}
