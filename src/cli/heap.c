/* The main thread's heap in large steps and, where the kernel has them, in
 * 2 MB pages (see cli.h). A conversion touches some 8 MB of fresh heap
 * (libhyphen's patterns alone are 3 MB), and on a virtual machine each
 * 4 KB page's first touch costs more than the work done in it: a third of
 * the CPU time of one document was page faults. The small pages left
 * before the first huge one are made at once. */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"

#define STEP ((size_t)32 << 20) /* heap grown by this much at a time */
#define HUGE_PAGE ((uintptr_t)2 << 20)

void cli_heap_setup(void) {
  /* big blocks (font files, compressors) from the heap too, and nothing
   * handed back between the documents of a batch */
  mallopt(M_MMAP_THRESHOLD, (int)(STEP / 2));
  mallopt(M_TRIM_THRESHOLD, (int)(STEP * 2));
  mallopt(M_TOP_PAD, (int)STEP);
  /* one block makes the heap grow by STEP at once; freed, it stays as the
   * heap's top, which is then marked for huge pages */
  char *p = malloc(STEP / 4);
  if (!p)
    return;
  uintptr_t at = (uintptr_t)p;
  free(p);
  uintptr_t end = (uintptr_t)sbrk(0);
  if (end == (uintptr_t)-1 || end <= at)
    return; /* not the brk heap */
  uintptr_t from = (at + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  uintptr_t to = end & ~(HUGE_PAGE - 1);
#ifdef MADV_HUGEPAGE
  if (to > from) /* no huge pages (EINVAL): small ones, as before */
    (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#endif
#ifdef MADV_POPULATE_WRITE
  /* the small pages before the first huge one are the first the
   * conversion touches: made in one call (Linux 5.14), not in a fault
   * each (130 to 370 of them, 1.3 to 2 ms of one conversion); an older
   * kernel refuses (EINVAL) and they fault as before */
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  uintptr_t head = at & ~(page - 1);
  if (from > head && from <= end)
    (void)madvise((void *)head, from - head, MADV_POPULATE_WRITE);
#endif
}
