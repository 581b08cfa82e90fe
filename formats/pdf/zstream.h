/* Streams the PDF writer deflates itself (page contents, CID maps, font
 * files made once a process) with libdeflate, faster than the zlib libharu
 * calls, at the level at which no page stream is larger than zlib made it
 * (tests/pdf/deflate.sh); libharu is handed them deflated already. */
#ifndef ISO_PDF_ZSTREAM_H
#define ISO_PDF_ZSTREAM_H

#include <stddef.h>

#include <hpdf.h>
#include <hpdf_objects.h>

/* Deflates the LEN bytes at DATA into the stream dictionary S (this
 * thread's compressor, deflater.h) and marks it deflated. -1 when memory
 * ran out or libharu failed. */
int pdf_stream_put_deflated(HPDF_Dict s, const void *data, size_t len);
/* The LEN bytes at DATA deflated into a new buffer of *OUT_LEN bytes
 * (caller frees), as page streams are: until 2026-12-04 font files were
 * deflated by zlib at its default level, as libharu deflated them, which
 * cost eight times as long; libdeflate's level 7 makes them 0.1% larger
 * (at most 0.35%, 27 bytes, over the fonts of the samples and the
 * cross-format documents), won back by the pages in all but two one-page
 * PDFs (tests/pdf/deflate.sh). Levels 10 to 12, never larger, took longer
 * than zlib in one process: their compressor is 8.8 MB of fresh memory.
 * NULL when out of memory. */
unsigned char *pdf_deflate_font(const void *data, size_t len, size_t *out_len);
/* Marks S, whose bytes are deflated already, as such: libharu writes its
 * /Filter only for the streams it filters itself. */
void pdf_stream_mark_deflated(HPDF_Dict s);

#endif
