/* iso_layout_paginate's answers kept on the document (share.h). */
#include <stdlib.h>
#include <string.h>

#include "docmemo.h"
#include "doc.h"
#include "share.h"
#include "util.h"

/* What the layout reads of a theme: the theme itself with its pointers
 * cleared (compared byte for byte: a field added later is compared too),
 * the font families and the logo's proportions. A new pointer field of
 * iso_theme must be cleared here and compared by what it points to. */
typedef struct share_entry {
  iso_theme key;
  char *font_body, *font_heading, *font_mono;
  int logo, logo_w, logo_h;
  iso_layout_pages pages;
  lay_kept *kept; /* the whole layout, until a writer takes it */
  struct share_entry *next;
} share_entry;

typedef struct share {
  share_entry *first;
  size_t runs;
} share;

static void key_of(const iso_theme *t, iso_theme *k) {
  memcpy(k, t, sizeof *k);
  k->name = NULL;
  k->font_body = k->font_heading = k->font_mono = NULL;
  k->logo = NULL;
  k->logo_image = NULL;
  k->reference_docx = k->reference_odt = NULL;
}

static int same_str(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static int matches(const share_entry *e, const iso_theme *t) {
  iso_theme k;
  key_of(t, &k);
  const iso_image *l = t->logo_image;
  return memcmp(&k, &e->key, sizeof k) == 0 && same_str(t->font_body, e->font_body) &&
         same_str(t->font_heading, e->font_heading) &&
         same_str(t->font_mono, e->font_mono) && e->logo == (l != NULL) &&
         (!l || (e->logo_w == l->info.width_px && e->logo_h == l->info.height_px));
}

static void entry_free(share_entry *e) {
  free(e->font_body);
  free(e->font_heading);
  free(e->font_mono);
  iso_layout_pages_free(&e->pages);
  lay_kept_free(e->kept);
  free(e);
}

static void share_free(void *p) {
  share *s = p;
  while (s->first) {
    share_entry *e = s->first;
    s->first = e->next;
    entry_free(e);
  }
  free(s);
}

int iso_layout_share(iso_node *doc) {
  share *s = calloc(1, sizeof *s);
  if (!s)
    return -1;
  iso_document_set_memo(doc, s, share_free);
  return 0;
}

size_t iso_layout_share_runs(const iso_node *doc) {
  const share *s = iso_document_memo(doc);
  return s ? s->runs : 0;
}

static int copy_pages(const iso_layout_pages *from, iso_layout_pages *to) {
  *to = *from;
  to->heading = NULL;
  if (from->n) {
    to->heading = malloc(from->n * sizeof *to->heading);
    if (!to->heading) {
      memset(to, 0, sizeof *to);
      return -1;
    }
    memcpy(to->heading, from->heading, from->n * sizeof *to->heading);
  }
  return 0;
}

static share_entry *remember(const iso_theme *t, const iso_layout_pages *p) {
  share_entry *e = calloc(1, sizeof *e);
  if (!e)
    return NULL;
  key_of(t, &e->key);
  const iso_image *l = t->logo_image;
  e->logo = l != NULL;
  e->logo_w = l ? l->info.width_px : 0;
  e->logo_h = l ? l->info.height_px : 0;
  e->font_body = t->font_body ? iso_strdup(t->font_body) : NULL;
  e->font_heading = t->font_heading ? iso_strdup(t->font_heading) : NULL;
  e->font_mono = t->font_mono ? iso_strdup(t->font_mono) : NULL;
  if ((t->font_body && !e->font_body) || (t->font_heading && !e->font_heading) ||
      (t->font_mono && !e->font_mono) || copy_pages(p, &e->pages)) {
    entry_free(e);
    return NULL;
  }
  return e;
}

int iso_layout_paginate(const iso_node *doc, const iso_theme *theme,
                        iso_layout_pages *out) {
  share *s = iso_document_memo(doc);
  if (!s)
    return lay_paginate(doc, theme, out);
  const iso_theme *t = theme ? theme : iso_theme_default();
  for (share_entry *e = s->first; e; e = e->next)
    if (matches(e, t))
      return copy_pages(&e->pages, out);
  s->runs++;
  lay_kept *kept = NULL;
  if (lay_paginate_keep(doc, t, out, &kept))
    return -1;
  share_entry *e = remember(t, out);
  if (e) { /* out of memory: answered, just not kept */
    e->kept = kept;
    e->next = s->first;
    s->first = e;
  } else {
    lay_kept_free(kept);
  }
  return 0;
}

void iso_layout_share_count(const iso_node *doc) {
  share *s = iso_document_memo(doc);
  if (s)
    s->runs++;
}

lay_kept *iso_layout_take(const iso_node *doc, const iso_theme *theme) {
  share *s = iso_document_memo(doc);
  const iso_theme *t = theme ? theme : iso_theme_default();
  for (share_entry *e = s ? s->first : NULL; e; e = e->next)
    if (e->kept && matches(e, t) && e->kept->logo == t->logo_image) {
      lay_kept *k = e->kept;
      e->kept = NULL;
      return k;
    }
  return NULL;
}
