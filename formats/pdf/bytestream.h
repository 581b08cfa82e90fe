/* libharu streams over the writer's own memory: read-only over bytes, or
 * write-only into an iso_buf. libharu's memory
 * streams copy what is written into them, and out again when saving, a
 * byte at a time (HPDF_MemCpy); fonts, page contents and CID maps are made
 * whole by the writer, so their streams read the finished bytes in place.
 * libharu reads them with HPDF_Stream_Read/Seek/Tell/Size: the font loader
 * (HPDF_TTFontDef_Load) and the document's save. */
#ifndef ISO_PDF_BYTESTREAM_H
#define ISO_PDF_BYTESTREAM_H

#include <stddef.h>

#include <hpdf.h>
#include <hpdf_streams.h>

#include "internal.h"

/* A stream over the N bytes at P, allocated by MMGR and reporting to
 * ERROR; with OWNED it frees P (with free) when freed, without P must
 * outlive it. NULL when out of memory (P is then not freed). */
HPDF_Stream pdf_bytes_stream(HPDF_MMgr mmgr, HPDF_Error error,
                             const unsigned char *p, size_t n, int owned);
/* The bytes under S, a stream made by pdf_bytes_stream, into *P and *N:
 * 0; -1 when S is another kind of stream. */
int pdf_bytes_view(HPDF_Stream s, const unsigned char **p, size_t *n);
/* A write-only stream appending to OUT (which must outlive it): where
 * libharu writes a whole document or font file, instead of a memory
 * stream written and read back a byte at a time. NULL when out of memory. */
HPDF_Stream pdf_buf_stream(HPDF_MMgr mmgr, HPDF_Error error, iso_buf *out);
/* Replaces the stream of the stream dictionary D with one over the N bytes
 * at P, which D then owns (freed even when this fails). -1 when out of
 * memory. */
int pdf_dict_take_bytes(HPDF_Dict d, unsigned char *p, size_t n);

#endif
