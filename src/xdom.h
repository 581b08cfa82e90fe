/* A read-only element tree of an XML part, parsed with expat: what the
 * reference-template readers (reference*.c) walk. Elements and their
 * attributes only; text, comments and processing instructions are not
 * kept. Names are split into namespace and local name. A document type
 * declaration is refused outright (no entity is ever read), and so are
 * trees deeper than ISO_XDOM_MAX_DEPTH or larger than
 * ISO_XDOM_MAX_ELEMENTS, so that a hostile part cannot run away with the
 * memory. Not part of the public API. */
#ifndef ISO_XDOM_H
#define ISO_XDOM_H

#include <stddef.h>

#define ISO_XDOM_MAX_DEPTH 256
#define ISO_XDOM_MAX_ELEMENTS 500000

typedef struct iso_xnode iso_xnode;
struct iso_xnode {
  const char *ns;     /* namespace name, or NULL */
  const char *name;   /* local name */
  const char **attrs; /* NATTRS triples: namespace (or NULL), name, value */
  size_t nattrs;
  iso_xnode *parent, *children, *next;
  iso_xnode *last; /* the last child, while parsing */
};

typedef struct iso_xdoc iso_xdoc;

typedef enum {
  ISO_XDOM_OK,
  ISO_XDOM_ILL_FORMED, /* not well-formed, or not UTF-8/UTF-16/ASCII/Latin-1 */
  ISO_XDOM_DTD,        /* declares a document type */
  ISO_XDOM_TOO_BIG,    /* past the depth or element limit */
  ISO_XDOM_NO_MEMORY
} iso_xdom_status;

/* Parses LEN bytes at DATA; NULL and *WHY on failure. */
iso_xdoc *iso_xdom_parse(const void *data, size_t len, iso_xdom_status *why);
iso_xnode *iso_xdom_root(const iso_xdoc *d);
void iso_xdom_free(iso_xdoc *d);

/* The value of N's attribute NAME in namespace NS (NULL: one with no
 * namespace), or NULL. */
const char *iso_xdom_attr(const iso_xnode *n, const char *ns, const char *name);
/* The value of N's attribute NAME in any namespace or none (what
 * libxml2's xmlGetProp answered), or NULL. */
const char *iso_xdom_attr_any(const iso_xnode *n, const char *name);

#endif
