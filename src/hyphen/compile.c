/* hyphen-compile: writes hyphen-patterns.c, the patterns of each
 * language's libhyphen dictionary as this machine has it (the first file of
 * the language's list that libhyphen loads, as src/hyphenate.c does at run
 * time), compiled into the arrays of src/hyphen/patterns.h. Run by make,
 * not installed. Dictionaries of more than MAX_STATES states (German's
 * compound patterns: 290,000) are left to libhyphen at run time: they would
 * add megabytes to the program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hyphen/patterns.h"
#include "internal.h"
#include "lang/lang.h"

#define MAX_STATES 100000

static void die(const char *what) {
  fprintf(stderr, "hyphen-compile: %s\n", what);
  exit(1);
}

/* The strings of one dictionary, each stored once. */
typedef struct pool {
  char *bytes;
  size_t len, cap;
  size_t *slots; /* offset + 1 of each string, by hash; 0: free */
  size_t nslots, used;
} pool;

static size_t hash(const char *s, size_t n) {
  size_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void pool_grow(pool *p) {
  size_t n = p->nslots ? p->nslots * 2 : 1024;
  size_t *s = calloc(n, sizeof *s);
  if (!s)
    die("out of memory");
  for (size_t i = 0; i < p->nslots; i++)
    if (p->slots[i]) {
      const char *t = p->bytes + p->slots[i] - 1;
      size_t h = hash(t, strlen(t)) & (n - 1);
      while (s[h])
        h = (h + 1) & (n - 1);
      s[h] = p->slots[i];
    }
  free(p->slots);
  p->slots = s;
  p->nslots = n;
}

static void pool_put(pool *p, const char *s, size_t n) {
  if (p->len + n > p->cap) {
    p->cap = (p->len + n) * 2;
    if (!(p->bytes = realloc(p->bytes, p->cap)))
      die("out of memory");
  }
  memcpy(p->bytes + p->len, s, n);
  p->len += n;
}

/* The offset of string S (stored with its NUL), -1 for NULL. */
static long pool_add(pool *p, const char *s) {
  if (!s)
    return -1;
  size_t n = strlen(s);
  if (2 * (p->used + 1) > p->nslots)
    pool_grow(p);
  size_t h = hash(s, n) & (p->nslots - 1);
  for (; p->slots[h]; h = (h + 1) & (p->nslots - 1))
    if (strcmp(p->bytes + p->slots[h] - 1, s) == 0)
      return (long)p->slots[h] - 1;
  long off = (long)p->len;
  pool_put(p, s, n + 1);
  p->slots[h] = (size_t)off + 1;
  p->used++;
  return off;
}

/* libhyphen's NOHYPHEN list: NOHYPHENL + 1 strings one after another, kept
 * together (not shared). */
static long pool_add_list(pool *p, const char *s, int count) {
  if (!s)
    return -1;
  long off = (long)p->len;
  for (int i = 0; i <= count; i++) {
    size_t n = strlen(s) + 1;
    pool_put(p, s, n);
    s += n;
  }
  return off;
}

/* N values of a C array of char (SIGNED) or unsigned char, sixteen a
 * line. */
static void bytes_out(const char *v, size_t n, int sign) {
  for (size_t i = 0; i < n; i++)
    printf("%d,%s", sign ? (int)(signed char)v[i] : (int)(unsigned char)v[i],
           i % 16 == 15 ? "\n" : "");
  printf("0\n");
}

/* Writes dictionary K from PATH; 0 when it was not compiled. */
static int dict_out(int k, const char *path, HyphenDict *d) {
  int levels = 0;
  for (HyphenDict *x = d; x; x = x->nextlevel) {
    if (x->num_states > MAX_STATES)
      return 0;
    levels++;
  }
  iso_buf src;
  iso_buf_init(&src);
  iso_diags *quiet = iso_diags_new(); /* a file unread: not compiled */
  int bad = !quiet || iso_read_file_max(path, ISO_READ_MAX_BYTES, &src, quiet);
  iso_diags_free(quiet);
  if (bad) {
    iso_buf_free(&src);
    return 0;
  }
  printf("static const unsigned char src_%d[] = {\n", k);
  bytes_out((const char *)src.data, src.len, 0);
  printf("};\n");
  iso_buf_free(&src);
  pool p = {0};
  long *nohy = calloc((size_t)levels, sizeof *nohy);
  if (!nohy)
    die("out of memory");
  int l = 0;
  for (HyphenDict *x = d; x; x = x->nextlevel, l++) {
    nohy[l] = pool_add_list(&p, x->nohyphen, x->nohyphenl);
    printf("static const iso_hy_state st_%d_%d[] = {\n", k, l);
    for (int i = 0; i < x->num_states; i++) {
      const HyphenState *s = &x->states[i];
      /* libhyphen leaves replindex and replcut unset without a
       * replacement: 0 then, so that the output depends only on the file */
      printf("{%ld,%ld,%d,%d,%d,%d},\n", pool_add(&p, s->match),
             pool_add(&p, s->repl), s->fallback_state, s->num_trans,
             s->repl ? (int)s->replindex : 0, s->repl ? (int)s->replcut : 0);
    }
    printf("{-1,-1,-1,0,0,0}};\n");
    printf("static const HyphenTrans tr_%d_%d[] = {\n", k, l);
    for (int i = 0; i < x->num_states; i++)
      for (int t = 0; t < x->states[i].num_trans; t++)
        printf("{%d,%d},%s", (int)x->states[i].trans[t].ch,
               x->states[i].trans[t].new_state, t % 8 == 7 ? "\n" : "");
    printf("{0,0}};\n");
  }
  printf("static const char str_%d[] = {\n", k);
  bytes_out(p.bytes ? p.bytes : "", p.len, 1);
  printf("};\n");
  printf("static const iso_hy_level lv_%d[] = {\n", k);
  l = 0;
  for (HyphenDict *x = d; x; x = x->nextlevel, l++) {
    printf("{%d,%d,%d,%d,%d,%d,%ld,%d,{", (int)x->lhmin, (int)x->rhmin,
           (int)x->clhmin, (int)x->crhmin, x->utf8, x->nohyphenl, nohy[l],
           x->num_states);
    for (int i = 0; i < MAX_NAME; i++)
      printf("%d,", (int)x->cset[i]);
    printf("},st_%d_%d,tr_%d_%d},\n", k, l, k, l);
  }
  printf("};\n");
  free(nohy);
  free(p.bytes);
  free(p.slots);
  return levels;
}

int main(void) {
  printf("/* Generated by hyphen-compile (src/hyphen/compile.c): the "
         "hyphenation\n * patterns found when the program was built. Do not "
         "edit. */\n#include \"hyphen/patterns.h\"\n\n");
  const char *list[ISO_LANG_COUNT]; /* the languages' own static paths */
  int levels[ISO_LANG_COUNT], n = 0;
  for (int lang = 0; lang < ISO_LANG_COUNT; lang++) {
    const iso_lang_def *def = iso_lang_get((iso_lang)lang);
    HyphenDict *d = NULL;
    const char *path = NULL;
    for (size_t i = 0; !d && i < 3 && def->hyphen_dic[i]; i++)
      d = hnj_hyphen_load(path = def->hyphen_dic[i]);
    if (!d)
      continue;
    int lv = dict_out(n, path, d);
    hnj_hyphen_free(d);
    if (!lv)
      continue;
    list[n] = path;
    levels[n++] = lv;
  }
  printf("const iso_hy_dict iso_hy_dicts[] = {\n");
  for (int k = 0; k < n; k++)
    printf("{\"%s\", src_%d, sizeof src_%d - 1, str_%d, %d, lv_%d},\n",
           list[k], k, k, k, levels[k], k);
  printf("{0, 0, 0, 0, 0, 0}};\nconst size_t iso_hy_ndicts = %d;\n", n);
  return fflush(stdout) != 0 || ferror(stdout);
}
