/* A slot on a document for what is computed once and shared by everything
 * that reads the document (the shared layout's pages: src/layout/share.h).
 * The document owns what is put there and frees it with FREE_FN when it is
 * freed or the slot is set again. Not public API. */
#ifndef ISO_DOCMEMO_H
#define ISO_DOCMEMO_H

#include "internal.h"

/* The memo of DOC (a DOCUMENT node), or NULL. */
void *iso_document_memo(const iso_node *doc);
/* Frees DOC's memo and puts MEMO (NULL: none) in its place. */
void iso_document_set_memo(iso_node *doc, void *memo, void (*free_fn)(void *));

#endif
