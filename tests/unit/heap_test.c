/* cli_heap_setup (src/cli/heap.c): after it, a block of megabytes comes
 * from the heap, not from a mapping of its own; freeing it hands nothing
 * back to the kernel, so the next document reuses the pages it touched;
 * and the heap is marked for transparent huge pages (VmFlags "hg" in
 * /proc/self/smaps) where the kernel has them in madvise mode; the small
 * pages before the first huge one are resident before anything touches
 * them (mincore), where the kernel has MADV_POPULATE_WRITE. */
#include <sys/mman.h>
#include <sys/utsname.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cli/cli.h"

/* Whether the mapping holding ADDR carries the "hg" (MADV_HUGEPAGE) flag. */
static int marked_huge(uintptr_t addr) {
  FILE *f = fopen("/proc/self/smaps", "r");
  if (!f)
    return -1;
  char line[512];
  int inside = 0, found = 0;
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' '))
      inside = addr >= lo && addr < hi;
    else if (inside && strncmp(line, "VmFlags:", 8) == 0)
      found = strstr(line, " hg") != NULL;
  }
  fclose(f);
  return found;
}

static int thp_madvise(void) {
  FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
  char s[128] = "";
  if (f) {
    if (!fgets(s, sizeof s, f))
      s[0] = 0;
    fclose(f);
  }
  return strstr(s, "[madvise]") != NULL || strstr(s, "[always]") != NULL;
}

int main(void) {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(UNDER_ASAN)
  /* AddressSanitizer's allocator replaces glibc's: nothing to tune */
  fprintf(stderr, "heap_test: skipped under AddressSanitizer\n");
  return 77;
#endif
  cli_heap_setup();
  /* a block now comes from the heap's head: the pages inside it that
   * malloc's own headers do not touch are made already, up to the first
   * 2 MB boundary */
  struct utsname u;
  int major = 0, minor = 0;
  if (uname(&u) == 0)
    sscanf(u.release, "%d.%d", &major, &minor);
  char *h = malloc(16384);
  CHECK(h != NULL);
  uintptr_t pg = (uintptr_t)sysconf(_SC_PAGESIZE);
  uintptr_t mid = ((uintptr_t)h + pg) & ~(pg - 1); /* a page inside H */
  int populate = 0; /* the call exists where heap.c was built and runs */
#ifdef MADV_POPULATE_WRITE
  populate = major > 5 || (major == 5 && minor >= 14);
#endif
  if (h && populate && mid + pg <= (uintptr_t)h + 16384 &&
      (mid & (((uintptr_t)2 << 20) - 1)) != 0) {
    unsigned char vec = 0;
    CHECK_INT(mincore((void *)mid, pg, &vec), 0);
    CHECK_INT(vec & 1, 1);
  }
  free(h);
  struct mallinfo2 before = mallinfo2();
  size_t big = (size_t)8 << 20; /* a block of megabytes, above any mmap threshold */
  char *p = malloc(big);
  CHECK(p != NULL);
  if (p)
    memset(p, 1, big);
  struct mallinfo2 with = mallinfo2();
  CHECK_INT(with.hblkhd, before.hblkhd); /* no mapping of its own */
  void *top = sbrk(0);
  free(p);
  CHECK(sbrk(0) == top); /* not trimmed */
  char *q = malloc(big); /* the same memory again */
  CHECK(q == p);
  if (thp_madvise() && q)
    CHECK_INT(marked_huge((uintptr_t)q + big / 2), 1);
  free(q);
  return check_done("heap_test");
}
