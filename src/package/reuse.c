/* Parts deflated once per process (see package.h). The parts a theme
 * makes (a DOCX's styles and numbering, its content types and
 * relationships, an ODT's settings and manifest) are the same bytes for
 * every document of a batch; a quarter of a DOCX's bytes were deflated
 * again for each. One slot per part name keeps the last bytes written
 * under it: a part is reused only when its name, length and every byte
 * are those kept, so nothing but the time depends on the cache. The
 * prefixes of prefix.c are kept here too, under keys of their own. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "package.h"
#include "util.h"

/* Larger parts (a long document.xml) are the documents' own. */
#define MAX_KEPT ((size_t)256 << 10)
#define SLOTS 32

typedef struct slot {
  char *name;
  unsigned char *raw; /* the part as written */
  size_t len;
  unsigned char *z; /* its raw deflate */
  size_t zlen;
  uint32_t crc;
} slot;

static slot slots[SLOTS];
static size_t nslots;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static slot *find(const char *name) {
  for (size_t i = 0; i < nslots; i++)
    if (strcmp(slots[i].name, name) == 0)
      return &slots[i];
  return NULL;
}

int iso_zip_reused(const char *name, const unsigned char *data, size_t len,
                   unsigned char **z, size_t *zlen, uint32_t *crc) {
  int hit = 0;
  *z = NULL;
  pthread_mutex_lock(&lock);
  slot *s = find(name);
  if (s && s->len == len && memcmp(s->raw, data, len) == 0 &&
      (*z = malloc(s->zlen ? s->zlen : 1)) != NULL) {
    memcpy(*z, s->z, s->zlen);
    *zlen = s->zlen;
    *crc = s->crc;
    hit = 1;
  }
  pthread_mutex_unlock(&lock);
  return hit;
}

void iso_zip_keep(const char *name, unsigned char *raw, size_t len,
                  const unsigned char *z, size_t zlen, uint32_t crc) {
  unsigned char *zc = len <= MAX_KEPT ? malloc(zlen ? zlen : 1) : NULL;
  if (!zc) {
    free(raw);
    return;
  }
  memcpy(zc, z, zlen);
  pthread_mutex_lock(&lock);
  slot *s = find(name);
  if (!s && nslots < SLOTS) {
    char *nm = iso_strdup(name);
    if (nm) {
      s = &slots[nslots++];
      s->name = nm;
    }
  }
  if (s) { /* replaces what the name held */
    free(s->raw);
    free(s->z);
    s->raw = raw, s->len = len, s->z = zc, s->zlen = zlen, s->crc = crc;
    raw = zc = NULL;
  }
  pthread_mutex_unlock(&lock);
  free(raw);
  free(zc);
}
