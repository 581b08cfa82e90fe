/* Text and attribute values through src/package/xml.c: whatever the bytes
 * (markup characters, quotes, tabs, line ends, control characters, UTF-8
 * and broken UTF-8, at every offset of a word), the part is well-formed
 * XML and reads back as the cleaned text, with nothing else changed. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "check.h"
#include "package/package.h"
#include "util.h"

static const char *pieces[] = {"a", "Z", " ", "&", "<", ">", "\"", "'", "\t",
                               "\n", "\r", "\x01", "\x1f", "\x7f", "ä", "€",
                               "≤", "\xc3", "\xff", "\xef\xbf\xbe", "abcdefgh"};

static unsigned long long state = 88172645463325252ull;
static unsigned next(unsigned n) {
  state ^= state << 13, state ^= state >> 7, state ^= state << 17;
  return (unsigned)(state % n);
}

/* One element with S as an attribute and as text, parsed back. */
static void round_trip(const char *s) {
  iso_xml x;
  iso_xml_begin(&x);
  iso_xml_start(&x, "p");
  iso_xml_attr(&x, "v", s);
  iso_xml_text(&x, s);
  iso_xml_end(&x);
  unsigned char *data = NULL;
  size_t len = 0;
  CHECK_INT(iso_xml_finish(&x, &data, &len), 0);
  char *want = iso_xml_clean(s);
  xmlDocPtr doc = data ? xmlReadMemory((const char *)data, (int)len, NULL,
                                       NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                 XML_PARSE_NOWARNING)
                       : NULL;
  CHECK(doc != NULL);
  if (doc && want) {
    xmlNodePtr p = xmlDocGetRootElement(doc);
    xmlChar *v = xmlGetProp(p, BAD_CAST "v");
    xmlChar *t = xmlNodeGetContent(p);
    CHECK_STR((const char *)v, want);
    CHECK_STR((const char *)t, want);
    xmlFree(v);
    xmlFree(t);
  }
  if (doc)
    xmlFreeDoc(doc);
  free(want);
  free(data);
}

int main(void) {
  char s[256];
  round_trip("");
  for (int k = 0; k < 3000; k++) {
    size_t n = 0;
    /* a plain run of varying length first, so the interesting byte falls
     * at every offset of an eight-byte word */
    for (unsigned i = next(20); i > 0; i--)
      s[n++] = (char)('a' + next(26));
    for (unsigned m = 1 + next(6); m > 0; m--) {
      const char *p = pieces[next(sizeof pieces / sizeof *pieces)];
      size_t l = strlen(p);
      if (n + l + 1 >= sizeof s)
        break;
      memcpy(s + n, p, l);
      n += l;
    }
    s[n] = 0;
    round_trip(s);
  }
  xmlCleanupParser();
  return check_done("xml_escape_test");
}
