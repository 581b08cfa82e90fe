/* The hyphenation patterns compiled into the program (src/hyphen/):
 * each compiled dictionary is the one libhyphen builds from the same file,
 * state by state, and breaks every word the same; a file whose bytes
 * differ from those compiled is read by libhyphen instead. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "hyphen/patterns.h"
#include "hyphenate.h"

static int same_str(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Every field libhyphen reads, on every level. */
static void same_dict(const HyphenDict *a, const HyphenDict *b) {
  for (; a && b; a = a->nextlevel, b = b->nextlevel) {
    CHECK_INT(a->lhmin, b->lhmin);
    CHECK_INT(a->rhmin, b->rhmin);
    CHECK_INT(a->clhmin, b->clhmin);
    CHECK_INT(a->crhmin, b->crhmin);
    CHECK_INT(a->utf8, b->utf8);
    CHECK_INT(a->nohyphenl, b->nohyphenl);
    CHECK(memcmp(a->cset, b->cset, sizeof a->cset) == 0);
    CHECK(!a->nohyphen == !b->nohyphen);
    if (a->nohyphen && b->nohyphen) {
      const char *x = a->nohyphen, *y = b->nohyphen;
      for (int i = 0; i <= a->nohyphenl; i++) {
        CHECK_STR(x, y);
        x += strlen(x) + 1;
        y += strlen(y) + 1;
      }
    }
    CHECK_INT(a->num_states, b->num_states);
    int bad = 0;
    for (int i = 0; i < a->num_states && i < b->num_states && !bad; i++) {
      const HyphenState *s = &a->states[i], *t = &b->states[i];
      bad = !same_str(s->match, t->match) || !same_str(s->repl, t->repl) ||
            /* libhyphen sets these only with a replacement */
            (s->repl && (s->replindex != t->replindex ||
                         s->replcut != t->replcut)) ||
            s->fallback_state != t->fallback_state ||
            s->num_trans != t->num_trans;
      for (int k = 0; !bad && k < s->num_trans; k++)
        bad = s->trans[k].ch != t->trans[k].ch ||
              s->trans[k].new_state != t->trans[k].new_state;
      if (bad)
        fprintf(stderr,
                "state %d differs: %s/%s %s/%s %d/%d %d/%d %d/%d %d/%d\n", i,
                s->match ? s->match : "-", t->match ? t->match : "-",
                s->repl ? s->repl : "-", t->repl ? t->repl : "-",
                s->replindex, t->replindex, s->replcut, t->replcut,
                s->fallback_state, t->fallback_state, s->num_trans,
                t->num_trans);
    }
    CHECK(!bad);
  }
  CHECK(!a && !b);
}

/* The letters of each pattern line of the file (digits and dots
 * dropped), hyphenated with both dictionaries: the same marks. Returns
 * how many words were compared. */
static int same_breaks(const iso_hy_dict *c, HyphenDict *a, HyphenDict *b) {
  int words = 0, differ = 0;
  const char *p = (const char *)c->source, *end = p + c->source_len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    char w[256];
    size_t n = 0;
    for (const char *q = p; q < e && n < sizeof w - 1; q++)
      if (!(*q >= '0' && *q <= '9') && *q != '.' && *q != '\r')
        w[n++] = *q;
    w[n] = 0;
    p = e + 1;
    if (n < 2 || strchr(w, ' '))
      continue; /* headers (charset, LEFTHYPHENMIN 2…) */
    char hx[260], hy[260];
    char **rx = NULL, **ry = NULL;
    int *px = NULL, *py = NULL, *cx = NULL, *cy = NULL;
    memset(hx, 0, sizeof hx);
    memset(hy, 0, sizeof hy);
    hnj_hyphen_hyphenate2(a, w, (int)n, hx, NULL, &rx, &px, &cx);
    hnj_hyphen_hyphenate2(b, w, (int)n, hy, NULL, &ry, &py, &cy);
    int same = memcmp(hx, hy, n) == 0 && !rx == !ry;
    for (size_t i = 0; same && rx && i < n; i++)
      same = same_str(rx[i], ry[i]) && px[i] == py[i] && cx[i] == cy[i];
    if (!same && differ++ < 5)
      fprintf(stderr, "%s: %.*s vs %.*s\n", w, (int)n, hx, (int)n, hy);
    for (size_t i = 0; rx && i < n; i++)
      free(rx[i]);
    for (size_t i = 0; ry && i < n; i++)
      free(ry[i]);
    free(rx), free(ry), free(px), free(py), free(cx), free(cy);
    words++;
  }
  CHECK_INT(differ, 0);
  return words;
}

/* A copy of compiled dictionary C at PATH, with BYTE changed at AT (-1:
 * none) and EXTRA appended. */
static int write_copy(const char *path, const iso_hy_dict *c, long at,
                      char byte, const char *extra) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return 0;
  for (size_t i = 0; i < c->source_len; i++)
    fputc((long)i == at ? byte : c->source[i], f);
  fputs(extra, f);
  return fclose(f) == 0;
}

int main(void) {
  /* the build compiled what the machine has */
  if (access("/usr/share/hyphen/hyph_en_GB.dic", R_OK) == 0) {
    int found = 0;
    for (size_t i = 0; i < iso_hy_ndicts; i++)
      found |= strcmp(iso_hy_dicts[i].path,
                      "/usr/share/hyphen/hyph_en_GB.dic") == 0;
    CHECK(found);
    CHECK_INT(iso_hyphen_compiled(ISO_LANG_EN), 1);
  }
  for (size_t i = 0; i < iso_hy_ndicts; i++) {
    const iso_hy_dict *c = &iso_hy_dicts[i];
    HyphenDict *mine = iso_hy_open(c->path);
    HyphenDict *theirs = hnj_hyphen_load(c->path);
    CHECK(mine != NULL);
    CHECK(theirs != NULL);
    if (mine && theirs) {
      same_dict(mine, theirs);
      CHECK(same_breaks(c, mine, theirs) > 1000);
    }
    iso_hy_free(mine);
    if (theirs)
      hnj_hyphen_free(theirs);
  }
  if (iso_hy_ndicts == 0)
    return check_done("hyphen_compiled_test");

  /* the same bytes elsewhere are the compiled patterns; other bytes not */
  const iso_hy_dict *en = &iso_hy_dicts[0];
  char dir[] = "/tmp/hyphen-compiled-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char same[64], edited[64], longer[64];
  snprintf(same, sizeof same, "%s/same.dic", dir);
  snprintf(edited, sizeof edited, "%s/edited.dic", dir);
  snprintf(longer, sizeof longer, "%s/longer.dic", dir);
  CHECK(write_copy(same, en, -1, 0, ""));
  CHECK(write_copy(edited, en, (long)en->source_len - 2,
                   en->source[en->source_len - 2] == '1' ? '2' : '1', ""));
  CHECK(write_copy(longer, en, -1, 0, "q1q\n"));
  HyphenDict *d = iso_hy_open(same);
  CHECK(d != NULL);
  iso_hy_free(d);
  CHECK(iso_hy_open(edited) == NULL);
  CHECK(iso_hy_open(longer) == NULL);
  CHECK(iso_hy_open(dir) == NULL); /* a folder */
  CHECK(iso_hy_open("/nonexistent/hyph.dic") == NULL);

  if (strcmp(en->path, "/usr/share/hyphen/hyph_en_GB.dic") == 0) {
    /* the added pattern is obeyed: libhyphen read the file */
    size_t pts[16];
    iso_hyphen_configure(longer, NULL);
    CHECK_INT(iso_hyphen_compiled(ISO_LANG_EN), 0);
    CHECK(iso_hyphen_points(ISO_LANG_EN, "qqqqqqqq", 8, pts, 16) > 0);
    iso_hyphen_configure(same, NULL);
    CHECK_INT(iso_hyphen_compiled(ISO_LANG_EN), 1);
    CHECK_INT(iso_hyphen_points(ISO_LANG_EN, "qqqqqqqq", 8, pts, 16), 0);
    CHECK(iso_hyphen_points(ISO_LANG_EN, "information", 11, pts, 16) == 3);
    iso_hyphen_configure(NULL, NULL);
  }
  unlink(same);
  unlink(edited);
  unlink(longer);
  rmdir(dir);
  return check_done("hyphen_compiled_test");
}
