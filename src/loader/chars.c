/* The characters of a document. XML 1.0 cannot carry C0 controls (but tab,
 * line feed and carriage return) or U+FFFE/U+FFFF; the rest of the refused
 * set is invisible and has no place in a document either: DEL and the C1
 * controls U+0080-U+009F, and the Unicode noncharacters (U+FDD0-U+FDEF and
 * the last two code points of every plane), which Unicode reserves for a
 * program's internal use (the YAML reader uses two of them, see ytree.c). */
#include <stddef.h>

#include "chars.h"

const char *ld_char_problem_rest(uint32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r')
    return NULL;
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
    return "control character";
  if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
    return "noncharacter";
  return NULL;
}
