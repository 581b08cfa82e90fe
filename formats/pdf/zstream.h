/* Streams the PDF writer deflates itself (page contents, CID maps) with
 * libdeflate, faster than the zlib libharu calls and at the level chosen
 * never larger (tests/pdf/deflate.sh); and streams handed to libharu
 * deflated already (font files made once a process). */
#ifndef ISO_PDF_ZSTREAM_H
#define ISO_PDF_ZSTREAM_H

#include <stddef.h>

#include <hpdf.h>
#include <hpdf_objects.h>

/* Deflates the LEN bytes at DATA into the stream dictionary S (this
 * thread's compressor, deflater.h) and marks it deflated. -1 when memory
 * ran out or libharu failed. */
int pdf_stream_put_deflated(HPDF_Dict s, const void *data, size_t len);
/* The LEN bytes at DATA deflated (zlib format) into a new buffer of
 * *OUT_LEN bytes (caller frees), at libdeflate's level 10: for font files,
 * made once a process per subset, which no lower level of libdeflate kept
 * within zlib's default level (tests/pdf/deflate.sh). NULL when out of
 * memory. */
unsigned char *pdf_deflate_best(const void *data, size_t len, size_t *out_len);
/* Marks S, whose bytes are deflated already, as such: libharu writes its
 * /Filter only for the streams it filters itself. */
void pdf_stream_mark_deflated(HPDF_Dict s);

#endif
