/* The document's memo slot (docmemo.h). */
#include "docmemo.h"
#include "node_private.h"

void *iso_document_memo(const iso_node *doc) {
  return doc && doc->type == ISO_NODE_DOCUMENT ? doc->memo : NULL;
}

void iso_document_set_memo(iso_node *doc, void *memo, void (*free_fn)(void *)) {
  if (!doc || doc->type != ISO_NODE_DOCUMENT) {
    if (free_fn)
      free_fn(memo);
    return;
  }
  if (doc->memo_free)
    doc->memo_free(doc->memo);
  doc->memo = memo;
  doc->memo_free = free_fn;
}
