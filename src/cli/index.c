/* The links of index.html (docs/register.md): for each register entry,
 * where its output of one format lies, relative to the folder the index is
 * written to, as a URL path. Only outputs that exist after the run (their
 * hash is known) get a link. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

/* Every byte but unreserved characters and "/" as %XX: a file named
 * "a#b" or "javascript:x" stays a path, never a fragment or a scheme. */
static char *url_path(const char *p) {
  iso_buf b;
  iso_buf_init(&b);
  for (const unsigned char *s = (const unsigned char *)p; *s; s++) {
    if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
        (*s >= '0' && *s <= '9') || strchr("-._~/", *s))
      iso_buf_append(&b, s, 1);
    else
      iso_buf_printf(&b, "%%%02X", *s);
  }
  iso_buf_append(&b, "", 1);
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  return iso_buf_detach(&b, NULL);
}

/* PATH relative to DIR when it lies below it (by name), else NULL. */
static const char *below(const char *dir, const char *path) {
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  if (strncmp(path, dir, n) == 0 && path[n] == '/')
    return path + n + 1;
  if (n == 1 && dir[0] == '.' && path[0] != '/' && strncmp(path, "../", 3) != 0)
    return path;
  return NULL;
}

static const cli_job *job_of(const cli_jobs *jobs, const char *file) {
  for (size_t i = 0; i < jobs->count; i++)
    if (strcmp(jobs->items[i].input, file) == 0)
      return &jobs->items[i];
  return NULL;
}

char **index_links(const iso_register *reg, const cli_jobs *jobs,
                   const cli_options *o, const char *dir, const char *format) {
  char **v = calloc(reg->count ? reg->count : 1, sizeof *v);
  if (!v)
    return NULL;
  size_t f = 0;
  while (f < reg->n_formats && strcmp(reg->formats[f], format) != 0)
    f++;
  const iso_writer *w = iso_writer_find(format);
  for (size_t i = 0; i < reg->count && f < reg->n_formats && w; i++) {
    const iso_reg_entry *e = &reg->items[i];
    const cli_job *job = e->error || !e->sha256[f][0] ? NULL : job_of(jobs, e->file);
    char *out = job ? output_path(job, o, w->extension) : NULL;
    const char *rel = out ? below(dir, out) : NULL;
    if (rel && !(v[i] = url_path(rel))) {
      free(out);
      index_links_free(v, reg->count);
      return NULL;
    }
    free(out);
  }
  return v;
}

void index_links_free(char **v, size_t n) {
  for (size_t i = 0; v && i < n; i++)
    free(v[i]);
  free(v);
}
