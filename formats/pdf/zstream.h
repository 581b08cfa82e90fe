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
/* The LEN bytes at DATA deflated into a new buffer of *OUT_LEN bytes
 * (caller frees) by zlib at its default level, as libharu deflated font
 * files: libdeflate's levels 6 to 9 make most font files a few bytes
 * larger than that, which small PDFs do not win back in their pages
 * (tests/pdf/deflate.sh), and level 10, 1% smaller, took twice zlib's
 * time and 8.8 MB of fresh memory, a sixth of converting one document.
 * NULL when out of memory. */
unsigned char *pdf_deflate_font(const void *data, size_t len, size_t *out_len);
/* Marks S, whose bytes are deflated already, as such: libharu writes its
 * /Filter only for the streams it filters itself. */
void pdf_stream_mark_deflated(HPDF_Dict s);

#endif
