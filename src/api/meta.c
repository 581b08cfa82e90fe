/* The accessors of iso_meta (isoexport.h): a caller reads and sets document
 * control through these, never through the struct (internal.h), so that a
 * new field never changes the ABI. */
#include <stdlib.h>

#include "internal.h"
#include "util.h"

/* The field's string in M; NULL for an unknown field. */
static char **field(iso_meta *m, iso_field f) {
  switch (f) {
  case ISO_FIELD_ID: return &m->id;
  case ISO_FIELD_TITLE: return &m->title;
  case ISO_FIELD_SUBTITLE: return &m->subtitle;
  case ISO_FIELD_ORGANIZATION: return &m->organization;
  case ISO_FIELD_VERSION: return &m->version;
  case ISO_FIELD_CLASSIFICATION: return &m->classification;
  case ISO_FIELD_OWNER: return &m->owner;
  case ISO_FIELD_APPROVER: return &m->approver;
  case ISO_FIELD_RETENTION: return &m->retention;
  case ISO_FIELD_MASTER_COPY: return &m->master_copy;
  case ISO_FIELD_THEME: return &m->theme;
  case ISO_FIELD_SOURCE: return &m->source;
  case ISO_FIELD_LOGO: return &m->logo;
  default: return NULL;
  }
}

const char *iso_meta_get(const iso_meta *m, iso_field f) {
  char **p = m ? field((iso_meta *)m, f) : NULL;
  return p ? *p : NULL;
}

iso_error iso_meta_set(iso_meta *m, iso_field f, const char *value) {
  /* the source names the nodes' file; the logo is loaded with its bytes */
  char **p = m && f != ISO_FIELD_SOURCE && f != ISO_FIELD_LOGO ? field(m, f)
                                                               : NULL;
  if (!p)
    return ISO_ERR_ARGUMENT;
  char *copy = NULL;
  if (value && !(copy = iso_strdup(value)))
    return ISO_ERR_NOMEM;
  free(*p);
  *p = copy;
  return ISO_OK;
}

static iso_date *date_field(iso_meta *m, iso_date_field f) {
  switch (f) {
  case ISO_DATE_APPROVED: return &m->approved;
  case ISO_DATE_EFFECTIVE: return &m->effective;
  case ISO_DATE_NEXT_REVIEW: return &m->next_review;
  default: return NULL;
  }
}

iso_date iso_meta_get_date(const iso_meta *m, iso_date_field f) {
  iso_date none = {0, 0, 0};
  iso_date *p = m ? date_field((iso_meta *)m, f) : NULL;
  return p ? *p : none;
}

iso_error iso_meta_set_date(iso_meta *m, iso_date_field f, iso_date d) {
  iso_date *p = m ? date_field(m, f) : NULL;
  if (!p || (d.year && !iso_date_valid(d)))
    return ISO_ERR_ARGUMENT;
  *p = d;
  return ISO_OK;
}

iso_status iso_meta_get_status(const iso_meta *m) {
  return m ? m->status : ISO_STATUS_DRAFT;
}
iso_error iso_meta_set_status(iso_meta *m, iso_status s) {
  if (!m || s < ISO_STATUS_DRAFT || s > ISO_STATUS_RETIRED)
    return ISO_ERR_ARGUMENT;
  m->status = s;
  return ISO_OK;
}
iso_doc_type iso_meta_get_type(const iso_meta *m) {
  return m ? m->type : ISO_TYPE_OTHER;
}
iso_error iso_meta_set_type(iso_meta *m, iso_doc_type t) {
  if (!m || t < ISO_TYPE_OTHER || t > ISO_TYPE_RECORD)
    return ISO_ERR_ARGUMENT;
  m->type = t;
  return ISO_OK;
}
iso_lang iso_meta_get_language(const iso_meta *m) {
  return m ? m->language : ISO_LANG_EN;
}
iso_error iso_meta_set_language(iso_meta *m, iso_lang l) {
  if (!m || l < ISO_LANG_EN || l >= ISO_LANG_COUNT)
    return ISO_ERR_ARGUMENT;
  m->language = l;
  return ISO_OK;
}
int iso_meta_get_review_months(const iso_meta *m) {
  return m ? m->review_months : 0;
}

size_t iso_meta_distribution_count(const iso_meta *m) {
  return m ? m->n_distribution : 0;
}
const char *iso_meta_distribution(const iso_meta *m, size_t i) {
  return m && i < m->n_distribution ? m->distribution[i] : NULL;
}
size_t iso_meta_keywords_count(const iso_meta *m) {
  return m ? m->n_keywords : 0;
}
const char *iso_meta_keyword(const iso_meta *m, size_t i) {
  return m && i < m->n_keywords ? m->keywords[i] : NULL;
}

size_t iso_meta_history_count(const iso_meta *m) {
  return m ? m->n_history : 0;
}
const char *iso_meta_revision(const iso_meta *m, size_t i,
                              iso_revision_field f) {
  if (!m || i >= m->n_history)
    return NULL;
  const iso_revision *r = &m->history[i];
  switch (f) {
  case ISO_REV_VERSION: return r->version;
  case ISO_REV_AUTHOR: return r->author;
  case ISO_REV_CHANGES: return r->changes;
  case ISO_REV_APPROVER: return r->approver;
  default: return NULL;
  }
}
iso_date iso_meta_revision_date(const iso_meta *m, size_t i) {
  iso_date none = {0, 0, 0};
  return m && i < m->n_history ? m->history[i].date : none;
}

iso_error iso_meta_add_revision(iso_meta *m, const char *version, iso_date date,
                                const char *author, const char *changes,
                                const char *approver) {
  if (!m || !version || !author || !changes ||
      (date.year && !iso_date_valid(date)))
    return ISO_ERR_ARGUMENT;
  iso_revision r = {iso_strdup(version), date, iso_strdup(author),
                    iso_strdup(changes), approver ? iso_strdup(approver) : NULL,
                    0, 0};
  iso_revision *grown =
      r.version && r.author && r.changes && (!approver || r.approver)
          ? realloc(m->history, (m->n_history + 1) * sizeof *grown)
          : NULL;
  if (!grown) {
    free(r.version);
    free(r.author);
    free(r.changes);
    free(r.approver);
    return ISO_ERR_NOMEM;
  }
  grown[m->n_history++] = r;
  m->history = grown;
  return ISO_OK;
}

size_t iso_meta_signoff_count(const iso_meta *m) {
  return m ? m->n_signoff : 0;
}
const char *iso_meta_signoff_role(const iso_meta *m, size_t i) {
  return m && i < m->n_signoff ? m->signoff[i].role : NULL;
}
const char *iso_meta_signoff_name(const iso_meta *m, size_t i) {
  return m && i < m->n_signoff ? m->signoff[i].name : NULL;
}
iso_date iso_meta_signoff_date(const iso_meta *m, size_t i) {
  iso_date none = {0, 0, 0};
  return m && i < m->n_signoff ? m->signoff[i].date : none;
}

size_t iso_meta_custom_count(const iso_meta *m) {
  return m ? m->n_custom : 0;
}
const char *iso_meta_custom_name(const iso_meta *m, size_t i) {
  return m && i < m->n_custom ? m->custom[i].name : NULL;
}
const char *iso_meta_custom_value(const iso_meta *m, size_t i) {
  return m && i < m->n_custom ? m->custom[i].value : NULL;
}
