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
#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <malloc.h>
#include <string.h>


#include "internal.h"

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

/* The live blocks, with who allocated them, so a leak report can say where
 * the lost blocks came from (ALLOCFAIL_WHO=1). Open addressing on the
 * pointer; deletions leave tombstones. */
#define SLOTS (1u << 21)
static struct slot {
  void *p;     /* NULL empty, (void *)1 tombstone */
  void *site;
  long serial;
} slots[SLOTS];
static long serial;

static size_t hash(void *p) {
  return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull) & (SLOTS - 1);
}
static void track_add(void *p, void *site) {
  for (size_t i = hash(p), k = 0; k < SLOTS; i = (i + 1) & (SLOTS - 1), k++)
    if (slots[i].p == NULL || slots[i].p == (void *)1) {
      slots[i] = (struct slot){p, site, serial++};
      return;
    }
}
static void track_del(void *p) {
  for (size_t i = hash(p), k = 0; k < SLOTS && slots[i].p; i = (i + 1) & (SLOTS - 1), k++)
    if (slots[i].p == p) {
      slots[i].p = (void *)1;
      return;
    }
}
static long calls;

static void *fail_site; /* who called the allocation that failed */
static void *fail_stack[12];
static int fail_depth;

/* libharu 2.3.0 calls malloc directly in a few places (its UTF-8 text
 * encoder) without checking the result: a failure there cannot be handled
 * by any caller. Such allocations are let through and the failure moves to
 * the next allocation. (libharu's own allocations go through the PDF
 * writer's allocator, which is in our code; libpng's and libjpeg's, made
 * for the image check and decode in src/image_*.c, are failed like ours.) */
/* So are the hyphenation libraries' (src/hyphenate.c): libhyphen 2.8 exits
 * when its malloc fails and libvoikko 4.3 throws std::bad_alloc through its
 * C interface, which ends the process; neither can report a failure. */
static int unfailable(void *site) {
  (void)site;
  void *stack[10];
  int n = backtrace(stack, 10);
  /* the first caller outside libc and the C++ runtime (fopen inside libharu
   * counts as libharu, operator new inside libvoikko as libvoikko) */
  for (int i = 2; i < n; i++) {
    Dl_info info;
    if (!dladdr(stack[i], &info) || !info.dli_fname)
      return 0;
    if (strstr(info.dli_fname, "libc.so") || strstr(info.dli_fname, "libstdc++"))
      continue;
    return strstr(info.dli_fname, "libhpdf") != NULL ||
           strstr(info.dli_fname, "libhyphen") != NULL ||
           strstr(info.dli_fname, "libvoikko") != NULL;
  }
  return 0;
}

static int should_fail(void *site) {
  calls++;
  if (countdown < 0)
    return 0;
  if (countdown == 0) {
    if (unfailable(site))
      return 0;
    countdown = -1;
    fail_site = site;
    fail_depth = backtrace(fail_stack, 12);
    return 1;
  }
  countdown--;
  return 0;
}

static void *alloc_site; /* set by the entry points for wrap */

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
  track_add((void *)p, alloc_site);
  return (void *)p;
}

static struct head *head_of(void *p) {
  struct head *h = (struct head *)p - 1;
  return h->magic == MAGIC ? h : NULL;
}

/* Everything allocates through here and never through the name "malloc":
 * the compiler turns malloc + memset into a call to calloc, which would
 * recurse. */
static void *allocate(size_t n, void *site) {
  if (should_fail(site)) {
    errno = ENOMEM;
    return NULL;
  }
  if (n > SIZE_MAX - 2 * sizeof(struct head))
    return NULL;
  return wrap(__libc_malloc(n + sizeof(struct head)), 0, n);
}

/* The replacements must be seen by the shared libraries (libharu, expat)
 * too: the build hides symbols by default (-fvisibility=hidden). */
#define REPLACE __attribute__((visibility("default")))
REPLACE void *malloc(size_t n) {
  alloc_site = __builtin_return_address(0);
  return allocate(n, alloc_site);
}

REPLACE void free(void *p) {
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
  track_del(p);
  __libc_free(base);
}

REPLACE void *calloc(size_t a, size_t b) {
  if (b && a > SIZE_MAX / b)
    return NULL;
  alloc_site = __builtin_return_address(0);
  void *p = allocate(a * b, alloc_site);
  if (p)
    memset(p, 0, a * b);
  return p;
}

REPLACE void *realloc(void *p, size_t n) {
  alloc_site = __builtin_return_address(0);
  if (!p)
    return allocate(n, alloc_site);
  struct head *h = head_of(p);
  if (!h)
    return __libc_realloc(p, n);
  if (should_fail(__builtin_return_address(0))) {
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

REPLACE void *reallocarray(void *p, size_t a, size_t b) {
  if (b && a > SIZE_MAX / b)
    return NULL;
  return realloc(p, a * b);
}

static void *aligned(size_t align, size_t n) {
  if (should_fail(NULL))
    return NULL;
  return wrap(__libc_malloc(n + sizeof(struct head) + align), align, n);
}
REPLACE void *memalign(size_t align, size_t n) { return aligned(align, n); }
REPLACE void *aligned_alloc(size_t align, size_t n) { return aligned(align, n); }
REPLACE int posix_memalign(void **out, size_t align, size_t n) {
  void *p = aligned(align, n);
  if (!p)
    return ENOMEM;
  *out = p;
  return 0;
}
REPLACE void *valloc(size_t n) { return aligned(4096, n); }
REPLACE void *pvalloc(size_t n) { return aligned(4096, (n + 4095) & ~(size_t)4095); }
REPLACE size_t malloc_usable_size(void *p) {
  struct head *h = p ? head_of(p) : NULL;
  return h ? h->size : 0;
}

/* One step: load (with failures armed when there is no writer), or load and
 * write with one writer (armed only for the writer). Returns 0 when it
 * succeeded; the output goes into OUT. */
static int step(const char *path, const iso_writer *w, iso_buf *out, long fail_at) {
  iso_diags *d = iso_diags_new();
  if (!d)
    return -1;
  if (!w)
    countdown = fail_at;
  iso_node *doc = iso_load_file(path, NULL, d);
  countdown = -1;
  int rc = doc ? 0 : -1;
  if (doc && w) {
    calls = 0;
    countdown = fail_at;
    if (iso_writer_run(w, doc, iso_theme_default(), NULL, out, d) != 0 || out->failed)
      rc = -1;
    countdown = -1;
  }
  iso_node_free(doc);
  iso_diags_free(d);
  return rc;
}

/* The function that asked for the failed allocation; for a static function
 * the object and offset, for addr2line. */
static const char *site_name(void) {
  static char where[512];
  Dl_info info;
  if (!fail_site || !dladdr(fail_site, &info))
    return "?";
  if (info.dli_sname && !getenv("ALLOCFAIL_STACK"))
    return info.dli_sname;
  /* a static function: the stack as object+offset pairs, for addr2line */
  size_t o = 0;
  for (int i = 2; i < fail_depth && o < sizeof where - 80; i++) {
    Dl_info f;
    if (dladdr(fail_stack[i], &f) && f.dli_fbase)
      o += (size_t)snprintf(where + o, sizeof where - o, "%s%s+0x%lx", i > 2 ? " " : "",
                            strrchr(f.dli_fname, '/') ? strrchr(f.dli_fname, '/') + 1
                                                      : f.dli_fname,
                            (unsigned long)((char *)fail_stack[i] - (char *)f.dli_fbase) - 1);
  }
  return where;
}

/* Where the blocks allocated since serial FROM and still live came from. */
static void who(long from) {
  if (!getenv("ALLOCFAIL_WHO"))
    return;
  int shown = 0;
  for (size_t i = 0; i < SLOTS && shown < 20; i++) {
    if (slots[i].p == NULL || slots[i].p == (void *)1 || slots[i].serial < from)
      continue;
    Dl_info info;
    if (dladdr(slots[i].site, &info) && info.dli_fbase)
      fprintf(stderr, "  block from %s+0x%lx (%s)\n",
              strrchr(info.dli_fname, '/') ? strrchr(info.dli_fname, '/') + 1 : info.dli_fname,
              (unsigned long)((char *)slots[i].site - (char *)info.dli_fbase) - 1,
              info.dli_sname ? info.dli_sname : "?");
    shown++;
  }
}

static int run(const char *path, const iso_writer *w, const char *what) {
  iso_buf good;
  iso_buf_init(&good);
  /* warm-up twice: libraries set up their caches once per process */
  step(path, w, &good, -1);
  iso_buf_free(&good);
  if (step(path, w, &good, -1) != 0) {
    fprintf(stderr, "%s: fails without injected failures\n", what);
    return 1;
  }
  long before = live;
  calls = 0;
  iso_buf tmp;
  iso_buf_init(&tmp);
  step(path, w, &tmp, -1);
  iso_buf_free(&tmp);
  long total = calls;
  if (live != before) {
    fprintf(stderr, "%s: %ld blocks leaked by a normal run\n", what, live - before);
    return 1;
  }
  /* Every N, or a stride when there are very many allocations. */
  long stride = total > 3000 ? total / 1500 : 1;
  long first = 0;
  /* ALLOCFAIL_ONLY=N reproduces one case (for a debugger) */
  if (getenv("ALLOCFAIL_ONLY")) {
    first = atol(getenv("ALLOCFAIL_ONLY"));
    total = first + 1;
  }
  int bad = 0;
  long tried = 0, failed_clean = 0, known = 0;
  for (long n = first; n < total && bad < 5; n += stride) {
    iso_buf out;
    iso_buf_init(&out);
    long from = serial;
    int rc = step(path, w, &out, n);
    tried++;
    if (rc == 0 && (out.len != good.len || memcmp(out.data, good.data, good.len) != 0)) {
      fprintf(stderr, "%s: allocation %ld (in %s) failed, the writer said it succeeded, "
                      "and the output differs\n", what, n, site_name());
      bad++;
    }
    if (rc != 0)
      failed_clean++;
    iso_buf_free(&out);
    /* Blocks above the level of a normal run are leaks. (Fewer is fine: a
     * library may free a cache earlier when it meets an error.) */
    if (live > before) {
      const char *fn = site_name();
      if (strncmp(fn, "libzip.so", 9) == 0 && live - before == 1) {
        /* A failure inside libzip 1.7's zip_close leaves one block that this
         * counter never sees freed, while valgrind (which tracks blocks
         * itself) reports nothing lost for the same case: counted apart,
         * see tests/reliability/README.md. */
        known++;
      } else {
        fprintf(stderr, "%s: allocation %ld (in %s) failed: %ld blocks leaked\n",
                what, n, fn, live - before);
        who(from);
        bad++;
      }
      before = live;
    }
  }
  iso_buf_free(&good);
  fprintf(stderr, "%s: %ld allocations, %ld injected failures tried, %ld ended in a clean error"
                  " (%ld known library cases)\n",
          what, total, tried, failed_clean, known);
  return bad ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: allocfail DOCUMENT.yaml [loader] [WRITER...]\n");
    return 2;
  }
  /* backtrace() loads its unwinder on first use: do it now, not inside the
   * first measured run, where it would look like a leak */
  fail_depth = backtrace(fail_stack, 12);
  int rc = 0;
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "loader") == 0) {
      rc |= run(argv[1], NULL, "loader");
      continue;
    }
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
