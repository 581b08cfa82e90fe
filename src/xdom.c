/* Element trees of XML parts through expat (see xdom.h). expat is what
 * fontconfig loads anyway; libxml2, which read these parts before, brought
 * ICU and libstdc++ into every process for the few conversions that use a
 * reference template (3.7 ms of CPU a process, bench/README.md). */
#include <expat.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xdom.h"

/* expat joins a namespace and a local name with this; it cannot occur in
 * XML text, and expat refuses a namespace name holding it */
#define SEP '\x01'

/* Nodes and strings come from blocks freed together: one free for the
 * whole tree, however deep. */
typedef struct block {
  struct block *prev;
  size_t used, size;
  _Alignas(max_align_t) unsigned char data[];
} block;

struct iso_xdoc {
  block *blocks;
  iso_xnode *root, *at; /* the root; the element being filled */
  size_t depth, elements;
  iso_xdom_status status;
  XML_Parser p;
};

static void *take(iso_xdoc *d, size_t n) {
  n = (n + 15) & ~(size_t)15;
  block *b = d->blocks;
  if (!b || b->size - b->used < n) {
    size_t size = n > 16000 ? n : 16000;
    b = malloc(sizeof *b + size);
    if (!b)
      return NULL;
    b->prev = d->blocks;
    b->used = 0;
    b->size = size;
    d->blocks = b;
  }
  void *r = b->data + b->used;
  b->used += n;
  return r;
}

static char *copy(iso_xdoc *d, const char *s, size_t n) {
  char *r = take(d, n + 1);
  if (r) {
    memcpy(r, s, n);
    r[n] = '\0';
  }
  return r;
}

/* Splits expat's "namespace SEP local" (or "local") into *NS and the
 * returned local name. */
static const char *split(iso_xdoc *d, const char *q, const char **ns) {
  const char *s = strchr(q, SEP);
  *ns = NULL;
  if (!s)
    return copy(d, q, strlen(q));
  *ns = copy(d, q, (size_t)(s - q));
  return *ns ? copy(d, s + 1, strlen(s + 1)) : NULL;
}

static void stop(iso_xdoc *d, iso_xdom_status why) {
  if (d->status == ISO_XDOM_OK)
    d->status = why;
  XML_StopParser(d->p, XML_FALSE);
}

static void XMLCALL start(void *u, const XML_Char *name, const XML_Char **atts) {
  iso_xdoc *d = u;
  if (d->depth >= ISO_XDOM_MAX_DEPTH || d->elements >= ISO_XDOM_MAX_ELEMENTS) {
    stop(d, ISO_XDOM_TOO_BIG);
    return;
  }
  size_t na = 0;
  while (atts[2 * na])
    na++;
  iso_xnode *n = take(d, sizeof *n);
  const char **a = n && na ? take(d, 3 * na * sizeof *a) : NULL;
  if (!n || (na && !a)) {
    stop(d, ISO_XDOM_NO_MEMORY);
    return;
  }
  memset(n, 0, sizeof *n);
  n->name = split(d, name, &n->ns);
  int ok = n->name != NULL;
  for (size_t i = 0; ok && i < na; i++) {
    a[3 * i + 1] = split(d, atts[2 * i], &a[3 * i]);
    a[3 * i + 2] = copy(d, atts[2 * i + 1], strlen(atts[2 * i + 1]));
    ok = a[3 * i + 1] && a[3 * i + 2];
  }
  if (!ok) {
    stop(d, ISO_XDOM_NO_MEMORY);
    return;
  }
  n->attrs = a;
  n->nattrs = na;
  n->parent = d->at;
  if (!d->at)
    d->root = n;
  else if (d->at->last)
    d->at->last = d->at->last->next = n;
  else
    d->at->children = d->at->last = n;
  d->at = n;
  d->depth++;
  d->elements++;
}

static void XMLCALL end(void *u, const XML_Char *name) {
  (void)name;
  iso_xdoc *d = u;
  if (d->at) {
    d->at = d->at->parent;
    d->depth--;
  }
}

/* A document type declaration ends the parse before anything in it is
 * read: a template's XML has no use for one, and this keeps external
 * entities and entity expansion out entirely. */
static void XMLCALL doctype(void *u, const XML_Char *name, const XML_Char *sys,
                            const XML_Char *pub, int internal) {
  (void)name, (void)sys, (void)pub, (void)internal;
  stop(u, ISO_XDOM_DTD);
}

iso_xdoc *iso_xdom_parse(const void *data, size_t len, iso_xdom_status *why) {
  *why = ISO_XDOM_NO_MEMORY;
  iso_xdoc *d = calloc(1, sizeof *d);
  if (!d)
    return NULL;
  d->p = XML_ParserCreateNS(NULL, SEP);
  if (!d->p) {
    free(d);
    return NULL;
  }
  XML_SetUserData(d->p, d);
  XML_SetElementHandler(d->p, start, end);
  XML_SetStartDoctypeDeclHandler(d->p, doctype);
  XML_SetParamEntityParsing(d->p, XML_PARAM_ENTITY_PARSING_NEVER);
  /* expat takes an int length: feed larger parts in pieces */
  const char *s = data;
  int ok = 1;
  do {
    size_t n = len > (1u << 30) ? (1u << 30) : len;
    ok = XML_Parse(d->p, s, (int)n, n == len) == XML_STATUS_OK;
    s += n;
    len -= n;
  } while (ok && len);
  if (!ok && d->status == ISO_XDOM_OK)
    d->status = XML_GetErrorCode(d->p) == XML_ERROR_NO_MEMORY
                    ? ISO_XDOM_NO_MEMORY
                    : ISO_XDOM_ILL_FORMED;
  if (ok && !d->root) /* cannot happen with a finished parse; be sure */
    d->status = ISO_XDOM_ILL_FORMED;
  XML_ParserFree(d->p);
  d->p = NULL;
  *why = d->status;
  if (d->status != ISO_XDOM_OK) {
    iso_xdom_free(d);
    return NULL;
  }
  return d;
}

iso_xnode *iso_xdom_root(const iso_xdoc *d) { return d ? d->root : NULL; }

void iso_xdom_free(iso_xdoc *d) {
  if (!d)
    return;
  for (block *b = d->blocks; b;) {
    block *prev = b->prev;
    free(b);
    b = prev;
  }
  free(d);
}

static const char *find(const iso_xnode *n, const char *ns, const char *name,
                        int any) {
  for (size_t i = 0; n && i < n->nattrs; i++) {
    const char *ans = n->attrs[3 * i];
    if (strcmp(n->attrs[3 * i + 1], name))
      continue;
    if (any || (!ns && !ans) || (ns && ans && !strcmp(ns, ans)))
      return n->attrs[3 * i + 2];
  }
  return NULL;
}

const char *iso_xdom_attr(const iso_xnode *n, const char *ns, const char *name) {
  return find(n, ns, name, 0);
}

const char *iso_xdom_attr_any(const iso_xnode *n, const char *name) {
  return find(n, NULL, name, 1);
}
