/* src/xdom.c, the element trees the reference-template readers walk:
 * namespaces split from local names as libxml2 split them, attributes
 * found with and without a namespace, text and comments left out, and
 * every hostile shape refused with its reason: a DTD (before any entity
 * is read), an undefined entity, ill-formed XML, nesting past the depth
 * limit, more elements than the limit, an empty part. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "xdom.h"

#define W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static iso_xdom_status status_of(const char *xml, size_t len) {
  iso_xdom_status st = ISO_XDOM_OK;
  iso_xdoc *d = iso_xdom_parse(xml, len, &st);
  CHECK((d != NULL) == (st == ISO_XDOM_OK));
  iso_xdom_free(d);
  return st;
}

/* N copies of A, then N of B: a document of repeated pieces */
static char *repeat(const char *a, const char *b, size_t n, size_t *len) {
  size_t la = strlen(a), lb = strlen(b);
  char *s = malloc(n * (la + lb) + 1);
  if (!s)
    exit(1);
  for (size_t i = 0; i < n; i++)
    memcpy(s + i * la, a, la);
  for (size_t i = 0; i < n; i++)
    memcpy(s + n * la + i * lb, b, lb);
  *len = n * (la + lb);
  s[*len] = '\0';
  return s;
}

static void test_tree(void) {
  const char *xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<w:styles xmlns:w=\"" W "\" xmlns:o=\"urn:other\">"
      "<!-- a comment --><?pi here?>"
      "<w:style w:styleId=\"Heading1\" o:styleId=\"other\" type=\"plain\">"
      "text is not kept<w:name w:val=\"heading 1 &amp; &#228;\"/></w:style>"
      "<w:style w:styleId=\"Normal\"/>"
      "<plain a=\"1\"/>"
      "</w:styles>";
  iso_xdom_status st;
  iso_xdoc *d = iso_xdom_parse(xml, strlen(xml), &st);
  CHECK(d && st == ISO_XDOM_OK);
  iso_xnode *root = iso_xdom_root(d);
  CHECK(root && !strcmp(root->name, "styles") && root->ns && !strcmp(root->ns, W));
  CHECK(root && root->parent == NULL);
  iso_xnode *s1 = root ? root->children : NULL;
  CHECK(s1 && !strcmp(s1->name, "style"));
  /* the attribute in W, in the other namespace, with none */
  CHECK(!strcmp(iso_xdom_attr(s1, W, "styleId"), "Heading1"));
  CHECK(!strcmp(iso_xdom_attr(s1, "urn:other", "styleId"), "other"));
  CHECK(iso_xdom_attr(s1, NULL, "styleId") == NULL);
  CHECK(!strcmp(iso_xdom_attr(s1, NULL, "type"), "plain"));
  CHECK(iso_xdom_attr(s1, W, "type") == NULL);
  CHECK(!strcmp(iso_xdom_attr_any(s1, "styleId"), "Heading1")); /* the first */
  CHECK(iso_xdom_attr_any(s1, "missing") == NULL);
  /* text left out: the only child is w:name; references resolved */
  iso_xnode *name = s1 ? s1->children : NULL;
  CHECK(name && !strcmp(name->name, "name") && name->next == NULL &&
        name->parent == s1);
  CHECK(name && !strcmp(iso_xdom_attr(name, W, "val"), "heading 1 & \xC3\xA4"));
  iso_xnode *s2 = s1 ? s1->next : NULL;
  CHECK(s2 && !strcmp(iso_xdom_attr(s2, W, "styleId"), "Normal") && !s2->children);
  iso_xnode *plain = s2 ? s2->next : NULL;
  CHECK(plain && plain->ns == NULL && !strcmp(plain->name, "plain") &&
        plain->next == NULL);
  iso_xdom_free(d);
}

static void test_refusals(void) {
  const char *dtd = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
                    "\"file:///etc/passwd\">]><a>&x;</a>";
  CHECK(status_of(dtd, strlen(dtd)) == ISO_XDOM_DTD);
  const char *bare = "<!DOCTYPE a><a/>";
  CHECK(status_of(bare, strlen(bare)) == ISO_XDOM_DTD);
  const char *undefined = "<a>&x;</a>";
  CHECK(status_of(undefined, strlen(undefined)) == ISO_XDOM_ILL_FORMED);
  const char *open = "<a><b></a>";
  CHECK(status_of(open, strlen(open)) == ISO_XDOM_ILL_FORMED);
  const char *unbound = "<w:a/>"; /* a prefix never declared */
  CHECK(status_of(unbound, strlen(unbound)) == ISO_XDOM_ILL_FORMED);
  CHECK(status_of("", 0) == ISO_XDOM_ILL_FORMED);
  const char nul[] = "<a>\0</a>";
  CHECK(status_of(nul, sizeof nul - 1) == ISO_XDOM_ILL_FORMED);
  const char *two = "<a/><b/>";
  CHECK(status_of(two, strlen(two)) == ISO_XDOM_ILL_FORMED);

  size_t len;
  /* the depth limit and one past it */
  char *deep = repeat("<a>", "</a>", ISO_XDOM_MAX_DEPTH, &len);
  CHECK(status_of(deep, len) == ISO_XDOM_OK);
  free(deep);
  deep = repeat("<a>", "</a>", ISO_XDOM_MAX_DEPTH + 1, &len);
  CHECK(status_of(deep, len) == ISO_XDOM_TOO_BIG);
  free(deep);
  /* the element limit: the root and its children */
  char *wide = repeat("<b/>", "", ISO_XDOM_MAX_ELEMENTS - 1, &len);
  char *doc = malloc(len + 8);
  if (!doc)
    exit(1);
  snprintf(doc, len + 8, "<a>%s</a>", wide);
  CHECK(status_of(doc, strlen(doc)) == ISO_XDOM_OK);
  snprintf(doc, len + 8, "<a>%s<b/>", wide); /* unfinished, but refused first */
  CHECK(status_of(doc, strlen(doc)) == ISO_XDOM_TOO_BIG);
  free(doc);
  free(wide);
}

/* UTF-16 with its byte-order mark is read as libxml2 read it. */
static void test_utf16(void) {
  /* <a x="ä"/> by hand in UTF-16LE */
  unsigned char u16[] = {0xFF, 0xFE, '<', 0, 'a', 0, ' ', 0, 'x', 0, '=', 0,
                         '"', 0, 0xE4, 0, '"', 0, '/', 0, '>', 0};
  iso_xdom_status st;
  iso_xdoc *d = iso_xdom_parse(u16, sizeof u16, &st);
  CHECK(d && !strcmp(iso_xdom_attr(iso_xdom_root(d), NULL, "x"), "\xC3\xA4"));
  iso_xdom_free(d);
}

int main(void) {
  test_tree();
  test_refusals();
  test_utf16();
  return check_failures ? 1 : 0;
}
