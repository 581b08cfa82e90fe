/* Page content streams (see content.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "content.h"
#include "zstream.h"


void pdf_content_init(pdf_content *c) {
  memset(c, 0, sizeof *c);
  iso_buf_init(&c->b);
  c->ta = c->td = 1;
}

void pdf_content_free(pdf_content *c) { iso_buf_free(&c->b); }

char *pdf_real(char *s, float v) {
  if (v > 32767)
    v = 32767;
  else if (v < -32767)
    v = -32767;
  char *start = s;
  if (v < 0) {
    *s++ = '-';
    v = -v;
  }
  /* libharu's rounding, in its types: the integer part from a double, the
   * fraction through a float scaled by 100000 and cut */
  int32_t whole = (int32_t)(v + 0.000005);
  float frac = (float)((v - (float)whole) + 0.000005);
  int32_t digits = (int32_t)(frac * 100000);
  char tmp[16], *t = tmp + sizeof tmp;
  for (int i = 0; i < 5; i++) {
    *--t = (char)('0' + digits % 10);
    digits /= 10;
  }
  *--t = '.';
  if (whole == 0)
    *--t = '0';
  for (; whole > 0; whole /= 10)
    *--t = (char)('0' + whole % 10);
  size_t n = (size_t)(tmp + sizeof tmp - t);
  memcpy(s, t, n);
  s += n;
  /* trailing zeros and a bare point go */
  while (s - 1 > start && s[-1] == '0')
    s--;
  if (s - 1 > start && s[-1] == '.')
    s--;
  return s;
}

/* The bytes libharu escapes in names and literal strings
 * (HPDF_NEEDS_ESCAPE). */
static int escaped(unsigned ch) {
  if (ch < 0x20 || ch > 0x7e)
    return 1;
  switch (ch) { /* not strchr: a call for every character drawn */
  case '\\': case '%': case '#': case '/': case '(': case ')':
  case '<': case '>': case '[': case ']': case '{': case '}':
    return 1;
  default:
    return 0;
  }
}

static void put(pdf_content *c, const char *s, size_t n) {
  iso_buf_append(&c->b, s, n);
}

void pdf_cs_op(pdf_content *c, const char *op) {
  if (op[0] == 'B' && op[1] == 'T') {
    c->ta = c->td = 1;
    c->tb = c->tc = c->tx = c->ty = 0;
  }
  put(c, op, strlen(op));
  put(c, "\n", 1);
}

void pdf_cs_nums(pdf_content *c, const float *v, int n, const char *op) {
  char buf[16 * 8], *p = buf;
  for (int i = 0; i < n && i < 6; i++) {
    p = pdf_real(p, v[i]);
    *p++ = ' ';
  }
  put(c, buf, (size_t)(p - buf));
  put(c, op, strlen(op));
  put(c, "\n", 1);
}

/* NAME as libharu writes a name: "#XX" for bytes outside the regular
 * characters. */
static void name(pdf_content *c, const char *nm) {
  char buf[3 * 128 + 2], *p = buf;
  *p++ = '/';
  for (size_t i = 0; nm[i] && i < 127; i++) {
    unsigned char ch = (unsigned char)nm[i];
    if (escaped(ch)) {
      *p++ = '#';
      *p++ = "0123456789ABCDEF"[ch >> 4];
      *p++ = "0123456789ABCDEF"[ch & 15];
    } else {
      *p++ = (char)ch;
    }
  }
  put(c, buf, (size_t)(p - buf));
}

void pdf_cs_font(pdf_content *c, const char *nm, float size) {
  name(c, nm);
  char buf[20], *p = buf;
  *p++ = ' ';
  p = pdf_real(p, size);
  put(c, buf, (size_t)(p - buf));
  put(c, " Tf\n", 4);
}

void pdf_cs_text_pos(pdf_content *c, float x, float y) {
  /* HPDF_Page_TextOut: the position relative to the text matrix, in the
   * same float operations, so that the numbers written are libharu's */
  float ry, rx;
  if (c->ta == 0) {
    rx = (y - c->ty - (x - c->tx) * c->td / c->tc) / c->tb;
    ry = (x - c->tx) / c->tc;
  } else {
    ry = (y - c->ty - (x - c->tx) * c->tb / c->ta) /
         (c->td - c->tc * c->tb / c->ta);
    rx = (x - c->tx - ry * c->tc) / c->ta;
  }
  float v[2] = {rx, ry};
  pdf_cs_nums(c, v, 2, "Td");
  c->tx += rx * c->ta + ry * c->tc;
  c->ty += ry * c->td + rx * c->tb;
}

void pdf_cs_text_matrix(pdf_content *c, float a, float b, float cc, float d,
                        float x, float y) {
  float v[6] = {a, b, cc, d, x, y};
  pdf_cs_nums(c, v, 6, "Tm");
  c->ta = a;
  c->tb = b;
  c->tc = cc;
  c->td = d;
  c->tx = x;
  c->ty = y;
}

void pdf_cs_show(pdf_content *c, const unsigned char *s, size_t len,
                 int two_byte) {
  char buf[512];
  size_t k = 0;
  buf[k++] = '(';
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = s[i];
    if (two_byte) {
      /* the codes as bytes: a literal string may hold any byte but these
       * (CR and LF would be read as line ends), half the size of the hex
       * libharu writes, and deflated 7% smaller */
      if (ch == '(' || ch == ')' || ch == '\\') {
        buf[k++] = '\\';
        buf[k++] = (char)ch;
      } else if (ch == '\r' || ch == '\n') {
        buf[k++] = '\\';
        buf[k++] = ch == '\r' ? 'r' : 'n';
      } else {
        buf[k++] = (char)ch;
      }
    } else if (escaped(ch)) {
      /* libharu escapes what it would escape in a name, in octal */
      buf[k++] = '\\';
      buf[k++] = (char)('0' + (ch >> 6));
      buf[k++] = (char)('0' + ((ch >> 3) & 7));
      buf[k++] = (char)('0' + (ch & 7));
    } else {
      buf[k++] = (char)ch;
    }
    if (k > sizeof buf - 8) {
      put(c, buf, k);
      k = 0;
    }
  }
  buf[k++] = ')';
  put(c, buf, k);
  put(c, " Tj\n", 4);
}

void pdf_cs_image(pdf_content *c, const char *nm, float x, float y, float w,
                  float h) {
  pdf_cs_op(c, "q");
  float v[6] = {w, 0, 0, h, x, y};
  pdf_cs_nums(c, v, 6, "cm");
  name(c, nm);
  put(c, " Do\n", 4);
  pdf_cs_op(c, "Q");
}

int pdf_content_finish(pdf_content *c, HPDF_Page page) {
  HPDF_PageAttr a = page->attr;
  int rc = c->b.failed ? -1
                       : pdf_stream_put_deflated(a->contents, c->b.data,
                                                 c->b.len);
  /* the page's stream is its contents' (libharu's operators write there) */
  a->stream = a->contents->stream;
  c->b.len = 0;
  return rc;
}
