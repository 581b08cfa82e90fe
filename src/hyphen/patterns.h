/* Hyphenation patterns compiled when the program is built
 * (src/hyphen/compile.c writes hyphen-patterns.c): the state machines
 * libhyphen builds from Debian's pattern files, kept as plain arrays
 * together with the bytes of the file they came from. Loading the English
 * patterns with libhyphen took a tenth of a 20-document batch (one
 * allocation per state and transition); rebuilding them from the arrays is
 * one allocation and one pass over the states. A file is taken from the
 * arrays only when its bytes are exactly those compiled: an edited or
 * updated file, or one given to iso_hyphen_configure, is loaded by libhyphen.
 * Not public API. */
#ifndef ISO_HYPHEN_PATTERNS_H
#define ISO_HYPHEN_PATTERNS_H

#include <stddef.h>
#include <stdint.h>

#include <hyphen.h>

typedef struct iso_hy_state {
  int32_t match, repl; /* offsets in the dictionary's strings, -1: none */
  int32_t fallback, ntrans;
  signed char replindex, replcut;
} iso_hy_state;

typedef struct iso_hy_level {
  char lhmin, rhmin, clhmin, crhmin;
  int utf8, nohyphenl;
  int32_t nohyphen; /* offset of nohyphenl + 1 strings, -1: none */
  int32_t nstates;
  char cset[MAX_NAME];
  const iso_hy_state *states;
  const HyphenTrans *trans; /* every state's transitions, in state order */
} iso_hy_level;

typedef struct iso_hy_dict {
  const char *path; /* the file compiled */
  const unsigned char *source;
  size_t source_len;
  const char *strings;
  int nlevels; /* the first and its nextlevel chain */
  const iso_hy_level *levels;
} iso_hy_dict;

/* hyphen-patterns.c, generated */
extern const iso_hy_dict iso_hy_dicts[];
extern const size_t iso_hy_ndicts;

/* The dictionary in file PATH rebuilt from the compiled patterns when the
 * file's bytes are those compiled; NULL otherwise (and when PATH cannot be
 * read). Freed with iso_hy_free, never with hnj_hyphen_free. */
HyphenDict *iso_hy_open(const char *path);
void iso_hy_free(HyphenDict *d);

#endif
