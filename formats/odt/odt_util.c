/* Small helpers shared by the ODT part writers: namespaces, lengths,
 * colours, and text with ODF's white-space rules. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "odt.h"
#include "util.h"

void odt_namespaces(iso_xml *x) {
  static const char *const ns[][2] = {
      {"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
      {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
      {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
      {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
      {"xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
      {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
      {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
      {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
      {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
      {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
      {"xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"},
  };
  for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++)
    iso_xml_attr(x, ns[i][0], ns[i][1]);
  iso_xml_attr(x, "office:version", "1.3");
}

/* Integer arithmetic, not printf("%f"): a caller's setlocale must not turn
 * the decimal point into a comma. */
/* "-12.05pt": as snprintf's "%s%lld.%02lldpt" wrote it, with digits of
 * our own (through snprintf, ODT's lengths were 1.4% of a document's
 * DOCX and ODT). */
void odt_len(char out[32], double pt) {
  long long v = llround(pt * 100.0);
  char b[24], *d;
  size_t n = 0;
  if (v < 0) {
    out[n++] = '-';
    v = -v;
  }
  d = iso_lltoa(v / 100, b);
  size_t k = strlen(d);
  memcpy(out + n, d, k);
  n += k;
  out[n++] = '.';
  out[n++] = (char)('0' + v % 100 / 10);
  out[n++] = (char)('0' + v % 10);
  memcpy(out + n, "pt", 3);
}

void odt_attr_len(iso_xml *x, const char *name, double pt) {
  char s[32];
  odt_len(s, pt);
  iso_xml_attr(x, name, s);
}

void odt_attr_color(iso_xml *x, const char *name, const char *rrggbb) {
  iso_xml_attrf(x, name, "#%.6s", rrggbb && strlen(rrggbb) == 6 ? rrggbb : "000000");
}

void odt_attr_font_family(iso_xml *x, const char *name, const char *family) {
  char s[200];
  size_t n = 0;
  s[n++] = '\'';
  for (const char *p = family; p && *p && n < sizeof s - 3; p++)
    if (*p != '\'')
      s[n++] = *p;
  s[n++] = '\'';
  s[n] = '\0';
  iso_xml_attr(x, name, s);
}

/* xlink:href must be a URI (jing refuses "[", "|", a stray "%"). */
void odt_attr_uri(iso_xml *x, const char *name, const char *url) {
  char *u = iso_uri_escape(url);
  if (!u)
    x->failed = 1;
  else
    iso_xml_attr(x, name, u);
  free(u);
}

void odt_p_start(odt_ctx *c, const char *element, const char *style) {
  iso_xml_start(c->x, element);
  iso_xml_attr(c->x, "text:style-name", style);
  c->ws = 1;
}

static void spaces(odt_ctx *c, size_t n) {
  if (!c->ws) { /* one space after a word survives as itself */
    iso_xml_text(c->x, " ");
    n--;
  }
  if (n) {
    iso_xml_start(c->x, "text:s");
    if (n > 1)
      iso_xml_attr_int(c->x, "text:c", (long long)n);
    iso_xml_end(c->x);
  }
  c->ws = 1;
}

void odt_text(odt_ctx *c, const char *s, int code) {
  if (!s)
    return;
  const char *run = s;
  const char *p = s;
  while (*p) {
    char ch = *p;
    int space = ch == ' ' || (!code && (ch == '\n' || ch == '\r'));
    if (!space && ch != '\t' && ch != '\n' && ch != '\r') {
      p++;
      c->ws = 0;
      continue;
    }
    iso_xml_text_len(c->x, run, (size_t)(p - run));
    if (space) {
      size_t n = 0;
      while (*p == ' ' || (!code && (*p == '\n' || *p == '\r'))) {
        /* CR LF counts once */
        if (!(*p == '\n' && p > s && p[-1] == '\r'))
          n++;
        p++;
      }
      spaces(c, n);
    } else if (ch == '\t') {
      iso_xml_empty(c->x, "text:tab");
      c->ws = 1;
      p++;
    } else { /* code line break; CR LF is one break */
      if (ch == '\r' && p[1] == '\n')
        p++;
      iso_xml_empty(c->x, "text:line-break");
      c->ws = 1;
      p++;
    }
    run = p;
  }
  iso_xml_text_len(c->x, run, (size_t)(p - run));
}

void odt_span(odt_ctx *c, const char *style, const char *s) {
  iso_xml_start(c->x, "text:span");
  iso_xml_attr(c->x, "text:style-name", style);
  odt_text(c, s, 0);
  iso_xml_end(c->x);
}

/* ---- inlines ------------------------------------------------------- */

static void link_start(odt_ctx *c, const iso_node *n) {
  iso_xml_start(c->x, "text:a");
  iso_xml_attr(c->x, "xlink:type", "simple");
  odt_attr_uri(c->x, "xlink:href", iso_node_get_url(n));
  iso_xml_attr(c->x, "text:style-name", "Internet_20_link");
  iso_xml_attr(c->x, "text:visited-style-name", "Visited_20_Internet_20_Link");
}

static void inline_enter(odt_ctx *c, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_TEXT:
    odt_text(c, iso_node_get_literal(n), 0);
    break;
  case ISO_NODE_STRONG:
    iso_xml_start(c->x, "text:span");
    iso_xml_attr(c->x, "text:style-name", "Strong_20_Emphasis");
    break;
  case ISO_NODE_EMPH:
    iso_xml_start(c->x, "text:span");
    iso_xml_attr(c->x, "text:style-name", "Emphasis");
    break;
  case ISO_NODE_CODE:
    iso_xml_start(c->x, "text:span");
    iso_xml_attr(c->x, "text:style-name", "Source_20_Text");
    odt_text(c, iso_node_get_literal(n), 1);
    iso_xml_end(c->x);
    break;
  case ISO_NODE_LINK:
    link_start(c, n);
    break;
  case ISO_NODE_LINEBREAK:
    iso_xml_empty(c->x, "text:line-break");
    c->ws = 1;
    break;
  default:
    break;
  }
}

static void inline_exit(odt_ctx *c, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_STRONG:
  case ISO_NODE_EMPH:
  case ISO_NODE_LINK:
    iso_xml_end(c->x);
    break;
  default:
    break;
  }
}

void odt_inline_event(odt_ctx *c, const iso_node *n, iso_event ev) {
  if (ev == ISO_EVENT_ENTER)
    inline_enter(c, n);
  else if (ev == ISO_EVENT_EXIT)
    inline_exit(c, n);
}
