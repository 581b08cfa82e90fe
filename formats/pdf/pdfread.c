/* Reading back a PDF we wrote (see pdfread.h). Every scan is bounded by
 * the span it is given, so damaged input ends a scan, never overruns. */
#include <stdlib.h>
#include <string.h>

#include "pdfread.h"

static int is_ws(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
         c == '\0';
}

static int is_delim(unsigned char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' ||
         c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}

static size_t skip_ws(const pdf_file *f, size_t at, size_t end) {
  while (at < end) {
    if (is_ws(f->data[at]))
      at++;
    else if (f->data[at] == '%')
      while (at < end && f->data[at] != '\n' && f->data[at] != '\r')
        at++;
    else
      break;
  }
  return at;
}

/* End of the token or value starting at AT (AT itself when none fits). */
static size_t value_end(const pdf_file *f, size_t at, size_t end, int depth) {
  const unsigned char *d = f->data;
  if (at >= end || depth > 64)
    return at;
  unsigned char c = d[at];
  if (c == '(') {
    int nest = 0;
    for (size_t i = at; i < end; i++) {
      if (d[i] == '\\')
        i++;
      else if (d[i] == '(')
        nest++;
      else if (d[i] == ')' && --nest == 0)
        return i + 1;
    }
    return at;
  }
  if (c == '<' && at + 1 < end && d[at + 1] == '<') {
    size_t i = skip_ws(f, at + 2, end);
    while (i < end && !(d[i] == '>' && i + 1 < end && d[i + 1] == '>')) {
      size_t e = value_end(f, i, end, depth + 1);
      if (e == i)
        return at;
      i = skip_ws(f, e, end);
    }
    return i < end ? i + 2 : at;
  }
  if (c == '<') {
    for (size_t i = at; i < end; i++)
      if (d[i] == '>')
        return i + 1;
    return at;
  }
  if (c == '[') {
    size_t i = skip_ws(f, at + 1, end);
    while (i < end && d[i] != ']') {
      size_t e = value_end(f, i, end, depth + 1);
      if (e == i)
        return at;
      i = skip_ws(f, e, end);
    }
    return i < end ? i + 1 : at;
  }
  size_t i = at + (c == '/');
  while (i < end && !is_ws(d[i]) && !is_delim(d[i]))
    i++;
  return i;
}

/* A number token at AT: its value, or -1; *NEXT after it. */
static long long number_at(const pdf_file *f, size_t at, size_t end,
                           size_t *next) {
  long long v = 0;
  size_t i = at;
  while (i < end && f->data[i] >= '0' && f->data[i] <= '9' && v < (1LL << 40))
    v = v * 10 + (f->data[i++] - '0');
  if (i == at)
    return -1;
  *next = i;
  return v;
}

pdf_span pdf_value(const pdf_file *f, size_t at, size_t end) {
  pdf_span s = {0, 0};
  at = skip_ws(f, at, end);
  size_t e = value_end(f, at, end, 0);
  if (e > at) {
    /* "N G R" is one value */
    size_t n1, n2;
    if (number_at(f, at, end, &n1) >= 0 && n1 == e) {
      size_t g = skip_ws(f, e, end);
      if (number_at(f, g, end, &n2) >= 0) {
        size_t r = skip_ws(f, n2, end);
        if (r < end && f->data[r] == 'R' &&
            (r + 1 == end || is_ws(f->data[r + 1]) || is_delim(f->data[r + 1])))
          e = r + 1;
      }
    }
    s.start = at;
    s.end = e;
  }
  return s;
}

int pdf_ref(const pdf_file *f, pdf_span v) {
  size_t next;
  if (v.end <= v.start || f->data[v.end - 1] != 'R')
    return 0;
  long long n = number_at(f, v.start, v.end, &next);
  return n > 0 && (size_t)n < f->size ? (int)n : 0;
}

int pdf_is_name(const pdf_file *f, pdf_span v, const char *name) {
  size_t n = strlen(name);
  return v.end - v.start == n + 1 && f->data[v.start] == '/' &&
         memcmp(f->data + v.start + 1, name, n) == 0;
}

void pdf_dict_each(const pdf_file *f, pdf_span dict,
                   int (*each)(void *user, pdf_span key, pdf_span value),
                   void *user) {
  if (dict.end - dict.start < 4 || f->data[dict.start] != '<' ||
      f->data[dict.start + 1] != '<')
    return;
  size_t end = dict.end - 2, i = dict.start + 2;
  for (;;) {
    i = skip_ws(f, i, end);
    if (i >= end || f->data[i] != '/')
      return;
    pdf_span k = {i, value_end(f, i, end, 0)};
    pdf_span v = pdf_value(f, k.end, end);
    if (v.end <= v.start || each(user, k, v))
      return;
    i = v.end;
  }
}

struct find {
  const pdf_file *f;
  const char *key;
  pdf_span found;
};

static int find_key(void *user, pdf_span k, pdf_span v) {
  struct find *s = user;
  if (pdf_is_name(s->f, k, s->key)) {
    s->found = v;
    return 1;
  }
  return 0;
}

pdf_span pdf_dict_get(const pdf_file *f, pdf_span dict, const char *key) {
  struct find s = {f, key, {0, 0}};
  pdf_dict_each(f, dict, find_key, &s);
  return s.found;
}

pdf_span pdf_array_item(const pdf_file *f, pdf_span arr, size_t i) {
  pdf_span none = {0, 0};
  if (arr.end - arr.start < 2 || f->data[arr.start] != '[')
    return none;
  size_t at = arr.start + 1, end = arr.end - 1;
  for (size_t k = 0;; k++) {
    pdf_span v = pdf_value(f, at, end);
    if (v.end <= v.start)
      return none;
    if (k == i)
      return v;
    at = v.end;
  }
}

pdf_span pdf_object(const pdf_file *f, int n) {
  pdf_span none = {0, 0};
  if (n <= 0 || (size_t)n >= f->size || !f->offset[n])
    return none;
  size_t at = f->offset[n], next;
  if (number_at(f, at, f->len, &next) != n)
    return none;
  at = skip_ws(f, next, f->len);
  if (number_at(f, at, f->len, &next) < 0)
    return none;
  at = skip_ws(f, next, f->len);
  if (f->len - at < 3 || memcmp(f->data + at, "obj", 3) != 0)
    return none;
  return pdf_value(f, at + 3, f->len);
}

/* Reads the classic cross-reference section at AT (newer entries win) and
 * returns the span of its trailer dictionary. */
static pdf_span xref_section(pdf_file *f, size_t at, unsigned char *seen) {
  pdf_span none = {0, 0};
  const unsigned char *d = f->data;
  if (at >= f->len || f->len - at < 4 || memcmp(d + at, "xref", 4) != 0)
    return none;
  at = skip_ws(f, at + 4, f->len);
  for (;;) {
    size_t next;
    long long first = number_at(f, at, f->len, &next);
    if (first < 0)
      break;
    at = skip_ws(f, next, f->len);
    long long count = number_at(f, at, f->len, &next);
    if (count < 0)
      return none;
    at = skip_ws(f, next, f->len);
    for (long long k = 0; k < count; k++) {
      if (f->len - at < 18)
        return none;
      long long off = number_at(f, at, f->len, &next);
      if (off < 0 || next != at + 10)
        return none;
      unsigned char kind = d[at + 17];
      size_t n = (size_t)(first + k);
      if (n < f->size && !seen[n]) {
        seen[n] = 1;
        f->offset[n] = kind == 'n' ? (size_t)off : 0;
      }
      at = skip_ws(f, at + 18, f->len);
    }
  }
  if (f->len - at < 7 || memcmp(d + at, "trailer", 7) != 0)
    return none;
  return pdf_value(f, at + 7, f->len);
}

int pdf_file_open(pdf_file *f, const unsigned char *data, size_t len,
                  const char **why) {
  memset(f, 0, sizeof *f);
  f->data = data;
  f->len = len;
  *why = "not a PDF with a classic cross-reference table";
  if (len < 32 || memcmp(data, "%PDF-", 5) != 0)
    return -1;
  size_t from = len > 64 ? len - 64 : 0, at = 0;
  for (size_t i = from; i + 9 <= len; i++)
    if (memcmp(data + i, "startxref", 9) == 0)
      at = i + 9;
  size_t next;
  at = skip_ws(f, at, len);
  long long sx = at ? number_at(f, at, len, &next) : -1;
  if (sx <= 0 || (size_t)sx >= len)
    return -1;
  f->startxref = (size_t)sx;
  /* the newest trailer (after the newest cross-reference section) gives
   * /Size, which bounds every object number */
  f->size = 1u << 24;
  size_t tr = 0;
  for (size_t i = (size_t)sx; i + 7 <= len && !tr; i++)
    if (memcmp(data + i, "trailer", 7) == 0)
      tr = i + 7;
  if (!tr)
    return -1;
  pdf_span t = pdf_value(f, tr, len);
  pdf_span sz = pdf_dict_get(f, t, "Size");
  long long size =
      sz.end > sz.start ? number_at(f, sz.start, sz.end, &next) : -1;
  if (size <= 1 || size > (1 << 23))
    return -1;
  f->size = (size_t)size;
  unsigned char *seen = NULL;
  f->offset = calloc(f->size, sizeof *f->offset);
  seen = calloc(f->size, 1);
  if (!f->offset || !seen) {
    free(seen);
    pdf_file_close(f);
    *why = "out of memory";
    return -1;
  }
  size_t section = (size_t)sx;
  int newest = 1;
  for (int rounds = 0; rounds < 64; rounds++) {
    t = xref_section(f, section, seen);
    if (t.end <= t.start) {
      free(seen);
      pdf_file_close(f);
      return -1;
    }
    if (newest) {
      f->root = pdf_ref(f, pdf_dict_get(f, t, "Root"));
      f->info = pdf_ref(f, pdf_dict_get(f, t, "Info"));
      pdf_span id = pdf_dict_get(f, t, "ID");
      pdf_span id0 = pdf_array_item(f, id, 0);
      if (id0.end > id0.start && data[id0.start] == '<')
        f->id0 = id0;
      newest = 0;
    }
    pdf_span prev = pdf_dict_get(f, t, "Prev");
    if (prev.end <= prev.start)
      break;
    long long p = number_at(f, prev.start, prev.end, &next);
    if (p <= 0 || (size_t)p >= len) {
      free(seen);
      pdf_file_close(f);
      return -1;
    }
    section = (size_t)p;
  }
  free(seen);
  if (!f->root) {
    pdf_file_close(f);
    return -1;
  }
  return 0;
}

void pdf_file_close(pdf_file *f) {
  free(f->offset);
  f->offset = NULL;
}

static int walk_pages(const pdf_file *f, int node, int **v, size_t *n,
                      size_t *cap, int depth) {
  pdf_span d = pdf_object(f, node);
  if (d.end <= d.start || depth > 32)
    return -1;
  pdf_span type = pdf_dict_get(f, d, "Type");
  if (pdf_is_name(f, type, "Page")) {
    if (*n == *cap) {
      size_t nc = *cap ? *cap * 2 : 16;
      int *nv = realloc(*v, nc * sizeof *nv);
      if (!nv)
        return -1;
      *v = nv;
      *cap = nc;
    }
    (*v)[(*n)++] = node;
    return 0;
  }
  pdf_span kids = pdf_dict_get(f, d, "Kids");
  for (size_t i = 0;; i++) {
    pdf_span k = pdf_array_item(f, kids, i);
    if (k.end <= k.start)
      return 0;
    int kid = pdf_ref(f, k);
    if (!kid || walk_pages(f, kid, v, n, cap, depth + 1))
      return -1;
  }
}

int *pdf_pages(const pdf_file *f, size_t *count) {
  pdf_span cat = pdf_object(f, f->root);
  int root = pdf_ref(f, pdf_dict_get(f, cat, "Pages"));
  int *v = NULL;
  size_t n = 0, cap = 0;
  if (!root || walk_pages(f, root, &v, &n, &cap, 0) || !n) {
    free(v);
    return NULL;
  }
  *count = n;
  return v;
}
