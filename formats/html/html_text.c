/* Escaping and small serializations. HTML is written by hand rather than
 * with libxml2's xmlTextWriter: HTML5's syntax (void elements, no empty-
 * element tags for <td> or <p>, raw-text <style> and <script>) is not
 * XML's. Everything that comes from a document goes through html_text or
 * html_css_string, nothing else. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"

void html_raw(html_ctx *c, const char *s) { iso_buf_puts(c->out, s); }

void html_rawf(html_ctx *c, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    c->failed = 1;
    return;
  }
  if ((size_t)n < sizeof small) {
    iso_buf_append(c->out, small, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (!big) {
    c->failed = 1;
    return;
  }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  iso_buf_append(c->out, big, (size_t)n);
  free(big);
}

void html_text_len(html_ctx *c, const char *s, size_t len) {
  size_t run = 0;
  for (size_t i = 0; i < len; i++) {
    const char *e = NULL;
    switch (s[i]) {
    case '&': e = "&amp;"; break;
    case '<': e = "&lt;"; break;
    case '>': e = "&gt;"; break;
    case '"': e = "&quot;"; break;
    case '\'': e = "&#39;"; break;
    default: continue;
    }
    iso_buf_append(c->out, s + run, i - run);
    iso_buf_puts(c->out, e);
    run = i + 1;
  }
  iso_buf_append(c->out, s + run, len - run);
}

void html_text(html_ctx *c, const char *s) {
  if (s)
    html_text_len(c, s, strlen(s));
}

void html_attr(html_ctx *c, const char *name, const char *value) {
  html_rawf(c, " %s=\"", name);
  html_text(c, value ? value : "");
  html_raw(c, "\"");
}

/* Everything but letters, digits, spaces and UTF-8's multi-byte sequences
 * as a hex escape: no quote, backslash, "<" or line break survives. */
void html_css_string(html_ctx *c, const char *s) {
  html_raw(c, "\"");
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || *p == ' ' || *p >= 0x80)
      iso_buf_append(c->out, p, 1);
    else
      html_rawf(c, "\\%x ", *p);
  }
  html_raw(c, "\"");
}

void html_color(html_ctx *c, const char *rrggbb) {
  int ok = rrggbb && strlen(rrggbb) == 6;
  for (int i = 0; ok && i < 6; i++)
    ok = strchr("0123456789abcdefABCDEF", rrggbb[i]) != NULL;
  html_rawf(c, "#%.6s", ok ? rrggbb : "000000");
}

/* Integer arithmetic, not printf("%f"): a caller's setlocale must not turn
 * the decimal point into a comma. */
void html_pt(html_ctx *c, double pt) {
  long long v = llround(pt * 100.0);
  const char *sign = v < 0 ? "-" : "";
  if (v < 0)
    v = -v;
  if (v % 100)
    html_rawf(c, "%s%lld.%02lldpt", sign, v / 100, v % 100);
  else
    html_rawf(c, "%s%lldpt", sign, v / 100);
}

void html_base64(html_ctx *c, const unsigned char *d, size_t len) {
  static const char a[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  char q[4];
  for (size_t i = 0; i < len; i += 3) {
    unsigned v = (unsigned)d[i] << 16;
    if (i + 1 < len)
      v |= (unsigned)d[i + 1] << 8;
    if (i + 2 < len)
      v |= d[i + 2];
    q[0] = a[(v >> 18) & 63];
    q[1] = a[(v >> 12) & 63];
    q[2] = i + 1 < len ? a[(v >> 6) & 63] : '=';
    q[3] = i + 2 < len ? a[v & 63] : '=';
    iso_buf_append(c->out, q, 4);
  }
}

void html_image_src(html_ctx *c, const iso_image *img) {
  html_rawf(c, " src=\"data:%s;base64,",
            img->info.format == ISO_IMAGE_JPEG ? "image/jpeg" : "image/png");
  html_base64(c, img->data, img->len);
  html_raw(c, "\"");
}

int html_url_safe(const char *url) {
  if (!url || !*url)
    return 0;
  static const char *const ok[] = {"http:", "https:", "mailto:"};
  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
    if (strncasecmp(url, ok[i], strlen(ok[i])) == 0)
      return 1;
  /* relative: no scheme before the first "/", "?" or "#" */
  size_t n = strcspn(url, ":/?#");
  return url[n] != ':';
}

void html_heading_id(size_t i, char out[32]) { snprintf(out, 32, "sec-%zu", i + 1); }

int html_level(int level) { return level < 1 ? 2 : level + 1 > 6 ? 6 : level + 1; }
