/* An allocator for libharu that never fails: libharu 2.3.0 leaks blocks and
 * even crashes when one of its allocations fails, so when malloc fails its
 * request is served from an emergency reserve (mapped only then) and the
 * document is marked failed, to be abandoned at the next check. */
#ifndef ISO_PDF_RESERVE_H
#define ISO_PDF_RESERVE_H

#include <stddef.h>

#include <hpdf.h>

typedef struct pdf_reserve {
  unsigned char *base; /* NULL until malloc first fails */
  size_t size, used;
  HPDF_STATUS *err;    /* set to HPDF_FAILD_TO_ALLOC_MEM on first use */
} pdf_reserve;

/* Makes R the reserve of this thread's document; ERR is the error record. */
void pdf_reserve_begin(pdf_reserve *r, HPDF_STATUS *err);
/* After HPDF_Free: unmaps the reserve. */
void pdf_reserve_end(pdf_reserve *r);

void *pdf_reserve_alloc(HPDF_UINT size);
void pdf_reserve_free(void *p);

#endif
