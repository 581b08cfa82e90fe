/* The `document` map: metadata and document control (ISO/IEC 27001 7.5). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "loader_internal.h"
#include "util.h"

enum {
  K_ID, K_TITLE, K_SUBTITLE, K_TYPE, K_ORG, K_VERSION, K_STATUS, K_CLASS,
  K_LANG, K_OWNER, K_APPROVER, K_APPROVED, K_EFFECTIVE, K_NEXT, K_INTERVAL,
  K_DIST, K_KEYWORDS, K_LOGO, K_HISTORY, K_SIGNOFF, K_RETENTION, K_MASTER,
  K_UNCONTROLLED, K_ACK, K_CUSTOM, K_NUMBERING, K_COUNT
};

static const ld_key meta_keys[K_COUNT] = {
    {"id", 1},        {"title", 1},          {"subtitle", 0},
    {"type", 0},      {"organization", 0},   {"version", 1},
    {"status", 1},    {"classification", 0}, {"language", 0},
    {"owner", 1},     {"approver", 0},       {"approved", 0},
    {"effective", 0}, {"next_review", 0},    {"review_interval", 0},
    {"distribution", 0}, {"keywords", 0},    {"logo", 0},
    {"history", 0},   {"signoff", 0},        {"retention", 0},
    {"master_copy", 0}, {"uncontrolled_when_printed", 0},
    {"acknowledgement", 0}, {"custom", 0},   {"numbering", 0}};

static const char *const type_names[] = {"other", "policy", "manual",
                                         "procedure", "instruction", "plan",
                                         "record"};
static const char *const status_names[] = {"draft", "review", "approved",
                                           "retired"};

/* Sets *DST to a copy of the string value, at most MAX characters long;
 * returns 0, or -1 on error. */
static int copy_string(ld *c, const ynode *v, const char *name, int required,
                       size_t max, char **dst) {
  const char *s = ld_string(c, v, name, required);
  if (!s)
    return v && (required || v->kind != YN_SCALAR) ? -1 : 0;
  if (ld_too_long(c, v, name, max))
    return -1;
  *dst = iso_strdup(s);
  if (!*dst) {
    ld_oom(c, v);
    return -1;
  }
  return 0;
}

/* One of NAMES; returns its index, or -1 (reported), or DEF when absent. */
static int choose(ld *c, const ynode *v, const char *name,
                  const char *const *names, size_t n, int def) {
  const char *s = ld_string(c, v, name, 1);
  if (!s)
    return v ? -1 : def;
  for (size_t i = 0; i < n; i++)
    if (!strcmp(s, names[i]))
      return (int)i;
  char list[160] = "";
  for (size_t i = 0; i < n; i++) {
    strcat(list, names[i]);
    strcat(list, i + 2 < n ? ", " : i + 1 < n ? " or " : "");
  }
  const char *sug = iso_suggest(s, names, n);
  if (sug)
    ld_error(c, v, "invalid %s '%s' (expected %s); did you mean '%s'?", name, s,
             list, sug);
  else
    ld_error(c, v, "invalid %s '%s' (expected %s)", name, s, list);
  return -1;
}

/* "12 months", "1 month", "2 years", "1 year": months, or -1 (reported). */
static int review_interval(ld *c, const ynode *v) {
  const char *s = ld_string(c, v, "review_interval", 1);
  if (!s)
    return -1;
  const char *p = s;
  long n = 0;
  if (!isdigit((unsigned char)*p))
    goto bad;
  while (isdigit((unsigned char)*p) && n < 100000)
    n = n * 10 + (*p++ - '0');
  if (*p++ != ' ')
    goto bad;
  while (*p == ' ')
    p++;
  int unit;
  if (!strcmp(p, "month") || !strcmp(p, "months"))
    unit = 1;
  else if (!strcmp(p, "year") || !strcmp(p, "years"))
    unit = 12;
  else
    goto bad;
  if (n < 1 || n * unit > 120) {
    ld_error(c, v, "review_interval '%s' is out of range (1 month to 10 years)",
             s);
    return -1;
  }
  return (int)(n * unit);
bad:
  ld_error(c, v, "invalid review_interval '%s' (expected 'N months' or 'N years')",
           s);
  return -1;
}

/* A list of strings (or, when ALLOW_STRING, a single string), each at most
 * MAX characters long, at most MAX_ITEMS of them (0: no limit). */
static void string_list(ld *c, const ynode *v, const char *name, int allow_string,
                        size_t max, size_t max_items, char ***out,
                        size_t *n_out) {
  if (!v || (v->kind == YN_SCALAR && v->is_null))
    return;
  if (v->kind == YN_SCALAR && allow_string) {
    if (ld_too_long(c, v, name, max))
      return;
    *out = malloc(sizeof **out);
    if (!*out || !(**out = iso_strdup(v->text))) {
      free(*out);
      *out = NULL;
      ld_oom(c, v);
      return;
    }
    *n_out = 1;
    return;
  }
  if (v->kind != YN_SEQ) {
    ld_error(c, v, "'%s' must be a list%s, not %s", name,
             allow_string ? " or a string" : "", yn_kind_name(v));
    return;
  }
  if (!v->n)
    return;
  if (max_items && v->n > max_items) {
    ld_error(c, v->kids[max_items], "too many %s (more than %zu)", name,
             max_items);
    return;
  }
  *out = calloc(v->n, sizeof **out);
  if (!*out) {
    ld_oom(c, v);
    return;
  }
  for (size_t i = 0; i < v->n; i++) {
    const char *s = ld_string(c, v->kids[i], name, 1);
    if (!s || ld_too_long(c, v->kids[i], name, max))
      continue;
    if (!((*out)[*n_out] = iso_strdup(s))) {
      ld_oom(c, v->kids[i]);
      return;
    }
    (*n_out)++;
  }
}

static void history(ld *c, const ynode *v, iso_meta *m) {
  static const ld_key keys[] = {{"version", 1}, {"date", 1}, {"author", 1},
                                {"changes", 1}, {"approver", 0}};
  if (!v || (v->kind == YN_SCALAR && v->is_null) || ld_want_seq(c, v, "history"))
    return;
  if (!v->n)
    return;
  m->history = calloc(v->n, sizeof *m->history);
  if (!m->history) {
    ld_oom(c, v);
    return;
  }
  for (size_t i = 0; i < v->n; i++) {
    const ynode *f[5];
    if (ld_fields(c, v->kids[i], "history entry", keys, 5, f))
      continue;
    iso_revision *r = &m->history[m->n_history++];
    r->line = v->kids[i]->line;
    r->column = v->kids[i]->col;
    copy_string(c, f[0], "version", 1, LD_MAX_ID, &r->version);
    ld_date(c, f[1], "date", 1, &r->date);
    copy_string(c, f[2], "author", 1, LD_MAX_NAME, &r->author);
    copy_string(c, f[3], "changes", 1, LD_MAX_CHANGES, &r->changes);
    copy_string(c, f[4], "approver", 0, LD_MAX_NAME, &r->approver);
  }
}

static void logo(ld *c, const ynode *v, iso_meta *m) {
  const char *s = ld_string(c, v, "logo", 0);
  if (!s)
    return;
  m->logo_image = ld_image(c, v, s, &m->logo);
}

/* Where the lint's findings about these values point. */
static void lint_positions(const ynode **f, iso_meta *m) {
#define AT(k, l, c)                                                            \
  if (f[k]) {                                                                  \
    m->l = f[k]->line;                                                         \
    m->c = f[k]->col;                                                          \
  }
  AT(K_TITLE, title_line, title_column)
  AT(K_ORG, org_line, org_column)
  AT(K_VERSION, version_line, version_column)
  AT(K_OWNER, owner_line, owner_column)
  AT(K_APPROVER, approver_line, approver_column)
  AT(K_INTERVAL, interval_line, interval_column)
  AT(K_APPROVED, approved_line, approved_column)
#undef AT
}

/* approver/approved when approved; next_review given or derived. */
static void control_rules(ld *c, const ynode *map, const ynode **f, iso_meta *m,
                          int status_ok) {
  if (status_ok && m->status == ISO_STATUS_APPROVED) {
    if (!f[K_APPROVER])
      ld_error(c, map,
               "missing required key 'approver' in document (required when "
               "status is approved)");
    if (!f[K_APPROVED])
      ld_error(c, map,
               "missing required key 'approved' in document (required when "
               "status is approved)");
  }
  if (!f[K_NEXT]) {
    if (m->approved.year && m->review_months) {
      iso_date next = iso_date_add_months(m->approved, m->review_months);
      /* documents carry four-digit years (ODF and OOXML dates, the
       * title block), so a derived date cannot go past them either */
      if (next.year > 9999) {
        char a[11];
        iso_date_iso(m->approved, a);
        ld_error(c, f[K_APPROVED],
                 "the next review (%s plus %s) would be after 9999-12-31, "
                 "the last date a document can carry",
                 a, f[K_INTERVAL]->text);
      } else {
        m->next_review = next;
      }
    } else if (!(f[K_APPROVED] && f[K_INTERVAL]))
      ld_error(c, map,
               "missing required key 'next_review' in document (or give both "
               "'approved' and 'review_interval')");
  }
  if (f[K_NEXT] && m->next_review.year && m->approved.year &&
      iso_date_cmp(m->next_review, m->approved) < 0) {
    char a[11], n[11];
    iso_date_iso(m->next_review, n);
    iso_date_iso(m->approved, a);
    ld_error(c, f[K_NEXT], "next_review %s is before the approval date %s", n, a);
  }
}

void ld_meta(ld *c, const ynode *map) {
  iso_meta *m = iso_document_meta(c->doc);
  const ynode *f[K_COUNT];
  if (ld_fields(c, map, "document", meta_keys, K_COUNT, f))
    return;
  unsigned long misspelt = c->suggested;
  copy_string(c, f[K_ID], "id", 1, LD_MAX_ID, &m->id);
  if (f[K_ID]) {
    m->id_line = f[K_ID]->line;
    m->id_column = f[K_ID]->col;
  }
  copy_string(c, f[K_TITLE], "title", 1, LD_MAX_TITLE, &m->title);
  copy_string(c, f[K_SUBTITLE], "subtitle", 0, LD_MAX_TITLE, &m->subtitle);
  int t = choose(c, f[K_TYPE], "type", type_names, 7, 0);
  if (t >= 0)
    m->type = (iso_doc_type)t;
  copy_string(c, f[K_ORG], "organization", 0, LD_MAX_NAME,
              &m->organization);
  copy_string(c, f[K_VERSION], "version", 1, LD_MAX_ID, &m->version);
  int st = f[K_STATUS] ? choose(c, f[K_STATUS], "status", status_names, 4, -1)
                       : -1;
  if (st >= 0)
    m->status = (iso_status)st;
  if (f[K_STATUS]) {
    m->status_line = f[K_STATUS]->line;
    m->status_column = f[K_STATUS]->col;
  }
  copy_string(c, f[K_CLASS], "classification", 0, LD_MAX_CLASS,
              &m->classification);
  const char *lang_names[ISO_LANG_COUNT];
  for (int i = 0; i < ISO_LANG_COUNT; i++)
    lang_names[i] = iso_lang_code((iso_lang)i);
  int lg = choose(c, f[K_LANG], "language", lang_names, ISO_LANG_COUNT, 0);
  if (lg >= 0)
    m->language = c->lang = (iso_lang)lg;
  copy_string(c, f[K_OWNER], "owner", 1, LD_MAX_NAME, &m->owner);
  copy_string(c, f[K_APPROVER], "approver", m->status == ISO_STATUS_APPROVED,
              LD_MAX_NAME, &m->approver);
  ld_date(c, f[K_APPROVED], "approved", st == ISO_STATUS_APPROVED, &m->approved);
  ld_date(c, f[K_EFFECTIVE], "effective", 0, &m->effective);
  ld_date(c, f[K_NEXT], "next_review", 1, &m->next_review);
  const ynode *review_at = f[K_NEXT] ? f[K_NEXT] : f[K_APPROVED];
  if (review_at) {
    m->review_line = review_at->line;
    m->review_column = review_at->col;
  }
  if (f[K_INTERVAL]) {
    int months = review_interval(c, f[K_INTERVAL]);
    if (months > 0)
      m->review_months = months;
  }
  string_list(c, f[K_DIST], "distribution", 1, LD_MAX_NAME, 0,
              &m->distribution, &m->n_distribution);
  string_list(c, f[K_KEYWORDS], "keywords", 0, LD_MAX_CLASS, LD_MAX_KEYWORDS,
              &m->keywords, &m->n_keywords);
  logo(c, f[K_LOGO], m);
  history(c, f[K_HISTORY], m);
  lint_positions(f, m);
  ld_signoff(c, f[K_SIGNOFF], m);
  copy_string(c, f[K_RETENTION], "retention", 0, LD_MAX_TITLE, &m->retention);
  copy_string(c, f[K_MASTER], "master_copy", 0, LD_MAX_TITLE, &m->master_copy);
  int on;
  if (ld_bool(c, f[K_UNCONTROLLED], "uncontrolled_when_printed", &on) == 0) {
    m->uncontrolled = on ? 1 : -1;
    m->uncontrolled_line = f[K_UNCONTROLLED]->line;
    m->uncontrolled_column = f[K_UNCONTROLLED]->col;
  }
  if (ld_bool(c, f[K_ACK], "acknowledgement", &on) == 0)
    m->acknowledgement = on;
  if (ld_bool(c, f[K_NUMBERING], "numbering", &on) == 0)
    m->numbering = on ? 1 : -1;
  ld_custom(c, f[K_CUSTOM], m);
  if (!((misspelt >> K_NEXT) & 1) && !((misspelt >> K_APPROVER) & 1) &&
      !((misspelt >> K_APPROVED) & 1))
    control_rules(c, map, f, m, st >= 0);
}
