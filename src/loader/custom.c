/* `custom`: extra document-control fields (department, project,
 * customer...), a map of names to one-line scalar values in the file's
 * order. A name must not be a built-in property's, in any spelling: the
 * properties every format writes (docProps/custom.xml, meta.xml, the PDF's
 * Info dictionary) and the document's own keys. */
#include <stdlib.h>
#include <string.h>

#include "loader_internal.h"
#include "util.h"

/* bytes: a PDF name holds 127 (libharu), three for each escaped one */
#define CUSTOM_NAME_MAX 40

/* Compared by their letters and digits, ASCII case ignored: "Next review",
 * "next_review" and "NextReview" are one name. */
static void fold(const char *s, char *out, size_t max) {
  size_t n = 0;
  for (; *s && n + 1 < max; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == ' ' || ch == '_' || ch == '-' || ch == '.')
      continue;
    out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  out[n] = '\0';
}

static int built_in(const char *name) {
  static const char *const names[] = {
      /* the document-control properties of DOCX and ODT */
      "Document ID", "Version", "Status", "Classification", "Owner",
      "Approver", "Approval date", "Next review", "Effective",
      "Review interval", "Document type", "Organization", "Organisation",
      "Distribution", "Retention", "Master copy",
      /* core properties and the PDF's Info dictionary */
      "Title", "Subject", "Author", "Creator", "Producer", "Keywords",
      "Description", "Language", "CreationDate", "ModDate", "Trapped",
      "Created", "Modified", "Generator",
      /* the document's own keys */
      "id", "subtitle", "type", "approved", "review_interval", "logo",
      "history", "signoff", "master_copy", "uncontrolled_when_printed",
      "acknowledgement", "custom", "numbering", NULL};
  char a[64], b[64];
  fold(name, a, sizeof a);
  for (size_t i = 0; names[i]; i++) {
    fold(names[i], b, sizeof b);
    if (!strcmp(a, b))
      return 1;
  }
  return 0;
}

void ld_custom(ld *c, const ynode *v, iso_meta *m) {
  if (!v || (v->kind == YN_SCALAR && v->is_null))
    return;
  if (v->kind != YN_MAP) {
    ld_error(c, v, "'custom' must be a map of field names to values, not %s",
             yn_kind_name(v));
    return;
  }
  if (!v->n)
    return;
  if (v->n > ISO_CUSTOM_MAX) {
    ld_error(c, v->kids[2 * ISO_CUSTOM_MAX], "too many custom fields (more than %d)",
             ISO_CUSTOM_MAX);
    return;
  }
  m->custom = calloc(v->n, sizeof *m->custom);
  if (!m->custom) {
    ld_oom(c, v);
    return;
  }
  for (size_t i = 0; i < v->n; i++) {
    const ynode *k = v->kids[2 * i], *val = v->kids[2 * i + 1];
    if (k->kind != YN_SCALAR || k->is_null || !k->len) {
      ld_error(c, k, "a custom field needs a name (a non-empty string)");
      continue;
    }
    if (k->len > CUSTOM_NAME_MAX) {
      ld_error(c, k, "custom field name is too long (%zu bytes; at most %d)",
               k->len, CUSTOM_NAME_MAX);
      continue;
    }
    if (built_in(k->text)) {
      ld_error(c, k,
               "custom field '%s' has the name of a built-in property; "
               "give its value with the document's own key, or choose "
               "another name",
               k->text);
      continue;
    }
    char a[CUSTOM_NAME_MAX + 1], b[CUSTOM_NAME_MAX + 1];
    fold(k->text, a, sizeof a);
    const iso_custom_field *same = NULL;
    for (size_t j = 0; j < m->n_custom && !same; j++) {
      fold(m->custom[j].name, b, sizeof b);
      if (!strcmp(a, b))
        same = &m->custom[j];
    }
    if (same) {
      ld_error(c, k, "duplicate custom field '%s' (as '%s' at line %d)",
               k->text, same->name, same->line);
      continue;
    }
    if (val->kind != YN_SCALAR) {
      ld_error(c, val, "custom field '%s' must be a single value, not %s",
               k->text, yn_kind_name(val));
      continue;
    }
    if (val->is_null || !val->len) {
      ld_error(c, val, "custom field '%s' is empty; it needs a value", k->text);
      continue;
    }
    if (memchr(val->text, '\n', val->len)) {
      ld_error(c, val, "custom field '%s' must be one line", k->text);
      continue;
    }
    if (ld_too_long(c, val, k->text, LD_MAX_TITLE))
      continue;
    iso_custom_field *f = &m->custom[m->n_custom];
    f->name = iso_strdup(k->text);
    f->value = iso_strdup(val->text);
    f->line = k->line;
    f->column = k->col;
    if (!f->name || !f->value) {
      free(f->name);
      free(f->value);
      ld_oom(c, k);
      return;
    }
    m->n_custom++;
  }
}
