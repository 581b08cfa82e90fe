/* See xmlquiet.h. The handlers are per thread in libxml2, so saving and
 * restoring them here touches no other thread's. */
#include <libxml/globals.h>

#include "xmlquiet.h"

static void silent(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

void iso_xml_quiet_begin(iso_xml_quiet *q) {
  q->generic = xmlGenericError;
  q->generic_ctx = xmlGenericErrorContext;
  q->structured = xmlStructuredError;
  q->structured_ctx = xmlStructuredErrorContext;
  xmlSetGenericErrorFunc(NULL, silent);
  xmlSetStructuredErrorFunc(NULL, NULL);
}

void iso_xml_quiet_end(const iso_xml_quiet *q) {
  xmlSetGenericErrorFunc(q->generic_ctx, q->generic);
  xmlSetStructuredErrorFunc(q->structured_ctx, q->structured);
}
