/* Growable byte buffer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void iso_buf_init(iso_buf *b) { memset(b, 0, sizeof *b); }

static int grow(iso_buf *b, size_t need) {
  if (b->failed)
    return -1;
  if (need <= b->cap)
    return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < need) {
    if (cap > ((size_t)-1) / 2) {
      b->failed = 1;
      return -1;
    }
    cap *= 2;
  }
  unsigned char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = 1;
    return -1;
  }
  b->data = p;
  b->cap = cap;
  return 0;
}

/* The slow path of iso_buf_append (internal.h): growth. Always keeps one
 * spare byte so the content can be NUL-terminated. DATA may point into
 * the buffer itself (appending a copy of part of it): growing moves the
 * bytes, so the source is found again by its offset. */
int iso_buf_append_grow(iso_buf *b, const void *data, size_t len) {
  if (len > ((size_t)-1) - b->len - 1) {
    b->failed = 1;
    return -1;
  }
  const unsigned char *src = data;
  int inside = b->data && src >= b->data && src < b->data + b->cap;
  size_t offset = inside ? (size_t)(src - b->data) : 0;
  if (grow(b, b->len + len + 1))
    return -1;
  if (inside)
    data = b->data + offset;
  if (len)
    memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
  return 0;
}

int iso_buf_puts(iso_buf *b, const char *s) {
  return iso_buf_append(b, s, strlen(s));
}

int iso_buf_printf(iso_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    b->failed = 1;
    return -1;
  }
  if ((size_t)n < sizeof small)
    return iso_buf_append(b, small, (size_t)n);
  if (grow(b, b->len + (size_t)n + 1))
    return -1;
  va_start(ap, fmt);
  vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

void iso_buf_free(iso_buf *b) {
  free(b->data);
  iso_buf_init(b);
}

char *iso_buf_detach(iso_buf *b, size_t *len) {
  if (grow(b, b->len + 1)) {
    iso_buf_free(b);
    return NULL;
  }
  b->data[b->len] = '\0';
  char *p = (char *)b->data;
  if (len)
    *len = b->len;
  iso_buf_init(b);
  return p;
}
