/* `signoff`: who signs the document, one entry a row of the sign-off table
 * (role required; name and date optional, written in by hand when absent),
 * and the yes/no values of document control. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "loader_internal.h"
#include "util.h"

int ld_bool(ld *c, const ynode *v, const char *name, int *out) {
  if (!v)
    return 1;
  if (v->kind == YN_SCALAR && !v->is_null) {
    /* YAML 1.2's core schema spellings; "yes" and "on" are YAML 1.1 only
     * and read differently by other tools, so they are refused */
    static const char *const yes[] = {"true", "True", "TRUE"};
    static const char *const no[] = {"false", "False", "FALSE"};
    for (int i = 0; i < 3; i++) {
      if (!strcmp(v->text, yes[i])) {
        *out = 1;
        return 0;
      }
      if (!strcmp(v->text, no[i])) {
        *out = 0;
        return 0;
      }
    }
    ld_error(c, v, "'%s' must be true or false, not '%s'", name, v->text);
    return -1;
  }
  ld_error(c, v, "'%s' must be true or false, not %s", name, yn_kind_name(v));
  return -1;
}

static int copy(ld *c, const ynode *v, const char *name, int required,
                char **dst) {
  const char *s = ld_string(c, v, name, required);
  if (!s) /* absent or empty: an error only when required (reported) */
    return v && (required || v->kind != YN_SCALAR) ? -1 : 0;
  if (ld_too_long(c, v, name, LD_MAX_NAME))
    return -1;
  if (!(*dst = iso_strdup(s))) {
    ld_oom(c, v);
    return -1;
  }
  return 0;
}

void ld_signoff(ld *c, const ynode *v, iso_meta *m) {
  static const ld_key keys[] = {{"role", 1}, {"name", 0}, {"date", 0}};
  if (!v || ld_want_seq(c, v, "signoff") || !v->n)
    return;
  if (v->n > ISO_SIGNOFF_MAX) {
    ld_error(c, v->kids[ISO_SIGNOFF_MAX],
             "too many signoff entries (more than %d: the sign-off table "
             "must fit on one page)",
             ISO_SIGNOFF_MAX);
    return;
  }
  m->signoff = calloc(v->n, sizeof *m->signoff);
  if (!m->signoff) {
    ld_oom(c, v);
    return;
  }
  for (size_t i = 0; i < v->n; i++) {
    const ynode *e = v->kids[i], *f[3];
    if (ld_fields(c, e, "signoff entry", keys, 3, f))
      continue;
    iso_signoff *s = &m->signoff[m->n_signoff];
    s->line = e->line;
    s->column = e->col;
    int ok = copy(c, f[0], "role", 1, &s->role) == 0 && s->role;
    if (copy(c, f[1], "name", 0, &s->name))
      ok = 0;
    if (ld_date(c, f[2], "date", 0, &s->date) < 0)
      ok = 0;
    /* one row a role: a second row would leave the signer to guess */
    for (size_t k = 0; ok && k < m->n_signoff; k++)
      if (!strcasecmp(m->signoff[k].role, s->role)) {
        ld_error(c, f[0], "duplicate signoff role '%s' (first given at line %d)",
                 s->role, m->signoff[k].line);
        ok = 0;
      }
    if (!ok) {
      free(s->role);
      free(s->name);
      memset(s, 0, sizeof *s);
      continue;
    }
    m->n_signoff++;
  }
}
