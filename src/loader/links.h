/* Which link targets a document may carry. */
#ifndef ISO_LOADER_LINKS_H
#define ISO_LOADER_LINKS_H

#include <stddef.h>

/* 0 when URL is an http, https or mailto URL or a relative reference
 * (`#part`, `page.html`, `//host/x`); else -1, with the scheme as a browser
 * would read it (lower case, at most CAP - 1 bytes) in SCHEME. */
int ld_link_scheme(const char *url, char *scheme, size_t cap);

#endif
