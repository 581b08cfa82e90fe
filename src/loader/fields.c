/* Diagnostics and the generic checks every map and value goes through:
 * unknown keys with a suggestion, missing required keys, wrong types, empty
 * values, dates. */
#include <stdarg.h>
#include <string.h>

#include "loader_internal.h"
#include "util.h"

static void vreport(ld *c, iso_severity sev, int line, int col, const char *fmt,
                    va_list ap) {
  iso_diag_addv(c->d, sev, c->file, line, col, fmt, ap);
  if (sev == ISO_SEV_ERROR)
    c->errors++;
}

void ld_error(ld *c, const ynode *at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(c, ISO_SEV_ERROR, at ? at->line : 0, at ? at->col : 0, fmt, ap);
  va_end(ap);
}

void ld_warning(ld *c, const ynode *at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(c, ISO_SEV_WARNING, at ? at->line : 0, at ? at->col : 0, fmt, ap);
  va_end(ap);
}

void ld_error_pos(ld *c, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(c, ISO_SEV_ERROR, line, col, fmt, ap);
  va_end(ap);
}

void ld_warning_pos(ld *c, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(c, ISO_SEV_WARNING, line, col, fmt, ap);
  va_end(ap);
}

void ld_oom(ld *c, const ynode *at) { ld_error(c, at, "out of memory"); }

int ld_fields(ld *c, const ynode *m, const char *what, const ld_key *keys,
              size_t n, const ynode **vals) {
  for (size_t i = 0; i < n; i++)
    vals[i] = NULL;
  if (!m || m->kind != YN_MAP) {
    ld_error(c, m, "'%s' must be a map, not %s", what, yn_kind_name(m));
    return -1;
  }
  const char *names[32];
  c->suggested = 0;
  for (size_t i = 0; i < n && i < 32; i++)
    names[i] = keys[i].name;
  for (size_t p = 0; p < m->n; p++) {
    const ynode *k = m->kids[2 * p];
    if (k->kind != YN_SCALAR) {
      ld_error(c, k, "a key must be a string, not %s", yn_kind_name(k));
      continue;
    }
    size_t i = 0;
    while (i < n && strcmp(k->text, keys[i].name))
      i++;
    if (i < n) {
      const ynode *v = m->kids[2 * p + 1];
      /* an empty optional value means "not given" */
      if (!vals[i] && !(!keys[i].required && v->kind == YN_SCALAR && v->is_null))
        vals[i] = v;
      continue;
    }
    const char *s = iso_suggest(k->text, names, n < 32 ? n : 32);
    for (size_t j = 0; s && j < n && j < 32; j++)
      if (names[j] == s)
        c->suggested |= 1ul << j;
    if (s)
      ld_error(c, k, "unknown key '%s' in %s; did you mean '%s'?", k->text,
               what, s);
    else
      ld_error(c, k, "unknown key '%s' in %s", k->text, what);
  }
  for (size_t i = 0; i < n; i++)
    if (keys[i].required && !vals[i] && !(i < 32 && (c->suggested >> i) & 1))
      ld_error(c, m, "missing required key '%s' in %s", keys[i].name, what);
  return 0;
}

const char *ld_string(ld *c, const ynode *v, const char *name, int required) {
  if (!v)
    return NULL;
  if (v->kind != YN_SCALAR) {
    ld_error(c, v, "'%s' must be a string, not %s", name, yn_kind_name(v));
    return NULL;
  }
  if (v->is_null || !v->len) {
    if (required)
      ld_error(c, v, "'%s' is empty; it needs a value", name);
    return NULL;
  }
  return v->text;
}

size_t ld_count_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

int ld_too_long(ld *c, const ynode *v, const char *name, size_t max) {
  if (!v || v->kind != YN_SCALAR || v->len <= max)
    return 0; /* a character takes at least one byte */
  size_t n = ld_count_chars(v->text, v->len);
  if (n <= max)
    return 0;
  ld_error(c, v, "'%s' is too long (%zu characters; at most %zu)", name, n,
           max);
  return 1;
}

int ld_want_seq(ld *c, const ynode *v, const char *name) {
  if (v && v->kind != YN_SEQ) {
    ld_error(c, v, "'%s' must be a list, not %s", name, yn_kind_name(v));
    return -1;
  }
  return 0;
}

int ld_want_map(ld *c, const ynode *v, const char *name) {
  if (v && v->kind != YN_MAP) {
    ld_error(c, v, "'%s' must be a map, not %s", name, yn_kind_name(v));
    return -1;
  }
  return 0;
}

int ld_date(ld *c, const ynode *v, const char *name, int required, iso_date *out) {
  const char *s = ld_string(c, v, name, required);
  if (!s)
    return v && (v->kind != YN_SCALAR || required) ? -1 : 1;
  iso_date dt;
  switch (iso_date_read(s, &dt)) {
  case 0:
    *out = dt;
    return 0;
  case -2:
    if (!strncmp(s, "0000", 4)) {
      ld_error(c, v, "invalid date '%s' (no such year)", s);
      return -1;
    }
    ld_error(c, v, "invalid date '%s' (no such %s)", s,
             (s[5] == '0' && s[6] == '0') || s[5] > '1' ||
                     (s[5] == '1' && s[6] > '2')
                 ? "month"
                 : "day");
    return -1;
  default:
    ld_error(c, v, "invalid date '%s' (expected YYYY-MM-DD)", s);
    return -1;
  }
}

iso_node *ld_node(ld *c, iso_node_type t, const ynode *at) {
  iso_node *n = iso_node_new(t, c->doc, at ? at->line : 0, at ? at->col : 0);
  if (!n)
    ld_oom(c, at);
  return n;
}

int ld_append(ld *c, iso_node *parent, iso_node *child, const ynode *at) {
  if (!child)
    return -1;
  if (iso_node_append(parent, child)) {
    ld_error(c, at, "a %s cannot be placed inside a %s",
             iso_node_type_name(iso_node_get_type(child)),
             iso_node_type_name(iso_node_get_type(parent)));
    iso_node_free(child);
    return -1;
  }
  return 0;
}
