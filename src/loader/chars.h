/* Which characters a document may carry, whatever path they come by: raw in
 * the file, a YAML escape ("\x01") or a Markdown character reference
 * (&#1;). */
#ifndef ISO_LOADER_CHARS_H
#define ISO_LOADER_CHARS_H

#include <stdint.h>

/* NULL when CP may appear in text, else what it is ("control character",
 * "noncharacter"), for messages. Asked of every character of a document:
 * printable ASCII is answered inline. */
const char *ld_char_problem_rest(uint32_t cp);
static inline const char *ld_char_problem(uint32_t cp) {
  return cp >= 0x20 && cp < 0x7F ? NULL : ld_char_problem_rest(cp);
}

#endif
