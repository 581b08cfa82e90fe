/* Shared by the ZIP-based writers (DOCX, ODT): XML parts written into
 * memory (the bytes libxml2's xmlTextWriter would write, xml.c), and a
 * deterministic ZIP package built with libzip in memory. Not part of the
 * public API. */
#ifndef ISO_PACKAGE_H
#define ISO_PACKAGE_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* ---- XML parts ---------------------------------------------------- */

/* Failure is sticky: once a call fails, every later call does nothing and
 * iso_xml_finish reports it. This keeps the one-function-per-element writer
 * code free of error plumbing. */
typedef struct iso_xml {
  iso_buf out; /* the part so far */
  int failed;
  int tag_open; /* the innermost start tag takes attributes still */
  /* the names of the open elements, innermost last, each followed by
   * its length (a size_t): their end tags */
  iso_buf open;
  /* XMP's layout (iso_xml_begin_indented): one space a level, as
   * xmlTextWriterSetIndent wrote it; DOINDENT is its flag, clear after
   * text, so that an element of text ends on its own line */
  int indent, doindent;
} iso_xml;

int iso_xml_begin(iso_xml *x);             /* with the XML declaration */
/* No declaration; every element on a line of its own, indented. */
int iso_xml_begin_indented(iso_xml *x);
/* <?TARGET CONTENT?>, outside the root element only. */
void iso_xml_pi(iso_xml *x, const char *target, const char *content);
void iso_xml_start(iso_xml *x, const char *name);
void iso_xml_end(iso_xml *x);              /* closes the innermost element */
void iso_xml_attr(iso_xml *x, const char *name, const char *value);
void iso_xml_attrf(iso_xml *x, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void iso_xml_attr_int(iso_xml *x, const char *name, long long v);
/* Text content; characters XML cannot carry are dropped. */
void iso_xml_text(iso_xml *x, const char *s);
void iso_xml_text_len(iso_xml *x, const char *s, size_t len);
/* <name/> and <name attr="value"/> */
void iso_xml_empty(iso_xml *x, const char *name);
void iso_xml_empty_attr(iso_xml *x, const char *name, const char *attr,
                        const char *value);
/* <name>text</name> */
void iso_xml_element(iso_xml *x, const char *name, const char *text);
/* Ends the document and hands over the bytes (caller frees). 0 or -1. */
int iso_xml_finish(iso_xml *x, unsigned char **data, size_t *len);
void iso_xml_discard(iso_xml *x);

/* ---- ZIP package -------------------------------------------------- */

typedef struct iso_zip iso_zip;

/* TIMESTAMP (seconds since the epoch, see iso_write_timestamp) becomes every
 * entry's modification time, so the same input gives the same bytes. */
iso_zip *iso_zip_new(long long timestamp);
/* Adds an entry in order; takes ownership of DATA (malloc'd) even on error.
 * STORE: keep uncompressed (ODF's mimetype). */
int iso_zip_add(iso_zip *z, const char *name, unsigned char *data, size_t len,
                int store);
/* Adds a finished XML part (takes it over). */
int iso_zip_add_xml(iso_zip *z, const char *name, iso_xml *x);
/* The same, for a part whose first SPLIT bytes every document of a batch
 * repeats (a theme's styles): those are deflated once per process
 * (prefix.c) and the rest after them. The part's bytes in the package are
 * a function of its bytes and SPLIT alone. */
int iso_zip_add_xml_split(iso_zip *z, const char *name, iso_xml *x,
                          size_t split);
/* Copies DATA. */
int iso_zip_add_copy(iso_zip *z, const char *name, const void *data,
                     size_t len, int store);
/* Builds the archive into OUT and frees Z. 0, or -1 with a diagnostic. */
int iso_zip_finish(iso_zip *z, iso_buf *out, iso_diags *d, const char *what);
void iso_zip_free(iso_zip *z);

/* Parts deflated once per process (reuse.c): 1 and a copy of the raw
 * deflate of the part kept under NAME when DATA is byte for byte the part
 * kept, else 0; iso_zip_keep keeps a part just deflated, taking RAW (a
 * malloc'd part, freed when not kept) and copying Z. */
int iso_zip_reused(const char *name, const unsigned char *data, size_t len,
                   unsigned char **z, size_t *zlen, uint32_t *crc);
void iso_zip_keep(const char *name, unsigned char *raw, size_t len,
                  const unsigned char *z, size_t zlen, uint32_t crc);
/* The raw deflate of a part's prefix DATA, not final and byte-aligned, as
 * a malloc'd copy in *Z: 1 when kept under NAME from before, 0 when
 * deflated now (and kept), -1 when out of memory. */
int iso_zip_prefix(const char *name, const unsigned char *data, size_t len,
                   unsigned char **z, size_t *zlen);

#endif
