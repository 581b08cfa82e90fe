/* Where a word may be broken with a hyphen, from a hyphenation dictionary
 * of the document's language: libhyphen with Debian's hyphen-en-gb (or
 * hyphen-en-us) patterns for English, libvoikko with voikko-fi for Finnish
 * (Debian has no hyphen-fi; LibreOffice hyphenates Finnish through Voikko
 * too). Dictionaries are loaded once per process, on first use, and kept. A
 * language whose dictionary is missing has no break points: the caller
 * breaks as it would without hyphenation. Safe to call from several
 * threads. */
#ifndef ISO_HYPHEN_H
#define ISO_HYPHEN_H

#include <stddef.h>

#include "internal.h"

/* Longest word (in bytes) that is hyphenated at all. */
#define ISO_HYPHEN_MAX_WORD 63

/* Byte offsets into WORD (ascending, each strictly inside it and at a
 * character boundary) before which WORD may be broken, the first part
 * ending in a hyphen. At most MAX are stored; returns how many. Leading and
 * trailing punctuation is left whole; a word with digits, hyphens, slashes
 * or other marks inside (numbers, URLs, codes) or in capitals only has no
 * break points, nor has one of fewer than five letters, nor one with fewer
 * than two characters on either side (English patterns keep three at the
 * end): LibreOffice's defaults. */
size_t iso_hyphen_points(iso_lang lang, const char *word, size_t len,
                         size_t *pts, size_t max);

/* Tests only: where the dictionaries come from, before any use. EN_DIC is a
 * libhyphen .dic file, FI_CODE the language code given to voikkoInit; NULL
 * keeps the default. Drops dictionaries already loaded. */
void iso_hyphen_configure(const char *en_dic, const char *fi_code);

/* Tests only: whether LANG's dictionary, once loaded, came from the
 * patterns compiled into the program (src/hyphen/patterns.h) rather than
 * from libhyphen reading the file. Loads it. */
int iso_hyphen_compiled(iso_lang lang);

#endif
