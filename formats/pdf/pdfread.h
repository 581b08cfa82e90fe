/* Reading back the PDF the writer saved, enough to append an incremental
 * update to it: the trailer, the cross-reference tables (classic ones, as
 * libharu and pdfupdate.c write them, followed through /Prev) and the text
 * of single objects. Values are spans of the file's bytes, never copies.
 * This is not a general PDF parser: object streams and cross-reference
 * streams are refused. */
#ifndef ISO_PDF_PDFREAD_H
#define ISO_PDF_PDFREAD_H

#include <stddef.h>

/* A span of the file: [start, end). */
typedef struct pdf_span {
  size_t start, end;
} pdf_span;

typedef struct pdf_file {
  const unsigned char *data;
  size_t len;
  size_t *offset;  /* byte offset of object N, 0 when free or unknown */
  size_t size;     /* the trailer's /Size */
  size_t startxref;
  int root, info;  /* object numbers (0: none) */
  pdf_span id0;    /* the first /ID string with its brackets, or {0, 0} */
} pdf_file;

/* 0, or -1 when the bytes are not a PDF this code can update (WHY says
 * what). */
int pdf_file_open(pdf_file *f, const unsigned char *data, size_t len,
                  const char **why);
void pdf_file_close(pdf_file *f);

/* The value of object N (a dictionary, an array, a number...), without the
 * "N 0 obj" and "endobj" around it; {0, 0} when there is none. For a
 * stream, the dictionary before "stream". */
pdf_span pdf_object(const pdf_file *f, int n);

/* The span of the value that starts at or after AT (leading white space
 * and comments skipped); {0, 0} when none is there before END. */
pdf_span pdf_value(const pdf_file *f, size_t at, size_t end);

/* In the dictionary DICT ("<< ... >>"), the value of KEY (a name without
 * its slash); {0, 0} when absent. */
pdf_span pdf_dict_get(const pdf_file *f, pdf_span dict, const char *key);

/* The entries of DICT, one "key value" pair each, by calling EACH with
 * the key's span (the name, slash included) and the value's span; EACH
 * returns nonzero to stop. */
void pdf_dict_each(const pdf_file *f, pdf_span dict,
                   int (*each)(void *user, pdf_span key, pdf_span value),
                   void *user);

/* The object number of the reference "N G R" at V, or 0. */
int pdf_ref(const pdf_file *f, pdf_span v);

/* The I-th element of the array ARR ("[ ... ]"); {0, 0} past the end. */
pdf_span pdf_array_item(const pdf_file *f, pdf_span arr, size_t i);

/* Object numbers of the pages, in page order (the page tree walked from
 * the catalog). Caller frees; NULL when the tree is damaged. */
int *pdf_pages(const pdf_file *f, size_t *count);

/* Whether V is the name NAME (without slash). */
int pdf_is_name(const pdf_file *f, pdf_span v, const char *name);

#endif
