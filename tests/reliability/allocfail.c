/* Allocation-failure injection: the Nth allocation fails, for every N, while
 * the loader and then each writer work on a small document. Every failure
 * must end in a clean error: no crash, nothing leaked, and never an output
 * that differs from the good one (a writer that says it succeeded must have
 * produced exactly the bytes of an undisturbed run).
 *
 * malloc and friends are replaced for the whole process (glibc supports
 * replacing them by symbol interposition); each block carries a small header
 * so blocks of this test can be told apart and counted. Not for sanitizer
 * builds, which replace malloc themselves. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <malloc.h>
#include <string.h>

#include "isoexport.h"

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif

#ifndef SANITIZED
extern void *__libc_malloc(size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);
extern void *__libc_memalign(size_t, size_t);

/* 16 bytes, so looking at the header of a block that is not ours never reads
 * outside glibc's own chunk header. */
#define MAGIC 0xA11F00D5u
struct head {
  uint32_t magic;
  uint32_t offset; /* from what __libc_* returned */
  uint64_t size;   /* size asked for */
};

static long countdown = -1; /* fail when it reaches 0; -1 never */
static long live;           /* blocks of ours not yet freed */
static long calls;

static int should_fail(void) {
  calls++;
  if (countdown < 0)
    return 0;
  if (countdown == 0) {
    countdown = -1;
    return 1;
  }
  countdown--;
  return 0;
}

static void *wrap(void *base, size_t align, size_t n) {
  if (!base)
    return NULL;
  uintptr_t p = (uintptr_t)base + sizeof(struct head);
  if (align > 16)
    p = (p + align - 1) & ~(uintptr_t)(align - 1);
  struct head *h = (struct head *)p - 1;
  h->magic = MAGIC;
  h->offset = (uint32_t)(p - (uintptr_t)base);
  h->size = n;
  live++;
  return (void *)p;
}

static struct head *head_of(void *p) {
  struct head *h = (struct head *)p - 1;
  return h->magic == MAGIC ? h : NULL;
}

void *malloc(size_t n) {
  if (should_fail()) {
    errno = ENOMEM;
    return NULL;
  }
  return wrap(__libc_malloc(n + sizeof(struct head)), 0, n);
}

void free(void *p) {
  if (!p)
    return;
  struct head *h = head_of(p);
  if (!h) {
    __libc_free(p);
    return;
  }
  void *base = (char *)p - h->offset;
  h->magic = 0;
  live--;
  __libc_free(base);
}

void *calloc(size_t a, size_t b) {
  if (b && a > SIZE_MAX / b)
    return NULL;
  void *p = malloc(a * b);
  if (p)
    memset(p, 0, a * b);
  return p;
}

void *realloc(void *p, size_t n) {
  if (!p)
    return malloc(n);
  struct head *h = head_of(p);
  if (!h)
    return __libc_realloc(p, n);
  if (should_fail()) {
    errno = ENOMEM;
    return NULL;
  }
  void *q = wrap(__libc_malloc(n + sizeof(struct head)), 0, n);
  if (!q)
    return NULL;
  memcpy(q, p, h->size < n ? h->size : n);
  free(p);
  return q;
}

void *reallocarray(void *p, size_t a, size_t b) {
  if (b && a > SIZE_MAX / b)
    return NULL;
  return realloc(p, a * b);
}

static void *aligned(size_t align, size_t n) {
  if (should_fail())
    return NULL;
  return wrap(__libc_malloc(n + sizeof(struct head) + align), align, n);
}
void *memalign(size_t align, size_t n) { return aligned(align, n); }
void *aligned_alloc(size_t align, size_t n) { return aligned(align, n); }
int posix_memalign(void **out, size_t align, size_t n) {
  void *p = aligned(align, n);
  if (!p)
    return ENOMEM;
  *out = p;
  return 0;
}
void *valloc(size_t n) { return aligned(4096, n); }
void *pvalloc(size_t n) { return aligned(4096, (n + 4095) & ~(size_t)4095); }
size_t malloc_usable_size(void *p) {
  struct head *h = p ? head_of(p) : NULL;
  return h ? h->size : 0;
}

/* One step: load, or load and write with one writer. Returns 0 when it
 * succeeded; the output goes into OUT. */
static int step(const char *path, const iso_writer *w, iso_buf *out) {
  iso_diags *d = iso_diags_new();
  if (!d)
    return -1;
  iso_node *doc = iso_load_file(path, NULL, d);
  int rc = doc ? 0 : -1;
  if (doc && w) {
    if (w->write(doc, iso_theme_default(), out, d) != 0 || out->failed)
      rc = -1;
  }
  iso_node_free(doc);
  iso_diags_free(d);
  return rc;
}

static int run(const char *path, const iso_writer *w, const char *what) {
  iso_buf good;
  iso_buf_init(&good);
  /* warm-up twice: libraries set up their caches once per process */
  step(path, w, &good);
  iso_buf_free(&good);
  if (step(path, w, &good) != 0) {
    fprintf(stderr, "%s: fails without injected failures\n", what);
    return 1;
  }
  long before = live;
  calls = 0;
  iso_buf tmp;
  iso_buf_init(&tmp);
  step(path, w, &tmp);
  iso_buf_free(&tmp);
  long total = calls;
  if (live != before) {
    fprintf(stderr, "%s: %ld blocks leaked by a normal run\n", what, live - before);
    return 1;
  }
  /* Every N, or a stride when there are very many allocations. */
  long stride = total > 6000 ? total / 3000 : 1;
  int bad = 0;
  long tried = 0, failed_clean = 0;
  for (long n = 0; n < total && bad < 5; n += stride) {
    iso_buf out;
    iso_buf_init(&out);
    countdown = n;
    int rc = step(path, w, &out);
    countdown = -1;
    tried++;
    if (rc == 0 && (out.len != good.len || memcmp(out.data, good.data, good.len) != 0)) {
      fprintf(stderr, "%s: allocation %ld failed, the writer said it succeeded, "
                      "and the output differs\n", what, n);
      bad++;
    }
    if (rc != 0)
      failed_clean++;
    iso_buf_free(&out);
    if (live != before) {
      fprintf(stderr, "%s: allocation %ld failed: %ld blocks leaked\n", what, n,
              live - before);
      bad++;
      before = live;
    }
  }
  iso_buf_free(&good);
  fprintf(stderr, "%s: %ld allocations, %ld injected failures tried, %ld ended in a clean error\n",
          what, total, tried, failed_clean);
  return bad ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: allocfail DOCUMENT.yaml [writer...]\n");
    return 2;
  }
  int rc = run(argv[1], NULL, "loader");
  for (int i = 2; i < argc; i++) {
    const iso_writer *w = iso_writer_find(argv[i]);
    if (!w) {
      fprintf(stderr, "no writer %s\n", argv[i]);
      return 2;
    }
    rc |= run(argv[1], w, argv[i]);
  }
  return rc;
}
#else
int main(void) {
  fprintf(stderr, "SKIP: allocation-failure injection replaces malloc; not in a sanitizer build\n");
  return 77;
}
#endif
