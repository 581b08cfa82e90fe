/* The register's entries: filling, sorting by id with duplicate ids found,
 * days to each review, and the reviews that fall due. */
#include <stdlib.h>
#include <string.h>

#include "register.h"
#include "util.h"

void iso_register_init(iso_register *r) { memset(r, 0, sizeof *r); }

static void entry_free(iso_reg_entry *e) {
  free(e->file);
  free(e->source);
  free(e->id);
  free(e->title);
  free(e->version);
  free(e->classification);
  free(e->owner);
  free(e->approver);
  free(e->error);
}

void iso_register_free(iso_register *r) {
  for (size_t i = 0; i < r->count; i++)
    entry_free(&r->items[i]);
  free(r->items);
  memset(r, 0, sizeof *r);
}

iso_reg_entry *iso_register_add(iso_register *r, const char *file,
                                const char *source) {
  if (r->count == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 32;
    iso_reg_entry *items = realloc(r->items, cap * sizeof *items);
    if (!items)
      return NULL;
    r->items = items;
    r->cap = cap;
  }
  iso_reg_entry *e = &r->items[r->count];
  memset(e, 0, sizeof *e);
  e->file = iso_strdup(file ? file : "");
  e->source = iso_strdup(source ? source : file ? file : "");
  if (!e->file || !e->source) {
    entry_free(e);
    return NULL;
  }
  r->count++;
  return e;
}

void iso_reg_entry_take(char **field, char *s) {
  free(*field);
  *field = s;
}

static int copy(char **field, const char *s) {
  char *c = s ? iso_strdup(s) : NULL;
  iso_reg_entry_take(field, c);
  return s && !c ? -1 : 0;
}

int iso_reg_entry_set_meta(iso_reg_entry *e, const iso_meta *m) {
  int rc = copy(&e->id, m->id) | copy(&e->title, m->title) |
           copy(&e->version, m->version) |
           copy(&e->classification, m->classification) |
           copy(&e->owner, m->owner) | copy(&e->approver, m->approver);
  e->type = m->type;
  e->status = m->status;
  e->language = m->language;
  e->approved = m->approved;
  e->next_review = m->next_review;
  e->id_line = m->id_line;
  e->id_column = m->id_column;
  e->review_line = m->review_line;
  e->loaded = 1;
  return rc ? -1 : 0;
}

int iso_reg_entry_set_error(iso_reg_entry *e, const char *message) {
  const char *nl = strchr(message, '\n');
  char *s = iso_strndup(message, nl ? (size_t)(nl - message) : strlen(message));
  iso_reg_entry_take(&e->error, s);
  return s ? 0 : -1;
}

static int has_id(const iso_reg_entry *e) { return e->loaded && e->id && *e->id; }

static int by_id(const void *a, const void *b) {
  const iso_reg_entry *x = a, *y = b;
  if (has_id(x) != has_id(y))
    return has_id(x) ? -1 : 1;
  int c = has_id(x) ? strcmp(x->id, y->id) : 0;
  if (!c)
    c = strcmp(x->source, y->source);
  return c ? c : strcmp(x->file, y->file);
}

size_t iso_register_sort(iso_register *r, iso_diags *d) {
  if (r->count > 1)
    qsort(r->items, r->count, sizeof *r->items, by_id);
  size_t dups = 0;
  for (size_t i = 1; i < r->count; i++) {
    const iso_reg_entry *e = &r->items[i];
    if (!has_id(e))
      break;
    size_t first = i;
    while (first > 0 && strcmp(r->items[first - 1].id, e->id) == 0)
      first--;
    if (first == i)
      continue;
    const iso_reg_entry *f = &r->items[first];
    iso_diag_add(d, ISO_SEV_ERROR, e->file, e->id_line, e->id_column,
                 "duplicate id '%s': %s:%d:%d has the same id (every document "
                 "of a register needs its own)",
                 e->id, f->file, f->id_line, f->id_column);
    dups++;
  }
  return dups;
}

long iso_reg_days_until(const iso_reg_entry *e, iso_date today) {
  if (!e->next_review.year || !today.year)
    return 0;
  return (long)((iso_date_epoch(e->next_review) - iso_date_epoch(today)) / 86400);
}

struct due {
  long days;
  const char *file;
  size_t idx;
};

static int by_due(const void *a, const void *b) {
  const struct due *x = a, *y = b;
  if (x->days != y->days)
    return x->days < y->days ? -1 : 1;
  int c = strcmp(x->file, y->file);
  return c ? c : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

size_t iso_due_select(const iso_register *r, iso_date today, long days,
                      size_t **out) {
  *out = NULL;
  if (!r->count)
    return 0;
  struct due *v = malloc(r->count * sizeof *v);
  if (!v)
    return (size_t)-1;
  size_t n = 0;
  for (size_t i = 0; i < r->count; i++) {
    const iso_reg_entry *e = &r->items[i];
    long left = iso_reg_days_until(e, today);
    if (e->loaded && e->next_review.year && left <= days)
      v[n++] = (struct due){left, e->file, i};
  }
  qsort(v, n, sizeof *v, by_due);
  size_t *idx = n ? malloc(n * sizeof *idx) : NULL;
  if (n && !idx) {
    free(v);
    return (size_t)-1;
  }
  for (size_t i = 0; i < n; i++)
    idx[i] = v[i].idx;
  free(v);
  *out = idx;
  return n;
}

iso_lang iso_register_language(const iso_register *r) {
  size_t fi = 0, loaded = 0;
  for (size_t i = 0; i < r->count; i++)
    if (r->items[i].loaded) {
      loaded++;
      fi += r->items[i].language == ISO_LANG_FI;
    }
  return loaded && fi == loaded ? ISO_LANG_FI : ISO_LANG_EN;
}
