/* Bookkeeping shared by the parts: relationships, media files, list
 * instances and errors. Everything is numbered in order of first use, so
 * the same input always gives the same ids. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"
#include "util.h"

void docx_error(docx *c, const iso_node *at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  iso_diag_addv(c->d, ISO_SEV_ERROR, at ? iso_node_file(at) : NULL,
                at ? iso_node_line(at) : 0, at ? iso_node_column(at) : 0, fmt,
                ap);
  va_end(ap);
  c->failed = 1;
}

static void oom(docx *c) {
  if (!c->failed)
    iso_diag_add(c->d, ISO_SEV_ERROR, NULL, 0, 0, "docx: out of memory");
  c->failed = 1;
}

int docx_rel_add(docx *c, docx_rels *r, const char *type, const char *target,
                 int external) {
  /* one relationship per target (a link used twice shares it) */
  for (size_t i = 0; i < r->n; i++)
    if (r->v[i].external == external && strcmp(r->v[i].type, type) == 0 &&
        strcmp(r->v[i].target, target) == 0)
      return r->v[i].id;
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 16;
    docx_rel *v = realloc(r->v, cap * sizeof *v);
    if (!v) {
      oom(c);
      return 0;
    }
    r->v = v;
    r->cap = cap;
  }
  char *t = iso_strdup(target);
  if (!t) {
    oom(c);
    return 0;
  }
  if (!r->next_id)
    r->next_id = 1;
  docx_rel *e = &r->v[r->n++];
  e->id = r->next_id++;
  e->type = type;
  e->target = t;
  e->external = external;
  return e->id;
}

const docx_media *docx_media_get(docx *c, const iso_image *img,
                                 const iso_node *at) {
  if (!img) {
    docx_error(c, at, "image without a file");
    return NULL;
  }
  for (size_t i = 0; i < c->n_media; i++)
    if (c->media[i].img == img)
      return &c->media[i];
  iso_image_format fmt = img->info.format;
  if (fmt != ISO_IMAGE_PNG && fmt != ISO_IMAGE_JPEG) {
    docx_error(c, at, "%s: not a PNG or JPEG image", img->path);
    return NULL;
  }
  docx_media *v = realloc(c->media, (c->n_media + 1) * sizeof *v);
  if (!v) {
    oom(c);
    return NULL;
  }
  c->media = v;
  docx_media *m = &c->media[c->n_media++];
  memset(m, 0, sizeof *m);
  m->img = img;
  snprintf(m->name, sizeof m->name, "media/image%zu.%s", c->n_media,
           fmt == ISO_IMAGE_PNG ? "png" : "jpeg");
  return m;
}

int docx_num_new(docx *c, int ordered, int level, int start) {
  docx_num *v = realloc(c->nums, (c->n_nums + 1) * sizeof *v);
  if (!v) {
    oom(c);
    return DOCX_NUM_BULLET_BASE;
  }
  c->nums = v;
  c->nums[c->n_nums].ordered = ordered;
  c->nums[c->n_nums].level = level;
  c->nums[c->n_nums].start = start;
  c->n_nums++;
  return DOCX_NUM_FIRST + (int)c->n_nums - 1;
}

void docx_bookmark_name(size_t i, char out[32]) {
  snprintf(out, 32, "_Toc%06zu", i + 1);
}

static void rels_free(docx_rels *r) {
  for (size_t i = 0; i < r->n; i++)
    free(r->v[i].target);
  free(r->v);
  memset(r, 0, sizeof *r);
}

void docx_state_free(docx *c) {
  rels_free(&c->doc_rels);
  rels_free(&c->hdr_rels);
  rels_free(&c->hdr2_rels);
  free(c->media);
  free(c->nums);
  free(c->lists);
  iso_walk_contents_free(&c->contents);
  iso_layout_pages_free(&c->heading_pages);
}

