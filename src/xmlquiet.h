/* libxml2's error handlers belong to the program: the library silences them
 * only while it calls libxml2 (whose messages, out of memory mostly, it
 * reports through return codes) and restores what it found. */
#ifndef ISO_XMLQUIET_H
#define ISO_XMLQUIET_H

#include <libxml/xmlerror.h>

typedef struct iso_xml_quiet {
  xmlGenericErrorFunc generic;
  void *generic_ctx;
  xmlStructuredErrorFunc structured;
  void *structured_ctx;
} iso_xml_quiet;

void iso_xml_quiet_begin(iso_xml_quiet *q);
void iso_xml_quiet_end(const iso_xml_quiet *q);

#endif
