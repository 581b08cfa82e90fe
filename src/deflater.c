/* Compressors per thread (see deflater.h). */
#include <pthread.h>
#include <stdlib.h>

#include "deflater.h"

typedef struct kept {
  struct libdeflate_compressor *c[13];
} kept;

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int key_ok;

static void drop(void *p) {
  kept *k = p;
  for (int i = 0; i < 13; i++)
    if (k->c[i])
      libdeflate_free_compressor(k->c[i]);
  free(k);
}

static void make_key(void) { key_ok = pthread_key_create(&key, drop) == 0; }

struct libdeflate_compressor *iso_deflater(int level) {
  if (level < 1 || level > 12)
    return NULL;
  pthread_once(&once, make_key);
  if (!key_ok)
    return NULL;
  kept *k = pthread_getspecific(key);
  if (!k) {
    k = calloc(1, sizeof *k);
    if (!k || pthread_setspecific(key, k) != 0) {
      free(k);
      return NULL;
    }
  }
  if (!k->c[level])
    k->c[level] = libdeflate_alloc_compressor(level);
  return k->c[level];
}
