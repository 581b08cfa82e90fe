/* Small shared helpers of the library (not part of the public API). */
#ifndef ISO_UTIL_H
#define ISO_UTIL_H

#include <stddef.h>
#include <stdint.h>

char *iso_strdup(const char *s);
char *iso_strndup(const char *s, size_t n);
/* Decodes one UTF-8 character; returns its length, or 0 when invalid.
 * ASCII, most of every document, is decoded here without a call. */
size_t iso_utf8_decode_multi(const unsigned char *s, size_t len, uint32_t *cp);
static inline size_t iso_utf8_decode(const unsigned char *s, size_t len,
                                     uint32_t *cp) {
  if (len && s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  return iso_utf8_decode_multi(s, len, cp);
}
/* Offset of the first invalid byte, or (size_t)-1 when S is valid UTF-8. */
size_t iso_utf8_invalid_at(const char *s, size_t len);
/* Characters XML 1.0 can carry (tab, LF, CR and the Char production). */
int iso_xml_char_ok(uint32_t cp);
/* Copy of S without characters XML cannot carry and invalid bytes (a last
 * defence for writers; the loader refuses such input). Caller frees. */
char *iso_xml_clean(const char *s);
/* "dir/of/file" for "dir/of/file/x.yaml" ("." when none). Caller frees. */
char *iso_dirname(const char *path);
/* BASE/REL unless REL is absolute. Caller frees. */
char *iso_path_join(const char *base, const char *rel);
/* Levenshtein distance, capped; for did-you-mean suggestions. */
size_t iso_edit_distance(const char *a, const char *b);
/* The closest of CANDS to NAME when close enough to be a slip (documents'
 * and themes' misspelt keys), else NULL. */
const char *iso_suggest(const char *name, const char *const *cands, size_t n);

/* The decimal digits of V, with a minus sign when negative, at the end of
 * BUF; returns where they start. printf's %lld, without its cost. */
char *iso_lltoa(long long v, char buf[24]);

#endif
