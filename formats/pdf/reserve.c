/* libharu's allocator with an emergency reserve. */
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "reserve.h"

/* Enough for any one libharu call to finish (a font file, an image). */
#define RESERVE_SIZE ((size_t)256 << 20)

static _Thread_local pdf_reserve *current;

void pdf_reserve_begin(pdf_reserve *r, HPDF_STATUS *err) {
  r->base = NULL;
  r->size = r->used = 0;
  r->err = err;
  current = r;
}

void pdf_reserve_end(pdf_reserve *r) {
  if (r->base)
    munmap(r->base, r->size);
  r->base = NULL;
  if (current == r)
    current = NULL;
}

static int in_reserve(const pdf_reserve *r, const void *p) {
  return r && r->base && (const unsigned char *)p >= r->base &&
         (const unsigned char *)p < r->base + r->size;
}

void *pdf_reserve_alloc(HPDF_UINT size) {
  void *p = malloc(size ? size : 1);
  pdf_reserve *r = current;
  if (p || !r)
    return p;
  if (!r->base) {
    /* pages are only backed when touched */
    void *m = mmap(NULL, RESERVE_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
      return NULL;
    r->base = m;
    r->size = RESERVE_SIZE;
  }
  if (r->err && !*r->err)
    *r->err = HPDF_FAILD_TO_ALLOC_MEM;
  size_t n = ((size_t)size + 15) & ~(size_t)15;
  if (n > r->size - r->used)
    return NULL;
  p = r->base + r->used;
  r->used += n;
  return p;
}

void pdf_reserve_free(void *p) {
  if (!in_reserve(current, p)) /* reserve blocks go with the mapping */
    free(p);
}
