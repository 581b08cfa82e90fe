/* Break points of words from Debian's hyphenation dictionaries (see
 * hyphen.h). The loaded dictionaries are process-wide and never freed: a
 * batch hyphenates many documents with them. libvoikko is opened
 * (dlopen) when a document first needs it: linked, it and the 18 libraries
 * it brings (libstdc++, libarchive and its compressors, libhfstospell)
 * were loaded by every run, a tenth of the CPU time of converting one
 * English document. */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>
#include <libvoikko/voikko.h>

#include "hyphen/patterns.h"
#include "hyphenate.h"
#include "lang/lang.h"
#include "util.h"

#define MIN_SIDE 2 /* characters kept on each side of a break */
#define MIN_WORD 5 /* shorter words stay whole (LibreOffice's default) */

/* Each language's dictionary (src/lang/: libhyphen patterns or a Voikko
 * language), loaded on first use. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int tried[ISO_LANG_COUNT];
static HyphenDict *dicts[ISO_LANG_COUNT];
static int compiled[ISO_LANG_COUNT]; /* dicts[i] is from iso_hy_open */
static struct VoikkoHandle *voikko[ISO_LANG_COUNT];
static const char *en_path; /* NULL: the defaults */
static const char *fi_code;

/* libvoikko's calls, from the library opened on first use (the header's
 * own declarations give their types) */
static struct {
  int tried;
  __typeof__(&voikkoInit) init;
  __typeof__(&voikkoTerminate) terminate;
  __typeof__(&voikkoHyphenateCstr) hyphenate;
  __typeof__(&voikkoFreeCstr) free_cstr;
} vk;

/* Whether libvoikko could be opened; without it Finnish has no break
 * points, as without its dictionary. */
static int voikko_open(void) {
  if (vk.tried)
    return vk.init != NULL;
  vk.tried = 1;
  void *h = dlopen(ISO_VOIKKO_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!h)
    return 0;
  /* the POSIX way from a void * to a function pointer */
  *(void **)&vk.terminate = dlsym(h, "voikkoTerminate");
  *(void **)&vk.hyphenate = dlsym(h, "voikkoHyphenateCstr");
  *(void **)&vk.free_cstr = dlsym(h, "voikkoFreeCstr");
  if (vk.terminate && vk.hyphenate && vk.free_cstr)
    *(void **)&vk.init = dlsym(h, "voikkoInit");
  return vk.init != NULL; /* kept open for the process, as the handles */
}

/* The dictionaries' answers, remembered (direct-mapped, by a hash of the
 * language and the word): a batch asks about the same words again and
 * again, and the layout runs twice per document (the length check and the
 * PDF). libvoikko takes ~40,000 instructions a word. */
typedef struct memo {
  unsigned char lang, n; /* n 0: empty */
  char word[ISO_HYPHEN_MAX_WORD];
  uint64_t marks; /* bit i: a break may come before byte i */
} memo;
#define MEMO_SIZE 4096
static memo *memos;

static memo *memo_slot(int lang, const char *w, size_t n) {
  if (!memos && !(memos = calloc(MEMO_SIZE, sizeof *memos)))
    return NULL;
  uint32_t h = 2166136261u ^ (uint32_t)lang;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)w[i]) * 16777619u;
  return &memos[h % MEMO_SIZE];
}

void iso_hyphen_configure(const char *en_dic, const char *fi) {
  pthread_mutex_lock(&lock);
  free(memos);
  memos = NULL;
  for (int i = 0; i < ISO_LANG_COUNT; i++) {
    if (dicts[i] && compiled[i])
      iso_hy_free(dicts[i]);
    else if (dicts[i])
      hnj_hyphen_free(dicts[i]);
    if (voikko[i])
      vk.terminate(voikko[i]);
    dicts[i] = NULL;
    compiled[i] = 0;
    voikko[i] = NULL;
    tried[i] = 0;
  }
  en_path = en_dic;
  fi_code = fi;
  pthread_mutex_unlock(&lock);
}

/* The patterns of file PATH: compiled into the program when its bytes are
 * those compiled, else read by libhyphen. */
static HyphenDict *open_dic(iso_lang lang, const char *path) {
  HyphenDict *d = iso_hy_open(path);
  compiled[lang] = d != NULL;
  return d ? d : hnj_hyphen_load(path);
}

static void load(iso_lang lang) {
  if (tried[lang])
    return;
  tried[lang] = 1;
  const iso_lang_def *l = iso_lang_get(lang);
  if (lang == ISO_LANG_EN && en_path) {
    dicts[lang] = open_dic(lang, en_path);
    return;
  }
  for (size_t i = 0; !dicts[lang] && i < 3 && l->hyphen_dic[i]; i++)
    dicts[lang] = open_dic(lang, l->hyphen_dic[i]);
  if (!dicts[lang] && l->voikko && voikko_open()) {
    const char *err = NULL;
    voikko[lang] = vk.init(&err, lang == ISO_LANG_FI && fi_code ? fi_code
                                                                : l->voikko,
                           NULL);
  }
}

static int is_letter_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Marks in HY[i] (0 <= i < n) that the core may break before byte i. */
static void dict_points(HyphenDict *dict, const char *core, size_t bytes,
                        char *hy) {
  char low[ISO_HYPHEN_MAX_WORD + 1];
  char out[ISO_HYPHEN_MAX_WORD + 6];
  /* at[k]: the byte of CORE where LOW's k-th unit starts */
  size_t at[ISO_HYPHEN_MAX_WORD + 1], n = 0;
  for (size_t i = 0; i < bytes; i++) {
    unsigned char c = (unsigned char)core[i];
    if (!dict->utf8 && c >= 0x80) {
      /* an ISO 8859-1 dictionary (Debian's German and Swedish ones): the
       * word in Latin-1, one byte a character; other letters: no breaks */
      if (c != 0xC2 && c != 0xC3)
        return;
      if (i + 1 >= bytes || !is_cont((unsigned char)core[i + 1]))
        return;
      c = (unsigned char)(((c & 0x03) << 6) | (core[i + 1] & 0x3F));
      at[n] = i++;
      if (c >= 0xC0 && c <= 0xDE && c != 0xD7) /* À..Þ to lower case */
        c = (unsigned char)(c + 0x20);
      low[n++] = (char)c;
      continue;
    }
    at[n] = i;
    low[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  low[n] = 0;
  char **rep = NULL;
  int *pos = NULL, *cut = NULL;
  memset(out, '0', sizeof out);
  /* libhyphen marks an odd digit after the byte that ends the first part */
  if (hnj_hyphen_hyphenate3(dict, low, (int)n, out, NULL, &rep, &pos, &cut,
                            MIN_SIDE, 3, MIN_SIDE, 3) == 0) {
    for (size_t i = 0; i + 1 < n; i++)
      if ((out[i] - '0') & 1)
        hy[at[i + 1]] = 1;
  }
  if (rep) { /* non-standard breaks (none in English patterns): ignored */
    for (size_t i = 0; i < n; i++)
      free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
}

static void voikko_points(struct VoikkoHandle *h, const char *core, size_t n,
                          char *hy) {
  char word[ISO_HYPHEN_MAX_WORD + 1];
  memcpy(word, core, n);
  word[n] = 0;
  char *r = vk.hyphenate(h, word);
  if (!r)
    return;
  /* one mark a character: '-' breaks before it ('=' replaces it: skipped) */
  size_t ch = 0, rl = strlen(r);
  for (size_t i = 0; i < n; i++) {
    if (is_cont((unsigned char)core[i]))
      continue;
    if (ch < rl && r[ch] == '-')
      hy[i] = 1;
    ch++;
  }
  vk.free_cstr(r);
}

size_t iso_hyphen_points(iso_lang lang, const char *word, size_t len,
                         size_t *pts, size_t max) {
  if (!word || len == 0 || len > ISO_HYPHEN_MAX_WORD || max == 0)
    return 0;
  size_t a = 0, b = len;
  while (a < b && !is_letter_byte((unsigned char)word[a]))
    a++;
  while (b > a && !is_letter_byte((unsigned char)word[b - 1]))
    b--;
  int lower = 0;
  for (size_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)word[i];
    if (!is_letter_byte(c))
      return 0;
    if ((c >= 'a' && c <= 'z') || c >= 0x80)
      lower = 1;
  }
  if (!lower || iso_utf8_invalid_at(word + a, b - a) != (size_t)-1)
    return 0;
  size_t n = b - a;
  char hy[ISO_HYPHEN_MAX_WORD + 1] = {0};
  pthread_mutex_lock(&lock);
  if (lang < 0 || lang >= ISO_LANG_COUNT)
    lang = ISO_LANG_EN;
  memo *m = memo_slot((int)lang, word + a, n);
  if (m && m->n == n && m->lang == (unsigned char)lang &&
      memcmp(m->word, word + a, n) == 0) {
    for (size_t i = 0; i < n; i++)
      hy[i] = (char)((m->marks >> i) & 1);
  } else {
    load(lang);
    if (dicts[lang])
      dict_points(dicts[lang], word + a, n, hy);
    else if (voikko[lang])
      voikko_points(voikko[lang], word + a, n, hy);
    if (m) {
      m->lang = (unsigned char)lang;
      m->n = (unsigned char)n;
      memcpy(m->word, word + a, n);
      m->marks = 0;
      for (size_t i = 0; i < n; i++)
        m->marks |= (uint64_t)(hy[i] != 0) << i;
    }
  }
  pthread_mutex_unlock(&lock);
  /* characters before each byte offset, to keep MIN_SIDE on both sides */
  size_t chars = 0, total = 0, count = 0;
  for (size_t i = 0; i < n; i++)
    total += !is_cont((unsigned char)word[a + i]);
  if (total < MIN_WORD)
    return 0;
  for (size_t i = 0; i < n && count < max; i++) {
    if (is_cont((unsigned char)word[a + i]))
      continue;
    if (hy[i] && chars >= MIN_SIDE && total - chars >= MIN_SIDE)
      pts[count++] = a + i;
    chars++;
  }
  return count;
}

int iso_hyphen_compiled(iso_lang lang) {
  if (lang < 0 || lang >= ISO_LANG_COUNT)
    return 0;
  pthread_mutex_lock(&lock);
  load(lang);
  int c = dicts[lang] && compiled[lang];
  pthread_mutex_unlock(&lock);
  return c;
}
