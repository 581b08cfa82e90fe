/* Dictionaries rebuilt from the patterns compiled into the program (see
 * patterns.h). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "patterns.h"

/* The compiled dictionary whose source is the file at PATH. A file larger
 * than every compiled one is refused from its size (German's 1 MB), not
 * read; a FIFO or device is never opened for reading (iso_read_file_max). */
static const iso_hy_dict *match_file(const char *path) {
  size_t max = 0;
  for (size_t i = 0; i < iso_hy_ndicts; i++)
    if (iso_hy_dicts[i].source_len > max)
      max = iso_hy_dicts[i].source_len;
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *quiet = iso_diags_new(); /* a file not compiled is no error */
  const iso_hy_dict *found = NULL;
  if (quiet && iso_read_file_max(path, max, &b, quiet) == 0)
    for (size_t i = 0; !found && i < iso_hy_ndicts; i++)
      if (iso_hy_dicts[i].source_len == b.len &&
          memcmp(iso_hy_dicts[i].source, b.data, b.len) == 0)
        found = &iso_hy_dicts[i];
  iso_diags_free(quiet);
  iso_buf_free(&b);
  return found;
}

/* One block: the levels' HyphenDicts, then their states. libhyphen only
 * reads a loaded dictionary, so strings and transitions stay in the
 * program's read-only arrays. */
static HyphenDict *build(const iso_hy_dict *c) {
  size_t nst = 0;
  for (int l = 0; l < c->nlevels; l++)
    nst += (size_t)c->levels[l].nstates;
  size_t head = (size_t)c->nlevels * sizeof(HyphenDict);
  head = (head + _Alignof(HyphenState) - 1) & ~(_Alignof(HyphenState) - 1);
  char *block = calloc(1, head + nst * sizeof(HyphenState));
  if (!block)
    return NULL;
  HyphenDict *dicts = (HyphenDict *)block;
  HyphenState *st = (HyphenState *)(block + head);
  for (int l = 0; l < c->nlevels; l++) {
    const iso_hy_level *lv = &c->levels[l];
    HyphenDict *d = &dicts[l];
    d->lhmin = lv->lhmin;
    d->rhmin = lv->rhmin;
    d->clhmin = lv->clhmin;
    d->crhmin = lv->crhmin;
    d->utf8 = lv->utf8;
    d->nohyphenl = lv->nohyphenl;
    d->nohyphen = lv->nohyphen < 0 ? NULL : (char *)c->strings + lv->nohyphen;
    memcpy(d->cset, lv->cset, sizeof d->cset);
    d->num_states = lv->nstates;
    d->states = st;
    d->nextlevel = l + 1 < c->nlevels ? &dicts[l + 1] : NULL;
    const HyphenTrans *tr = lv->trans;
    for (int32_t i = 0; i < lv->nstates; i++, st++) {
      const iso_hy_state *s = &lv->states[i];
      st->match = s->match < 0 ? NULL : (char *)c->strings + s->match;
      st->repl = s->repl < 0 ? NULL : (char *)c->strings + s->repl;
      st->replindex = s->replindex;
      st->replcut = s->replcut;
      st->fallback_state = s->fallback;
      st->num_trans = s->ntrans;
      st->trans = s->ntrans ? (HyphenTrans *)tr : NULL;
      tr += s->ntrans;
    }
  }
  return dicts;
}

HyphenDict *iso_hy_open(const char *path) {
  if (!path || iso_hy_ndicts == 0)
    return NULL;
  const iso_hy_dict *c = match_file(path);
  return c ? build(c) : NULL;
}

void iso_hy_free(HyphenDict *d) { free(d); }
