/* XML parts, written into memory with sticky failure.
 *
 * The bytes are what libxml2's xmlTextWriter writes for the same calls
 * (tests/unit/xml_tree_test compares them), but composed here: through the
 * writer, each start tag was a malloc and a copy of its name and each
 * attribute, quote and value a call into its output buffer, a fifth of
 * writing a DOCX or ODT. The escaping was ours already (escaped()). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "package.h"
#include "util.h"

#define DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

int iso_xml_begin(iso_xml *x) {
  memset(x, 0, sizeof *x);
  if (iso_buf_append(&x->out, DECLARATION, sizeof DECLARATION - 1)) {
    x->failed = 1;
    return -1;
  }
  return 0;
}

int iso_xml_begin_indented(iso_xml *x) {
  memset(x, 0, sizeof *x);
  x->indent = x->doindent = 1;
  return 0;
}

static void out(iso_xml *x, const void *p, size_t n) {
  if (iso_buf_append(&x->out, p, n))
    x->failed = 1;
}

/* The number of open elements: NAMES holds each name and its length. */
static size_t depth(const iso_xml *x) {
  size_t d = 0, at = x->open.len, n;
  while (at >= sizeof n) {
    memcpy(&n, x->open.data + at - sizeof n, sizeof n);
    at -= sizeof n + n;
    d++;
  }
  return d;
}

/* One space a level, for LEVELS levels. */
static void indent_by(iso_xml *x, size_t levels) {
  for (size_t i = 0; i < levels; i++)
    out(x, " ", 1);
}

/* Closes the innermost start tag: content follows. */
static void close_tag(iso_xml *x) {
  x->tag_open = 0;
  out(x, ">", 1);
}

void iso_xml_pi(iso_xml *x, const char *target, const char *content) {
  if (x->failed)
    return;
  if (x->open.len) { /* inside an element: not a use XMP has */
    x->failed = 1;
    return;
  }
  out(x, "<?", 2);
  out(x, target, strlen(target));
  if (content && *content) {
    out(x, " ", 1);
    out(x, content, strlen(content));
  }
  out(x, "?>", 2);
  if (x->indent)
    out(x, "\n", 1);
}

void iso_xml_start(iso_xml *x, const char *name) {
  if (x->failed)
    return;
  if (x->tag_open) {
    close_tag(x);
    if (x->indent)
      out(x, "\n", 1);
  }
  if (x->indent)
    indent_by(x, depth(x));
  size_t n = strlen(name);
  out(x, "<", 1);
  out(x, name, n);
  /* the name again, for the end tag */
  if (iso_buf_append(&x->open, name, n) ||
      iso_buf_append(&x->open, &n, sizeof n))
    x->failed = 1;
  x->tag_open = !x->failed;
}

/* Ends the innermost element as xmlTextWriterEndElement does: "/>" for one
 * with no content, else its end tag. */
static void end_element(iso_xml *x) {
  size_t n;
  if (x->open.len < sizeof n) { /* no element is open */
    x->failed = 1;
    return;
  }
  memcpy(&n, x->open.data + x->open.len - sizeof n, sizeof n);
  x->open.len -= sizeof n + n;
  if (x->tag_open) {
    x->tag_open = 0;
    out(x, "/>", 2);
  } else {
    /* the end tag on a line of its own unless text came last */
    if (x->indent && x->doindent)
      indent_by(x, depth(x));
    out(x, "</", 2);
    out(x, x->open.data + x->open.len, n);
    out(x, ">", 1);
  }
  x->doindent = 1;
  if (x->indent)
    out(x, "\n", 1);
}

void iso_xml_end(iso_xml *x) {
  if (!x->failed)
    end_element(x);
}

#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u
/* whether a byte of V is zero, the usual word-at-a-time test */
#define ZERO_BYTE(v) (((v) - ONES) & ~(v) & HIGHS)

/* The length of P's start that is eight-byte words of printable ASCII
 * other than & < > and ", which need no work in any context: most of a
 * part's text and attribute values, looked at a word at a time. */
static size_t plain_prefix(const unsigned char *p, size_t len) {
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t v;
    memcpy(&v, p + i, sizeof v);
    if ((v & HIGHS) || ((v - ONES * 0x20) & ~v & HIGHS) ||
        ZERO_BYTE(v ^ (ONES * '&')) || ZERO_BYTE(v ^ (ONES * '<')) ||
        ZERO_BYTE(v ^ (ONES * '>')) || ZERO_BYTE(v ^ (ONES * '"')))
      break;
  }
  return i;
}

/* Whether S needs work before it is written: cleaning (libxml2 passes
 * control characters and invalid UTF-8 through unchanged, which makes the
 * part ill-formed), or with ESCAPE also escaping (markup characters; in an
 * attribute also quotes, tabs and newlines, which attribute-value
 * normalisation would turn into spaces). */
static int needs_work(const char *s, size_t len, int escape, int attr) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = plain_prefix(p, len);
  while (i < len) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c < 0x20 && (escape || (c != '\t' && c != '\n' && c != '\r')))
        return 1;
      if (escape && (c == '&' || c == '<' || c == '>' || (attr && c == '"')))
        return 1;
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (!n || !iso_xml_char_ok(cp))
      return 1;
    i += n;
  }
  return 0;
}

/* S escaped and cleaned, in a new string. (Ours from the start: libxml2
 * 2.9's xmlTextWriterWriteString and WriteAttribute drop the text and
 * still report success when their escaping runs out of memory, so a
 * document would silently lose words.) */
static char *escaped(const char *s, size_t len, int attr) {
  char *clean = NULL;
  if (needs_work(s, len, 0, attr)) {
    char *raw = iso_strndup(s, len);
    clean = raw ? iso_xml_clean(raw) : NULL;
    free(raw);
    if (!clean)
      return NULL;
    s = clean;
    len = strlen(clean);
  }
  iso_buf b;
  iso_buf_init(&b);
  const char *run = s;
  for (const char *p = s; p < s + len; p++) {
    const char *rep = NULL;
    switch (*p) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = attr ? "&quot;" : NULL; break;
    /* attribute-value normalisation would turn these into spaces */
    case '\t': rep = attr ? "&#9;" : NULL; break;
    case '\n': rep = attr ? "&#10;" : NULL; break;
    case '\r': rep = "&#13;"; break;
    default: break;
    }
    if (!rep)
      continue;
    iso_buf_append(&b, run, (size_t)(p - run));
    iso_buf_puts(&b, rep);
    run = p + 1;
  }
  iso_buf_append(&b, run, (size_t)(s + len - run));
  free(clean);
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  return iso_buf_detach(&b, NULL);
}

/* S as written: S itself when it needs no escaping or cleaning (most
 * attribute values and runs of text: copying each into an escaped
 * duplicate was a tenth of writing a part), else its escaped copy, in
 * *OWNED for the caller to free. *LEN becomes its length. NULL when
 * memory ran out. */
static const char *as_written(const char *s, size_t *len, int attr,
                              char **owned) {
  *owned = NULL;
  if (!needs_work(s, *len, 1, attr))
    return s;
  char *e = escaped(s, *len, attr);
  if (!e)
    return NULL;
  *len = strlen(e);
  return *owned = e;
}

static void out_escaped(iso_xml *x, const char *s, size_t len, int attr) {
  char *owned;
  const char *w = as_written(s, &len, attr, &owned);
  if (!w)
    x->failed = 1;
  else
    out(x, w, len);
  free(owned);
}

/* An attribute belongs in a start tag that has no content yet; anywhere
 * else it is the caller's mistake, which fails the part as it failed in
 * xmlTextWriterStartAttribute. */
void iso_xml_attr(iso_xml *x, const char *name, const char *value) {
  if (x->failed)
    return;
  if (!x->tag_open) {
    x->failed = 1;
    return;
  }
  if (!value)
    value = "";
  out(x, " ", 1);
  out(x, name, strlen(name));
  out(x, "=\"", 2);
  out_escaped(x, value, strlen(value), 1);
  out(x, "\"", 1);
}

void iso_xml_attrf(iso_xml *x, const char *name, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0 || (size_t)n >= sizeof small) {
    x->failed = 1;
    return;
  }
  iso_xml_attr(x, name, small);
}

/* Digits by hand: through vsnprintf the numbers of a DOCX (widths,
 * spacing, sizes) were a twentieth of writing it. */
void iso_xml_attr_int(iso_xml *x, const char *name, long long v) {
  char b[24];
  iso_xml_attr(x, name, iso_lltoa(v, b));
}

void iso_xml_text_len(iso_xml *x, const char *s, size_t len) {
  if (x->failed || !s || !len)
    return;
  x->doindent = 0;
  if (!x->tag_open) {
    out_escaped(x, s, len, 0);
    return;
  }
  /* text cleaned away writes nothing, as through the writer: the element
   * stays empty */
  char *owned;
  const char *w = as_written(s, &len, 0, &owned);
  if (!w) {
    x->failed = 1;
    return;
  }
  if (len) {
    close_tag(x);
    out(x, w, len);
  }
  free(owned);
}

void iso_xml_text(iso_xml *x, const char *s) {
  if (s)
    iso_xml_text_len(x, s, strlen(s));
}

void iso_xml_empty(iso_xml *x, const char *name) {
  iso_xml_start(x, name);
  iso_xml_end(x);
}

void iso_xml_empty_attr(iso_xml *x, const char *name, const char *attr,
                        const char *value) {
  iso_xml_start(x, name);
  iso_xml_attr(x, attr, value);
  iso_xml_end(x);
}

void iso_xml_element(iso_xml *x, const char *name, const char *text) {
  iso_xml_start(x, name);
  iso_xml_text(x, text);
  iso_xml_end(x);
}

int iso_xml_finish(iso_xml *x, unsigned char **data, size_t *len) {
  *data = NULL;
  *len = 0;
  /* what xmlTextWriterEndDocument does: close what is left open, end
   * with a newline (indented, the last line has one) */
  while (!x->failed && x->open.len)
    end_element(x);
  if (!x->indent)
    out(x, "\n", 1);
  if (!x->failed)
    *data = (unsigned char *)iso_buf_detach(&x->out, len);
  int rc = *data ? 0 : -1;
  if (!*data)
    *len = 0;
  iso_xml_discard(x);
  return rc;
}

void iso_xml_discard(iso_xml *x) {
  iso_buf_free(&x->out);
  iso_buf_free(&x->open);
  x->tag_open = 0;
}
