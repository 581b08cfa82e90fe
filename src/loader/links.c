/* Link schemes. A `javascript:`, `vbscript:` or `data:` link runs code or
 * shows content when clicked, so only http, https, mailto and relative
 * links are allowed. The scheme is read as browsers read it (the WHATWG URL
 * standard): leading spaces and control characters do not count, tabs and
 * line breaks anywhere are removed, and case does not matter. So
 * `JaVaScRiPt:`, `java<TAB>script:` and ` javascript:` are all refused. */
#include <ctype.h>
#include <string.h>

#include "links.h"

static int ignored(unsigned char c) { return c == '\t' || c == '\n' || c == '\r'; }

int ld_link_scheme(const char *url, char *scheme, size_t cap) {
  static const char *const allowed[] = {"http", "https", "mailto"};
  const unsigned char *p = (const unsigned char *)url;
  while (*p && *p <= 0x20)
    p++;
  size_t n = 0;
  for (;; p++) {
    if (ignored(*p))
      continue;
    int ok = n ? isalnum(*p) || *p == '+' || *p == '-' || *p == '.'
               : isalpha(*p);
    if (!ok || *p >= 0x80)
      break;
    if (n + 1 < cap)
      scheme[n] = (char)tolower(*p);
    n++;
  }
  if (*p != ':' || !n)
    return 0; /* no scheme: a relative reference */
  if (cap)
    scheme[n + 1 < cap ? n : cap - 1] = '\0';
  for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
    if (n + 1 <= cap && !strcmp(scheme, allowed[i]))
      return 0;
  return -1;
}
