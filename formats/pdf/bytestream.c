/* Read-only streams over bytes in memory (see bytestream.h). */
#include <stdlib.h>
#include <string.h>

#include <hpdf_objects.h>

#include "bytestream.h"

/* The bytes, where the stream reads, and whether it frees them. */
typedef struct bytes {
  const unsigned char *p;
  size_t n, pos;
  int owned;
} bytes;

static HPDF_STATUS b_read(HPDF_Stream s, HPDF_BYTE *out, HPDF_UINT *size) {
  bytes *b = s->attr;
  size_t left = b->n - b->pos, want = *size;
  size_t k = want < left ? want : left;
  memcpy(out, b->p + b->pos, k);
  b->pos += k;
  *size = (HPDF_UINT)k;
  return k < want ? HPDF_STREAM_EOF : HPDF_OK;
}

static HPDF_STATUS b_seek(HPDF_Stream s, HPDF_INT pos, HPDF_WhenceMode mode) {
  bytes *b = s->attr;
  long at = mode == HPDF_SEEK_CUR   ? (long)b->pos + pos
            : mode == HPDF_SEEK_END ? (long)b->n + pos
                                    : (long)pos;
  if (at < 0 || (size_t)at > b->n)
    return HPDF_SetError(s->error, HPDF_STREAM_EOF, 0);
  b->pos = (size_t)at;
  return HPDF_OK;
}

static HPDF_INT32 b_tell(HPDF_Stream s) {
  return (HPDF_INT32)((bytes *)s->attr)->pos;
}

static HPDF_UINT32 b_size(HPDF_Stream s) {
  return (HPDF_UINT32)((bytes *)s->attr)->n;
}

static void b_free(HPDF_Stream s) {
  bytes *b = s->attr;
  if (!b)
    return;
  if (b->owned)
    free((void *)b->p);
  HPDF_FreeMem(s->mmgr, b);
  s->attr = NULL;
}

/* A callback stream of MMGR with ATTR, its functions unset. */
static HPDF_Stream new_stream(HPDF_MMgr mmgr, HPDF_Error error, void *attr) {
  HPDF_Stream s = HPDF_GetMem(mmgr, sizeof *s);
  if (!s)
    return NULL;
  memset(s, 0, sizeof *s);
  s->sig_bytes = HPDF_STREAM_SIG_BYTES;
  s->type = HPDF_STREAM_CALLBACK;
  s->mmgr = mmgr;
  s->error = error;
  s->attr = attr;
  return s;
}

HPDF_Stream pdf_bytes_stream(HPDF_MMgr mmgr, HPDF_Error error,
                             const unsigned char *p, size_t n, int owned) {
  bytes *b = HPDF_GetMem(mmgr, sizeof *b);
  HPDF_Stream s = b ? new_stream(mmgr, error, b) : NULL;
  if (!s) {
    if (b)
      HPDF_FreeMem(mmgr, b);
    return NULL;
  }
  b->p = p;
  b->n = n;
  b->pos = 0;
  b->owned = owned;
  s->read_fn = b_read;
  s->seek_fn = b_seek;
  s->tell_fn = b_tell;
  s->size_fn = b_size;
  s->free_fn = b_free;
  return s;
}

int pdf_bytes_view(HPDF_Stream s, const unsigned char **p, size_t *n) {
  if (!s || s->read_fn != b_read || !s->attr)
    return -1;
  const bytes *b = s->attr;
  *p = b->p;
  *n = b->n;
  return 0;
}

static HPDF_STATUS to_buf(HPDF_Stream s, const HPDF_BYTE *p, HPDF_UINT n) {
  return iso_buf_append(s->attr, p, n) < 0 ? HPDF_FAILD_TO_ALLOC_MEM : HPDF_OK;
}

HPDF_Stream pdf_buf_stream(HPDF_MMgr mmgr, HPDF_Error error, iso_buf *out) {
  HPDF_Stream s = new_stream(mmgr, error, out);
  if (s)
    s->write_fn = to_buf;
  return s;
}

int pdf_dict_take_bytes(HPDF_Dict d, unsigned char *p, size_t n) {
  HPDF_Stream s = pdf_bytes_stream(d->mmgr, d->error, p, n, 1);
  if (!s) {
    free(p);
    return -1;
  }
  if (d->stream)
    HPDF_Stream_Free(d->stream);
  d->stream = s;
  return 0;
}
