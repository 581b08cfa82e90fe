/* The diagnostics list: the library's only way to say something. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "util.h"

struct iso_diags {
  iso_diag *items;
  size_t count, cap;
};

iso_diags *iso_diags_new(void) { return calloc(1, sizeof(iso_diags)); }

void iso_diags_clear(iso_diags *d) {
  if (!d)
    return;
  for (size_t i = 0; i < d->count; i++) {
    free(d->items[i].file);
    free(d->items[i].message);
  }
  d->count = 0;
}

void iso_diags_free(iso_diags *d) {
  if (!d)
    return;
  iso_diags_clear(d);
  free(d->items);
  free(d);
}

void iso_diag_addv(iso_diags *d, iso_severity sev, const char *file, int line,
                   int column, const char *fmt, va_list ap) {
  if (!d)
    return;
  if (d->count == d->cap) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    iso_diag *items = realloc(d->items, cap * sizeof *items);
    if (!items)
      return; /* out of memory: the caller's return code still tells */
    d->items = items;
    d->cap = cap;
  }
  char small[512];
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(small, sizeof small, fmt, copy);
  va_end(copy);
  if (n < 0)
    return;
  char *msg;
  if ((size_t)n < sizeof small) {
    msg = iso_strdup(small);
  } else {
    msg = malloc((size_t)n + 1);
    if (msg)
      vsnprintf(msg, (size_t)n + 1, fmt, ap);
  }
  if (!msg)
    return;
  iso_diag *it = &d->items[d->count];
  it->severity = sev;
  it->file = file ? iso_strdup(file) : NULL;
  it->line = line;
  it->column = column;
  it->message = msg;
  it->rule = NULL;
  d->count++;
}

void iso_diag_add(iso_diags *d, iso_severity sev, const char *file, int line,
                  int column, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  iso_diag_addv(d, sev, file, line, column, fmt, ap);
  va_end(ap);
}

void iso_diag_add_rule(iso_diags *d, iso_severity sev, const char *rule,
                       const char *file, int line, int column, const char *fmt,
                       ...) {
  size_t before = iso_diags_count(d);
  va_list ap;
  va_start(ap, fmt);
  iso_diag_addv(d, sev, file, line, column, fmt, ap);
  va_end(ap);
  if (iso_diags_count(d) > before)
    d->items[before].rule = rule;
}

size_t iso_diags_count(const iso_diags *d) { return d ? d->count : 0; }

const iso_diag *iso_diags_get(const iso_diags *d, size_t i) {
  return (d && i < d->count) ? &d->items[i] : NULL;
}

static size_t count_sev(const iso_diags *d, iso_severity sev) {
  size_t n = 0;
  for (size_t i = 0; d && i < d->count; i++)
    n += d->items[i].severity == sev;
  return n;
}

size_t iso_diags_errors(const iso_diags *d) { return count_sev(d, ISO_SEV_ERROR); }
size_t iso_diags_warnings(const iso_diags *d) {
  return count_sev(d, ISO_SEV_WARNING);
}

char *iso_diag_format(const iso_diag *g) {
  static const char *const sev[] = {"error", "warning", "note"};
  iso_buf b;
  iso_buf_init(&b);
  if (g->file) {
    iso_buf_printf(&b, "%s:", g->file);
    if (g->line > 0) {
      iso_buf_printf(&b, "%d:", g->line);
      if (g->column > 0)
        iso_buf_printf(&b, "%d:", g->column);
    }
    iso_buf_puts(&b, " ");
  }
  iso_buf_printf(&b, "%s: %s", sev[g->severity], g->message);
  if (g->rule)
    iso_buf_printf(&b, " [%s]", g->rule);
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  return iso_buf_detach(&b, NULL);
}
