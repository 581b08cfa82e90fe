/* Element trees through src/package/xml.c, which composes the tags itself
 * and hands libxml2's writer only bytes: random trees (empty elements with
 * up to 24 attributes, elements with text, children or both, values that
 * need escaping, elements left open at the end) must parse back to the
 * tree written, and come out byte for byte as libxml2's writer writes the
 * same calls. An attribute after content fails the part, as it failed in
 * the writer. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "check.h"
#include "package/package.h"

static unsigned long long state = 0x9E3779B97F4A7C15ull;
static unsigned next(unsigned n) {
  state ^= state << 13, state ^= state >> 7, state ^= state << 17;
  return (unsigned)(state % n);
}

static const char *values[] = {"", "1", "Heading 1", "a&b", "<x>", "\"q\"",
                               "tab\there", "line\nend", "äöå €", "≤ 50 %"};
#define NVALUES (sizeof values / sizeof values[0])
/* Without a declaration libxml2's writer writes the characters past ASCII
 * of attribute values as references, which the indented comparison
 * leaves out (both are the same XML) */
#define NASCII 8
static int ascii_values;
/* Text leaves out the quotes, which libxml2's writer escapes in text and
 * we do not (both are well-formed). */
static const char *texts[] = {"1", "Heading 1", "a&b", "<x>", "tab\there",
                              "line\nend", "äöå €", "≤ 50 %"};
#define NTEXTS (sizeof texts / sizeof texts[0])

typedef struct node {
  char name[16];
  unsigned nattrs;
  const char *attr[24]; /* attribute i is named a<i> */
  const char *text;     /* or NULL */
  unsigned nkids;
  struct node *kid[3];
} node;

static node *make(int depth) {
  node *n = calloc(1, sizeof *n);
  if (!n)
    exit(1);
  snprintf(n->name, sizeof n->name, "e%u", next(5));
  n->nattrs = next(4) == 0 ? 17 + next(8) : next(4);
  for (unsigned i = 0; i < n->nattrs; i++)
    n->attr[i] = values[next(ascii_values ? NASCII : NVALUES)];
  unsigned kind = depth > 3 ? next(2) : next(4); /* text, children, both */
  if (kind == 1 || kind == 3)
    n->text = texts[next(NTEXTS)];
  if (kind >= 2)
    n->nkids = 1 + next(3);
  for (unsigned i = 0; i < n->nkids; i++)
    n->kid[i] = make(depth + 1);
  return n;
}

static void drop(node *n) {
  for (unsigned i = 0; i < n->nkids; i++)
    drop(n->kid[i]);
  free(n);
}

static void write_node(iso_xml *x, const node *n, int open) {
  iso_xml_start(x, n->name);
  for (unsigned i = 0; i < n->nattrs; i++) {
    char an[16];
    snprintf(an, sizeof an, "a%u", i);
    iso_xml_attr(x, an, n->attr[i]);
  }
  if (n->text)
    iso_xml_text(x, n->text);
  for (unsigned i = 0; i < n->nkids; i++)
    write_node(x, n->kid[i], 0);
  if (!open)
    iso_xml_end(x);
}

/* The same tree through libxml2's writer alone; OPEN leaves N open. */
static void write_theirs(xmlTextWriterPtr w, const node *n, int open) {
  xmlTextWriterStartElement(w, BAD_CAST n->name);
  for (unsigned i = 0; i < n->nattrs; i++) {
    char an[16];
    snprintf(an, sizeof an, "a%u", i);
    xmlTextWriterWriteAttribute(w, BAD_CAST an, BAD_CAST n->attr[i]);
  }
  if (n->text)
    xmlTextWriterWriteString(w, BAD_CAST n->text);
  for (unsigned i = 0; i < n->nkids; i++)
    write_theirs(w, n->kid[i], 0);
  if (!open)
    xmlTextWriterEndElement(w);
}

/* A part through libxml2's writer: begun into *B, and its bytes. */
static xmlTextWriterPtr lib_begin(xmlBufferPtr *b) {
  *b = xmlBufferCreate();
  xmlTextWriterPtr w = xmlNewTextWriterMemory(*b, 0);
  xmlTextWriterStartDocument(w, "1.0", "UTF-8", "yes");
  return w;
}

static char *lib_finish(xmlTextWriterPtr w, xmlBufferPtr b) {
  xmlTextWriterEndDocument(w);
  xmlFreeTextWriter(w);
  char *s = strdup((const char *)xmlBufferContent(b));
  xmlBufferFree(b);
  return s;
}

static char *theirs_of(const node *n, int open) {
  xmlBufferPtr b;
  xmlTextWriterPtr w = lib_begin(&b);
  xmlTextWriterStartElement(w, BAD_CAST "root");
  write_theirs(w, n, open);
  if (!open)
    xmlTextWriterEndElement(w);
  return lib_finish(w, b);
}

static int same(const node *n, xmlNode *e) {
  if (!e || e->type != XML_ELEMENT_NODE || strcmp((const char *)e->name, n->name))
    return 0;
  unsigned i = 0;
  for (xmlAttr *a = e->properties; a; a = a->next, i++) {
    char an[16];
    snprintf(an, sizeof an, "a%u", i);
    xmlChar *v = xmlNodeGetContent((xmlNode *)a);
    int ok = i < n->nattrs && !strcmp((const char *)a->name, an) && v &&
             !strcmp((const char *)v, n->attr[i]);
    xmlFree(v);
    if (!ok)
      return 0;
  }
  if (i != n->nattrs)
    return 0;
  xmlNode *c = e->children;
  if (n->text) {
    if (!c || c->type != XML_TEXT_NODE ||
        strcmp((const char *)c->content, n->text))
      return 0;
    c = c->next;
  }
  for (unsigned k = 0; k < n->nkids; k++, c = c->next)
    if (!same(n->kid[k], c))
      return 0;
  return c == NULL;
}

/* The XMP layout: N between two processing instructions, with no
 * declaration and one space of indent a level, ours and libxml2's. */
static char *ours_indented(const node *n, int open, size_t *len) {
  iso_xml x;
  iso_xml_begin_indented(&x);
  iso_xml_pi(&x, "xpacket", "begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  iso_xml_start(&x, "x:xmpmeta");
  write_node(&x, n, open);
  iso_xml_end(&x);
  if (!open) /* else the end closes the rest */
    iso_xml_pi(&x, "xpacket", "end=\"w\"");
  unsigned char *data = NULL;
  *len = 0;
  CHECK(iso_xml_finish(&x, &data, len) == 0);
  return (char *)data;
}

static char *theirs_indented(const node *n, int open) {
  xmlBufferPtr b = xmlBufferCreate();
  xmlTextWriterPtr w = xmlNewTextWriterMemory(b, 0);
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST " ");
  xmlTextWriterWritePI(w, BAD_CAST "xpacket",
                       BAD_CAST "begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  xmlTextWriterStartElement(w, BAD_CAST "x:xmpmeta");
  write_theirs(w, n, open);
  xmlTextWriterEndElement(w);
  if (!open)
    xmlTextWriterWritePI(w, BAD_CAST "xpacket", BAD_CAST "end=\"w\"");
  return lib_finish(w, b);
}

/* Empty elements and elements with attributes and content, as the part's
 * bytes. */
static char *one_empty(void) {
  iso_xml x;
  iso_xml_begin(&x);
  iso_xml_start(&x, "w:document");
  iso_xml_start(&x, "w:sz");
  iso_xml_attr(&x, "w:val", "22");
  iso_xml_attr(&x, "w:x", "a<b");
  iso_xml_end(&x);
  iso_xml_start(&x, "w:b");
  iso_xml_end(&x);
  iso_xml_start(&x, "w:p");
  iso_xml_attr(&x, "w:rsid", "00A1");
  iso_xml_start(&x, "w:r");
  iso_xml_attr(&x, "w:x", "\"");
  iso_xml_text(&x, "text & more");
  iso_xml_end(&x);
  iso_xml_start(&x, "w:t");
  iso_xml_text(&x, "only <text>");
  iso_xml_end(&x);
  iso_xml_start(&x, "w:t");
  iso_xml_text(&x, "\x01"); /* cleaned away: the element stays empty */
  iso_xml_end(&x);
  iso_xml_start(&x, "w:q");
  iso_xml_text(&x, "a");
  iso_xml_empty(&x, "w:br");
  iso_xml_text(&x, "b");
  iso_xml_end(&x);
  iso_xml_end(&x);
  iso_xml_end(&x);
  unsigned char *data = NULL;
  size_t len = 0;
  if (iso_xml_finish(&x, &data, &len) != 0)
    return NULL;
  char *s = malloc(len + 1);
  if (s) {
    memcpy(s, data, len);
    s[len] = 0;
  }
  free(data);
  return s;
}

/* The same through libxml2's writer alone (its own escaping gives the
 * same bytes for these values). */
static char *libxml2_empty(void) {
  xmlBufferPtr b;
  xmlTextWriterPtr w = lib_begin(&b);
  xmlTextWriterStartElement(w, BAD_CAST "w:document");
  xmlTextWriterStartElement(w, BAD_CAST "w:sz");
  xmlTextWriterWriteAttribute(w, BAD_CAST "w:val", BAD_CAST "22");
  xmlTextWriterWriteAttribute(w, BAD_CAST "w:x", BAD_CAST "a<b");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "w:b");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "w:p");
  xmlTextWriterWriteAttribute(w, BAD_CAST "w:rsid", BAD_CAST "00A1");
  xmlTextWriterStartElement(w, BAD_CAST "w:r");
  xmlTextWriterWriteAttribute(w, BAD_CAST "w:x", BAD_CAST "\"");
  xmlTextWriterWriteString(w, BAD_CAST "text & more");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "w:t");
  xmlTextWriterWriteString(w, BAD_CAST "only <text>");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "w:t");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "w:q");
  xmlTextWriterWriteString(w, BAD_CAST "a");
  xmlTextWriterStartElement(w, BAD_CAST "w:br");
  xmlTextWriterEndElement(w);
  xmlTextWriterWriteString(w, BAD_CAST "b");
  xmlTextWriterEndElement(w);
  xmlTextWriterEndElement(w);
  xmlTextWriterEndElement(w);
  return lib_finish(w, b);
}

/* iso_xml_attr_int writes V as printf's %lld does. */
static void number(long long v) {
  iso_xml x;
  iso_xml_begin(&x);
  iso_xml_start(&x, "n");
  iso_xml_attr_int(&x, "v", v);
  iso_xml_end(&x);
  unsigned char *data = NULL;
  size_t len = 0;
  CHECK(iso_xml_finish(&x, &data, &len) == 0);
  char want[64];
  snprintf(want, sizeof want, "<n v=\"%lld\"/>", v);
  CHECK(data && len > strlen(want) &&
        memmem(data, len, want, strlen(want)) != NULL);
  free(data);
}

int main(void) {
  const long long nums[] = {0, 1, -1, 9, 10, -10, 1234567890123LL,
                            -987654321, 9223372036854775807LL,
                            -9223372036854775807LL - 1};
  for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
    number(nums[i]);
  char *ours = one_empty(), *theirs = libxml2_empty();
  CHECK(ours && theirs && strcmp(ours, theirs) == 0);
  if (ours && theirs && strcmp(ours, theirs))
    fprintf(stderr, "ours:\n%s\nlibxml2's:\n%s\n", ours, theirs);
  free(ours);
  free(theirs);

  /* an attribute after text, or after a child, fails the part */
  for (int after_child = 0; after_child < 2; after_child++) {
    iso_xml x;
    iso_xml_begin(&x);
    iso_xml_start(&x, "p");
    if (after_child)
      iso_xml_empty(&x, "c");
    else
      iso_xml_text(&x, "t");
    iso_xml_attr(&x, "late", "1");
    iso_xml_end(&x);
    unsigned char *data = NULL;
    size_t len = 0;
    CHECK(iso_xml_finish(&x, &data, &len) != 0 && data == NULL);
  }
  { /* an end with nothing open fails it too */
    iso_xml x;
    iso_xml_begin(&x);
    iso_xml_empty(&x, "a");
    iso_xml_end(&x);
    unsigned char *data = NULL;
    size_t len = 0;
    CHECK(iso_xml_finish(&x, &data, &len) != 0);
  }

  int bad = 0;
  for (int round = 0; round < 400; round++) {
    node *n = make(0);
    int open = round % 5 == 0; /* the end closes what is left open */
    iso_xml x;
    iso_xml_begin(&x);
    iso_xml_start(&x, "root");
    write_node(&x, n, open);
    if (!open)
      iso_xml_end(&x);
    unsigned char *data = NULL;
    size_t len = 0;
    CHECK(iso_xml_finish(&x, &data, &len) == 0);
    char *lib = theirs_of(n, open);
    int alike = data && lib && strlen(lib) == len &&
                memcmp(lib, data, len) == 0;
    if (!alike && bad++ < 3)
      fprintf(stderr, "round %d: bytes differ:\nours:\n%.*s\nlibxml2's:\n%s\n",
              round, (int)len, data ? (const char *)data : "",
              lib ? lib : "");
    CHECK(alike);
    free(lib);
    xmlDoc *doc = data ? xmlReadMemory((const char *)data, (int)len, "t.xml",
                                       NULL, XML_PARSE_NONET)
                       : NULL;
    CHECK(doc != NULL);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || !same(n, root->children) || root->children->next) {
      if (bad++ < 3)
        fprintf(stderr, "round %d: read back differs:\n%.*s\n", round,
                (int)len, data ? (const char *)data : "");
      CHECK(!"the tree written");
    }
    if (doc)
      xmlFreeDoc(doc);
    free(data);
    drop(n);
  }
  /* the indented layout, with the innermost elements left open for the
   * outer end to close */
  ascii_values = 1;
  for (int round = 0; round < 400; round++) {
    node *n = make(0);
    int open = round % 5 == 0;
    size_t len;
    char *mine = ours_indented(n, open, &len);
    char *lib = theirs_indented(n, open);
    int alike = mine && lib && strlen(lib) == len && memcmp(lib, mine, len) == 0;
    if (!alike && bad++ < 3)
      fprintf(stderr, "indented round %d: bytes differ:\nours:\n%.*s\nlibxml2's:\n%s\n",
              round, (int)len, mine ? mine : "", lib ? lib : "");
    CHECK(alike);
    free(mine);
    free(lib);
    drop(n);
  }
  { /* a processing instruction inside an element fails the part */
    iso_xml x;
    iso_xml_begin_indented(&x);
    iso_xml_start(&x, "a");
    iso_xml_pi(&x, "t", "c");
    unsigned char *data = NULL;
    size_t len = 0;
    CHECK(iso_xml_finish(&x, &data, &len) != 0 && data == NULL);
  }
  xmlCleanupParser();
  return check_failures ? 1 : 0;
}
