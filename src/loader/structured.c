/* objectives, risks and roles: lists of maps laid out as tables with
 * localized header labels. An optional column appears only when some item
 * fills it, so a block without owners has no empty "Owner" column. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "loader_internal.h"

#define MAX_FIELDS 5

typedef struct kind_spec {
  const char *name;    /* block key */
  const char *item;    /* for messages */
  iso_node_type type;
  ld_key keys[MAX_FIELDS];
  iso_label_id labels[MAX_FIELDS];
  size_t n;
  int date_field;      /* index of a date-or-phrase field, or -1 */
} kind_spec;

/* Columns in the order a reader expects them, not the order of the keys. */
static const kind_spec kinds[] = {
    {"objectives", "objective", ISO_NODE_OBJECTIVES,
     {{"objective", 1}, {"metric", 1}, {"target", 0}, {"deadline", 1},
      {"owner", 0}},
     {ISO_L_OBJ_OBJECTIVE, ISO_L_OBJ_METRIC, ISO_L_OBJ_TARGET,
      ISO_L_OBJ_DEADLINE, ISO_L_OBJ_OWNER},
     5, 3},
    {"risks", "risk", ISO_NODE_RISKS,
     {{"risk", 1}, {"principle", 0}, {"treatment", 0}, {"metric", 0},
      {"owner", 0}},
     {ISO_L_RISK_RISK, ISO_L_RISK_PRINCIPLE, ISO_L_RISK_TREATMENT,
      ISO_L_RISK_METRIC, ISO_L_RISK_OWNER},
     5, -1},
    {"roles", "role", ISO_NODE_ROLES,
     {{"role", 1}, {"responsibility", 1}},
     {ISO_L_ROLE_ROLE, ISO_L_ROLE_RESPONSIBILITY},
     2, -1},
};

/* A deadline is a date (validated, then written the language's way) or a
 * recurring phrase such as "quarterly". Something that starts like a date
 * must be a valid one. */
static void deadline_cell(ld *c, const ynode *v, iso_node *cell) {
  iso_date dt;
  const char *s = v->text;
  int datelike = v->len >= 5 && isdigit((unsigned char)s[0]) &&
                 isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) &&
                 isdigit((unsigned char)s[3]) && s[4] == '-';
  if (!datelike) {
    md_inlines(c, v, cell);
    return;
  }
  if (ld_date(c, v, "deadline", 1, &dt))
    return;
  char out[32];
  iso_date_format(c->lang, dt, out);
  md_plain(c, v, out, cell);
}

static iso_node *add_row(ld *c, iso_node *t, const ynode *at, int header) {
  iso_node *row = ld_node(c, ISO_NODE_ROW, at);
  if (ld_append(c, t, row, at))
    return NULL;
  iso_node_set_row_header(row, header);
  return row;
}

static iso_node *add_cell(ld *c, iso_node *row, const ynode *at) {
  iso_node *cell = ld_node(c, ISO_NODE_CELL, at);
  return ld_append(c, row, cell, at) ? NULL : cell;
}

iso_node *ld_structured(ld *c, const char *name, const ynode *key, const ynode *v) {
  const kind_spec *k = NULL;
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (!strcmp(kinds[i].name, name))
      k = &kinds[i];
  if (!k)
    return NULL;
  if (v->kind != YN_SEQ || !v->n) {
    ld_error(c, v->kind == YN_SEQ ? key : v,
             "'%s' must be a non-empty list of %s maps", name, k->item);
    return NULL;
  }
  /* first pass: validate, and see which optional columns are used */
  const ynode *(*f)[MAX_FIELDS] = calloc(v->n, sizeof *f);
  if (!f) {
    ld_oom(c, v);
    return NULL;
  }
  int used[MAX_FIELDS] = {0};
  for (size_t i = 0; i < v->n; i++) {
    if (ld_fields(c, v->kids[i], k->item, k->keys, k->n, f[i])) {
      memset(f[i], 0, sizeof f[i]);
      continue;
    }
    for (size_t j = 0; j < k->n; j++)
      if (ld_string(c, f[i][j], k->keys[j].name, k->keys[j].required))
        used[j] = 1;
  }
  int columns = 0;
  for (size_t j = 0; j < k->n; j++)
    columns += used[j] || k->keys[j].required;
  iso_node *t = ld_node(c, k->type, key);
  iso_node *head = t ? add_row(c, t, key, 1) : NULL;
  if (!head) {
    iso_node_free(t);
    free(f);
    return NULL;
  }
  iso_node_set_columns(t, columns);
  for (size_t j = 0; j < k->n; j++) {
    if (!used[j] && !k->keys[j].required)
      continue;
    iso_node *cell = add_cell(c, head, key);
    if (cell)
      md_plain(c, key, iso_label(c->lang, k->labels[j]), cell);
  }
  for (size_t i = 0; i < v->n; i++) {
    iso_node *row = add_row(c, t, v->kids[i], 0);
    for (size_t j = 0; row && j < k->n; j++) {
      if (!used[j] && !k->keys[j].required)
        continue;
      const ynode *fv = f[i][j];
      iso_node *cell = add_cell(c, row, fv ? fv : v->kids[i]);
      if (!cell || !fv || fv->kind != YN_SCALAR || fv->is_null || !fv->len)
        continue;
      if ((int)j == k->date_field)
        deadline_cell(c, fv, cell);
      else
        md_inlines(c, fv, cell);
    }
  }
  free(f);
  return t;
}
