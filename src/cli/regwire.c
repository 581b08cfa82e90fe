/* A register row on the worker's pipe: tab-separated fields, each with
 * '%', tab, CR, LF and other control bytes written as %XX, so a title can
 * hold anything and the line stays one line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void put(iso_buf *b, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  if (b->len)
    iso_buf_puts(b, "\t");
  if (!s) {
    iso_buf_puts(b, "%-"); /* NULL, told from "" */
    return;
  }
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '%' || *p < 0x20 || *p == 0x7F) {
      char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
      iso_buf_append(b, e, 3);
    } else {
      iso_buf_append(b, p, 1);
    }
  }
}

static void put_int(iso_buf *b, long v) {
  char s[24];
  snprintf(s, sizeof s, "%ld", v);
  put(b, s);
}

static void put_date(iso_buf *b, iso_date d) {
  char s[11];
  iso_date_iso(d, s);
  put(b, s);
}

char *regwire_encode(const iso_reg_entry *e, size_t n_formats) {
  iso_buf b;
  iso_buf_init(&b);
  put_int(&b, e->loaded);
  put(&b, e->id);
  put(&b, e->title);
  put(&b, e->version);
  put(&b, e->classification);
  put(&b, e->owner);
  put(&b, e->approver);
  put_int(&b, (long)e->type);
  put_int(&b, (long)e->status);
  put_int(&b, (long)e->language);
  put_date(&b, e->approved);
  put_date(&b, e->next_review);
  put_int(&b, e->id_line);
  put_int(&b, e->id_column);
  put_int(&b, e->review_line);
  put(&b, e->error);
  for (size_t f = 0; f < n_formats && f < ISO_REG_MAX_FORMATS; f++)
    put(&b, e->sha256[f]);
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  return iso_buf_detach(&b, NULL);
}

static int unhex(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The next field of *P, decoded; *NUL set for the NULL marker. */
static char *take(const char **p, int *nul) {
  const char *s = *p, *end = strchr(s, '\t');
  size_t n = end ? (size_t)(end - s) : strlen(s);
  *p = end ? end + 1 : s + n;
  *nul = n == 2 && s[0] == '%' && s[1] == '-';
  char *out = malloc(n + 1), *o = out;
  if (!out)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    int hi, lo;
    if (s[i] == '%' && i + 2 < n && (hi = unhex(s[i + 1])) >= 0 &&
        (lo = unhex(s[i + 2])) >= 0) {
      *o++ = (char)(hi * 16 + lo);
      i += 2;
    } else {
      *o++ = s[i];
    }
  }
  *o = '\0';
  return out;
}

static int str_field(const char **p, char **dst) {
  int nul;
  char *s = take(p, &nul);
  if (!s)
    return -1;
  if (nul) {
    free(s);
    s = NULL;
  }
  iso_reg_entry_take(dst, s);
  return 0;
}

static long int_field(const char **p) {
  int nul;
  char *s = take(p, &nul);
  long v = s ? strtol(s, NULL, 10) : 0;
  free(s);
  return v;
}

static iso_date date_field(const char **p) {
  int nul;
  char *s = take(p, &nul);
  iso_date d = {0, 0, 0};
  if (s && *s && iso_date_parse(s, &d) != 0)
    d = (iso_date){0, 0, 0};
  free(s);
  return d;
}

int regwire_decode(const char *line, iso_reg_entry *e, size_t n_formats) {
  const char *p = line;
  int rc = 0;
  e->loaded = int_field(&p) != 0;
  rc |= str_field(&p, &e->id);
  rc |= str_field(&p, &e->title);
  rc |= str_field(&p, &e->version);
  rc |= str_field(&p, &e->classification);
  rc |= str_field(&p, &e->owner);
  rc |= str_field(&p, &e->approver);
  long type = int_field(&p), status = int_field(&p), lang = int_field(&p);
  e->type = type >= ISO_TYPE_OTHER && type <= ISO_TYPE_RECORD ? (iso_doc_type)type
                                                              : ISO_TYPE_OTHER;
  e->status = status >= ISO_STATUS_DRAFT && status <= ISO_STATUS_RETIRED
                  ? (iso_status)status
                  : ISO_STATUS_DRAFT;
  e->language = lang >= 0 && lang < ISO_LANG_COUNT ? (iso_lang)lang : ISO_LANG_EN;
  e->approved = date_field(&p);
  e->next_review = date_field(&p);
  e->id_line = (int)int_field(&p);
  e->id_column = (int)int_field(&p);
  e->review_line = (int)int_field(&p);
  rc |= str_field(&p, &e->error);
  for (size_t f = 0; f < n_formats && f < ISO_REG_MAX_FORMATS; f++) {
    int nul;
    char *s = take(&p, &nul);
    if (!s)
      return -1;
    size_t n = strlen(s);
    if (n == 64 && strspn(s, "0123456789abcdef") == 64)
      memcpy(e->sha256[f], s, 65);
    else
      e->sha256[f][0] = '\0';
    free(s);
  }
  return rc ? -1 : 0;
}
