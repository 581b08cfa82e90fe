/* Dictionaries rebuilt from the patterns compiled into the program (see
 * patterns.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "patterns.h"

/* The file's bytes, when it is a regular file of exactly LEN bytes. */
static unsigned char *read_exact(int fd, size_t len) {
  unsigned char *buf = malloc(len ? len : 1);
  size_t got = 0;
  while (buf && got < len) {
    ssize_t r = read(fd, buf + got, len - got);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      free(buf);
      return NULL;
    }
    got += (size_t)r;
  }
  return buf;
}

/* The compiled dictionary whose source is the file open at FD. */
static const iso_hy_dict *match_file(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
    return NULL;
  size_t len = (size_t)st.st_size;
  int any = 0; /* the file is read only when its size is one compiled */
  for (size_t i = 0; i < iso_hy_ndicts; i++)
    any |= iso_hy_dicts[i].source_len == len;
  if (!any)
    return NULL;
  unsigned char *buf = read_exact(fd, len);
  const iso_hy_dict *found = NULL;
  for (size_t i = 0; buf && !found && i < iso_hy_ndicts; i++)
    if (iso_hy_dicts[i].source_len == len &&
        memcmp(iso_hy_dicts[i].source, buf, len) == 0)
      found = &iso_hy_dicts[i];
  free(buf);
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
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return NULL;
  const iso_hy_dict *c = match_file(fd);
  close(fd);
  return c ? build(c) : NULL;
}

void iso_hy_free(HyphenDict *d) { free(d); }
