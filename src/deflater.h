/* libdeflate's compressors, one per level and thread, kept for the
 * thread's life. A compressor is a few hundred kilobytes (level 10's
 * several megabytes) that glibc maps afresh, and the kernel faults in
 * again, each time one is made: made per package, page set and font
 * file, they cost a single conversion 400 page faults. Not public API. */
#ifndef ISO_DEFLATER_H
#define ISO_DEFLATER_H

#include <libdeflate.h>

/* This thread's compressor for LEVEL (1 to 12); NULL when out of memory.
 * The caller does not free it. */
struct libdeflate_compressor *iso_deflater(int level);

#endif
