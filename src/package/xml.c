/* XML parts through libxml2's xmlTextWriter, with sticky failure. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "package.h"
#include "util.h"

int iso_xml_begin(iso_xml *x) {
  memset(x, 0, sizeof *x);
  x->buf = xmlBufferCreate();
  if (!x->buf) {
    x->failed = 1;
    return -1;
  }
  /* libxml2 2.9 grows a memory buffer by what each flush needs: a part of
   * megabytes is then copied over and over (quadratic wherever realloc
   * cannot grow in place, as under AddressSanitizer) */
  xmlBufferSetAllocationScheme(x->buf, XML_BUFFER_ALLOC_DOUBLEIT);
  x->w = xmlNewTextWriterMemory(x->buf, 0);
  if (!x->w || xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", "yes") < 0) {
    x->failed = 1;
    return -1;
  }
  return 0;
}

#define CHECK(call)                                                            \
  do {                                                                         \
    if (!x->failed && (call) < 0)                                              \
      x->failed = 1;                                                           \
  } while (0)

/* Where the pending element's name ends in its tag. */
static size_t name_end(const iso_xml *x) {
  if (x->nattrs)
    return x->attrs[0].name - 1; /* the space before the first attribute */
  return x->text ? x->text - 1 : x->tag.len; /* the '>' or the end */
}

/* Hands the pending element to the writer: the element and its
 * attributes, the values escaped already, then its text so far. */
static void materialize(iso_xml *x) {
  x->pending = 0;
  if (x->failed)
    return;
  unsigned char *t = x->tag.data;
  size_t end = name_end(x);
  unsigned char keep = t[end]; /* NUL-terminate each name in place */
  t[end] = 0;
  CHECK(xmlTextWriterStartElement(x->w, t + 1));
  t[end] = keep;
  for (unsigned i = 0; i < x->nattrs && !x->failed; i++) {
    unsigned char *name = t + x->attrs[i].name;
    keep = name[x->attrs[i].name_len];
    name[x->attrs[i].name_len] = 0;
    CHECK(xmlTextWriterStartAttribute(x->w, name));
    name[x->attrs[i].name_len] = keep;
    if (x->attrs[i].value_len && !x->failed &&
        xmlTextWriterWriteRawLen(x->w, t + x->attrs[i].value,
                                 (int)x->attrs[i].value_len) < 0)
      x->failed = 1;
    CHECK(xmlTextWriterEndAttribute(x->w));
  }
  size_t n = x->text ? x->tag.len - x->text : 0;
  if (n && !x->failed &&
      (n > 0x7FFFFFFF ||
       xmlTextWriterWriteRawLen(x->w, t + x->text, (int)n) < 0))
    x->failed = 1;
}

void iso_xml_start(iso_xml *x, const char *name) {
  if (x->failed)
    return;
  if (x->pending)
    materialize(x);
  x->tag.len = 0;
  x->nattrs = 0;
  x->text = 0;
  iso_buf_append(&x->tag, "<", 1);
  iso_buf_puts(&x->tag, name);
  if (x->tag.failed)
    x->failed = 1;
  x->pending = !x->failed;
}

void iso_xml_end(iso_xml *x) {
  if (x->failed)
    return;
  if (!x->pending) {
    CHECK(xmlTextWriterEndElement(x->w));
    return;
  }
  /* what xmlTextWriterEndElement writes: "/>" for an element with no
   * content, else its end tag */
  x->pending = 0;
  if (x->text) {
    iso_buf_append(&x->tag, "</", 2);
    iso_buf_append(&x->tag, x->tag.data + 1, name_end(x) - 1);
    iso_buf_append(&x->tag, ">", 1);
  } else {
    iso_buf_append(&x->tag, "/>", 2);
  }
  if (x->tag.failed || x->tag.len > 0x7FFFFFFF ||
      xmlTextWriterWriteRawLen(x->w, x->tag.data, (int)x->tag.len) < 0)
    x->failed = 1;
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

/* libxml2 2.9's xmlTextWriterWriteString and WriteAttribute drop the text
 * and still report success when their escaping runs out of memory, so a
 * document would silently lose words. Text goes through our own escaping
 * and xmlTextWriterWriteRaw, whose failures are reported. */
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
 * *OWNED for the caller to free. *LEN becomes its length, at most
 * INT_MAX (libxml2 takes an int). NULL when memory ran out. */
static const char *as_written(const char *s, size_t *len, int attr,
                              char **owned) {
  *owned = NULL;
  if (*len <= 0x7FFFFFFF && !needs_work(s, *len, 1, attr))
    return s;
  char *e = *len <= 0x7FFFFFFF ? escaped(s, *len, attr) : NULL;
  if (!e || strlen(e) > 0x7FFFFFFF) {
    free(e);
    return NULL;
  }
  *len = strlen(e);
  return *owned = e;
}

static void write_escaped(iso_xml *x, const char *s, size_t len, int attr) {
  char *owned;
  const char *w = as_written(s, &len, attr, &owned);
  if (!w || (len && xmlTextWriterWriteRawLen(x->w, BAD_CAST w, (int)len) < 0))
    x->failed = 1;
  free(owned);
}

/* Adds an attribute to the pending start tag, as the writer would write
 * it (a space, the name, the value escaped in double quotes). */
static void pend_attr(iso_xml *x, const char *name, const char *value) {
  iso_buf *t = &x->tag;
  size_t len = strlen(value);
  iso_buf_append(t, " ", 1);
  x->attrs[x->nattrs].name = t->len;
  x->attrs[x->nattrs].name_len = strlen(name);
  iso_buf_puts(t, name);
  iso_buf_append(t, "=\"", 2);
  x->attrs[x->nattrs].value = t->len;
  char *owned;
  const char *w = as_written(value, &len, 1, &owned);
  if (!w)
    x->failed = 1;
  else
    iso_buf_append(t, w, len);
  free(owned);
  x->attrs[x->nattrs].value_len = t->len - x->attrs[x->nattrs].value;
  iso_buf_append(t, "\"", 1);
  x->nattrs++;
  if (t->failed)
    x->failed = 1;
}

void iso_xml_attr(iso_xml *x, const char *name, const char *value) {
  if (x->failed)
    return;
  if (!value)
    value = "";
  if (x->pending && !x->text && x->nattrs < ISO_XML_ATTRS) {
    pend_attr(x, name, value);
    return;
  }
  if (x->pending)
    materialize(x);
  CHECK(xmlTextWriterStartAttribute(x->w, BAD_CAST name));
  if (!x->failed)
    write_escaped(x, value, strlen(value), 1);
  CHECK(xmlTextWriterEndAttribute(x->w));
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
  if (x->pending) { /* kept with the element until it ends or has a child */
    iso_buf *t = &x->tag;
    char *owned;
    const char *w = as_written(s, &len, 0, &owned);
    if (!w) {
      x->failed = 1;
      return;
    }
    /* text cleaned away writes nothing, as through the writer: the
     * element stays empty */
    if (len && !x->text) {
      iso_buf_append(t, ">", 1);
      x->text = t->len;
    }
    iso_buf_append(t, w, len);
    free(owned);
    if (t->failed)
      x->failed = 1;
    return;
  }
  write_escaped(x, s, len, 0);
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
  if (x->pending)
    materialize(x);
  CHECK(xmlTextWriterEndDocument(x->w));
  if (x->w) {
    xmlFreeTextWriter(x->w); /* flushes into the buffer */
    x->w = NULL;
  }
  if (!x->failed) {
    size_t n = (size_t)xmlBufferLength(x->buf);
    unsigned char *p = malloc(n ? n : 1);
    if (p) {
      memcpy(p, xmlBufferContent(x->buf), n);
      *data = p;
      *len = n;
    } else {
      x->failed = 1;
    }
  }
  int rc = x->failed ? -1 : 0;
  iso_xml_discard(x);
  return rc;
}

void iso_xml_discard(iso_xml *x) {
  if (x->w)
    xmlFreeTextWriter(x->w);
  if (x->buf)
    xmlBufferFree(x->buf);
  x->w = NULL;
  x->buf = NULL;
  iso_buf_free(&x->tag);
  x->pending = 0;
}
