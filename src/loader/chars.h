/* Which characters a document may carry, whatever path they come by: raw in
 * the file, a YAML escape ("\x01") or a Markdown character reference
 * (&#1;). */
#ifndef ISO_LOADER_CHARS_H
#define ISO_LOADER_CHARS_H

#include <stdint.h>

/* NULL when CP may appear in text, else what it is ("control character",
 * "noncharacter"), for messages. */
const char *ld_char_problem(uint32_t cp);

#endif
