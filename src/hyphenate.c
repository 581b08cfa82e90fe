/* Break points of words from Debian's hyphenation dictionaries (see
 * hyphen.h). The loaded dictionaries are process-wide and never freed: a
 * batch hyphenates many documents with them. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>
#include <libvoikko/voikko.h>

#include "hyphenate.h"
#include "util.h"

#define DEFAULT_EN_GB "/usr/share/hyphen/hyph_en_GB.dic"
#define DEFAULT_EN_US "/usr/share/hyphen/hyph_en_US.dic"
#define DEFAULT_FI "fi"
#define MIN_SIDE 2 /* characters kept on each side of a break */
#define MIN_WORD 5 /* shorter words stay whole (LibreOffice's default) */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int en_tried, fi_tried;
static HyphenDict *en_dict;
static struct VoikkoHandle *fi_handle;
static const char *en_path; /* NULL: the defaults */
static const char *fi_code;

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
  if (en_dict)
    hnj_hyphen_free(en_dict);
  if (fi_handle)
    voikkoTerminate(fi_handle);
  en_dict = NULL;
  fi_handle = NULL;
  en_tried = fi_tried = 0;
  en_path = en_dic;
  fi_code = fi;
  pthread_mutex_unlock(&lock);
}

static int is_letter_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Marks in HY[i] (0 <= i < n) that the core may break before byte i. */
static void en_points(const char *core, size_t n, char *hy) {
  if (!en_tried) {
    en_tried = 1;
    en_dict = hnj_hyphen_load(en_path ? en_path : DEFAULT_EN_GB);
    if (!en_dict && !en_path)
      en_dict = hnj_hyphen_load(DEFAULT_EN_US);
  }
  if (!en_dict)
    return;
  char low[ISO_HYPHEN_MAX_WORD + 1];
  char out[ISO_HYPHEN_MAX_WORD + 6];
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)core[i];
    low[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  low[n] = 0;
  char **rep = NULL;
  int *pos = NULL, *cut = NULL;
  memset(out, '0', sizeof out);
  /* libhyphen marks an odd digit after the byte that ends the first part */
  if (hnj_hyphen_hyphenate3(en_dict, low, (int)n, out, NULL, &rep, &pos, &cut,
                            MIN_SIDE, 3, MIN_SIDE, 3) == 0) {
    for (size_t i = 0; i + 1 < n; i++)
      if ((out[i] - '0') & 1)
        hy[i + 1] = 1;
  }
  if (rep) { /* non-standard breaks (none in English patterns): ignored */
    for (size_t i = 0; i < n; i++)
      free(rep[i]);
    free(rep);
  }
  free(pos);
  free(cut);
}

static void fi_points(const char *core, size_t n, char *hy) {
  if (!fi_tried) {
    const char *err = NULL;
    fi_tried = 1;
    fi_handle = voikkoInit(&err, fi_code ? fi_code : DEFAULT_FI, NULL);
  }
  if (!fi_handle)
    return;
  char word[ISO_HYPHEN_MAX_WORD + 1];
  memcpy(word, core, n);
  word[n] = 0;
  char *r = voikkoHyphenateCstr(fi_handle, word);
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
  voikkoFreeCstr(r);
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
  int fi = lang == ISO_LANG_FI;
  pthread_mutex_lock(&lock);
  memo *m = memo_slot(fi, word + a, n);
  if (m && m->n == n && m->lang == fi && memcmp(m->word, word + a, n) == 0) {
    for (size_t i = 0; i < n; i++)
      hy[i] = (char)((m->marks >> i) & 1);
  } else {
    if (fi)
      fi_points(word + a, n, hy);
    else
      en_points(word + a, n, hy);
    if (m) {
      m->lang = (unsigned char)fi;
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
