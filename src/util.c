/* Strings, UTF-8 and paths. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "util.h"

char *iso_strdup(const char *s) { return s ? iso_strndup(s, strlen(s)) : NULL; }

char *iso_strndup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

size_t iso_utf8_decode_multi(const unsigned char *s, size_t len,
                             uint32_t *cp) {
  if (len == 0)
    return 0;
  unsigned char c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t n;
  uint32_t v, min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, v = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (len < n)
    return 0;
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  /* overlong forms, surrogates and values past U+10FFFF are invalid */
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return n;
}

size_t iso_utf8_invalid_at(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (!n)
      return i;
    i += n;
  }
  return (size_t)-1;
}

int iso_xml_char_ok(uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

char *iso_xml_clean(const char *s) {
  if (!s)
    return NULL;
  size_t len = strlen(s);
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, o = 0;
  while (i < len) {
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (!n) {
      i++;
      continue;
    }
    if (iso_xml_char_ok(cp)) {
      memcpy(out + o, p + i, n);
      o += n;
    }
    i += n;
  }
  out[o] = '\0';
  return out;
}

char *iso_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return iso_strdup(".");
  if (slash == path)
    return iso_strdup("/");
  return iso_strndup(path, (size_t)(slash - path));
}

char *iso_path_join(const char *base, const char *rel) {
  if (!rel)
    return NULL;
  if (rel[0] == '/' || !base || !*base || strcmp(base, ".") == 0)
    return iso_strdup(rel);
  size_t bl = strlen(base), rl = strlen(rel);
  char *p = malloc(bl + rl + 2);
  if (!p)
    return NULL;
  memcpy(p, base, bl);
  size_t o = bl;
  if (base[bl - 1] != '/')
    p[o++] = '/';
  memcpy(p + o, rel, rl + 1);
  return p;
}

size_t iso_edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64)
    return 64;
  size_t row[65];
  for (size_t j = 0; j <= lb; j++)
    row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t up = row[j];
      size_t cost = (a[i - 1] == b[j - 1]) ? 0 : 1;
      size_t best = diag + cost;
      if (row[j] + 1 < best)
        best = row[j] + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[lb];
}

static int is_hex(char ch) {
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
         (ch >= 'A' && ch <= 'F');
}

char *iso_uri_escape(const char *url) {
  static const char ok[] = "-._~:/?#@!$&'()*+,;=";
  static const char hex[] = "0123456789ABCDEF";
  if (!url)
    url = "";
  size_t n = strlen(url);
  if (n > ((size_t)-1 - 1) / 3)
    return NULL;
  char *o = malloc(n * 3 + 1), *w = o;
  if (!o)
    return NULL;
  for (const char *p = url; *p; p++) {
    unsigned char ch = (unsigned char)*p;
    int keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
               (ch >= '0' && ch <= '9') || strchr(ok, ch) ||
               (ch == '%' && is_hex(p[1]) && is_hex(p[2]));
    if (keep) {
      *w++ = (char)ch;
    } else {
      *w++ = '%';
      *w++ = hex[ch >> 4];
      *w++ = hex[ch & 15];
    }
  }
  *w = '\0';
  return o;
}

char *iso_join(char *const *v, size_t n, const char *sep) {
  iso_buf b;
  iso_buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    if (i)
      iso_buf_puts(&b, sep);
    iso_buf_puts(&b, v[i] ? v[i] : "");
  }
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  return b.data ? iso_buf_detach(&b, NULL) : iso_strdup("");
}

const char *iso_suggest(const char *name, const char *const *cands, size_t n) {
  const char *best = NULL;
  size_t best_d = (size_t)-1, len = strlen(name);
  for (size_t i = 0; i < n; i++) {
    size_t dist = iso_edit_distance(name, cands[i]);
    if (dist < best_d) {
      best_d = dist;
      best = cands[i];
    }
  }
  /* close enough: two edits, or a third of the word for long keys */
  if (best && (best_d <= 2 || best_d * 3 <= len) && best_d < len)
    return best;
  return NULL;
}

char *iso_lltoa(long long v, char buf[24]) {
  char *p = buf + 23;
  unsigned long long u =
      v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  *p = 0;
  do
    *--p = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0)
    *--p = '-';
  return p;
}
