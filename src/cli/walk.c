/* Finding documents for --all and --check. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "util.h"

void jobs_free(cli_jobs *j) {
  for (size_t i = 0; i < j->count; i++) {
    free(j->items[i].input);
    free(j->items[i].out_dir);
  }
  free(j->items);
  memset(j, 0, sizeof *j);
}

int jobs_add(cli_jobs *j, const char *input, const char *out_dir) {
  if (j->count == j->cap) {
    size_t cap = j->cap ? j->cap * 2 : 64;
    cli_job *items = realloc(j->items, cap * sizeof *items);
    if (!items)
      return -1;
    j->items = items;
    j->cap = cap;
  }
  cli_job *job = &j->items[j->count];
  job->input = iso_strdup(input);
  job->out_dir = out_dir ? iso_strdup(out_dir) : NULL;
  job->root = NULL;
  if (!job->input || (out_dir && !job->out_dir)) {
    free(job->input);
    free(job->out_dir);
    return -1;
  }
  j->count++;
  return 0;
}

static int has_yaml_ext(const char *name) {
  size_t n = strlen(name);
  return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
         (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

struct walk {
  const cli_options *o;
  cli_jobs *jobs;
  iso_diags *d;
  struct stat out; /* the output folder, skipped while walking */
  int have_out;
};

/* A YAML file without a top-level `document` key (a CI config, a theme) is
 * not a document: it is counted as skipped, not failed. Anything that
 * cannot be read (also a FIFO or a device: iso_read_file refuses those at
 * once) is a job, so that its error is reported. */
static int consider_file(struct walk *w, const char *path, const char *out_dir) {
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *tmp = iso_diags_new();
  int rc = 0;
  if (tmp && iso_read_file(path, &b, tmp) == 0 &&
      !iso_looks_like_document((const char *)b.data, b.len))
    w->jobs->not_documents++;
  else /* unreadable files become jobs so that their error is reported */
    rc = jobs_add(w->jobs, path, out_dir);
  iso_buf_free(&b);
  iso_diags_free(tmp);
  return rc;
}

static int walk_dir(struct walk *w, const char *dir, const char *rel, int depth) {
  if (depth > 64) {
    iso_diag_add(w->d, ISO_SEV_WARNING, dir, 0, 0, "folders nested too deep; not searched");
    return 0;
  }
  struct dirent **names;
  int n = scandir(dir, &names, NULL, alphasort);
  if (n < 0) {
    iso_diag_add(w->d, ISO_SEV_ERROR, dir, 0, 0, "cannot read the folder");
    return -1;
  }
  int rc = 0;
  for (int i = 0; i < n; i++) {
    const char *name = names[i]->d_name;
    if (rc == 0 && name[0] != '.') {
      char *path = iso_path_join(dir, name);
      char *sub = rel ? iso_path_join(rel, name) : iso_strdup(name);
      struct stat st;
      if (!path || !sub) {
        rc = -1;
      } else if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!(w->have_out && st.st_dev == w->out.st_dev && st.st_ino == w->out.st_ino))
          rc = walk_dir(w, path, sub, depth + 1);
      } else if (has_yaml_ext(name) && stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
        /* A FIFO or device named like a document is not skipped quietly:
         * it becomes a job that fails with "not a regular file" (reading
         * it never blocks). Links to folders are not followed. */
        char *out = NULL;
        /* --register FILE hashes the outputs where --all puts them */
        int mirrored = w->o->mode == MODE_ALL || w->o->mode == MODE_REGISTER;
        if (w->o->output_dir && mirrored)
          out = rel ? iso_path_join(w->o->output_dir, rel) : iso_strdup(w->o->output_dir);
        if (w->o->output_dir && mirrored && !out)
          rc = -1;
        else
          rc = consider_file(w, path, out);
        free(out);
      }
      free(path);
      free(sub);
    }
    free(names[i]);
  }
  free(names);
  return rc;
}

int walk_documents(const char *const *dirs, size_t ndirs, const cli_options *o,
                   cli_jobs *jobs, iso_diags *d) {
  struct walk w = {o, jobs, d, {0}, 0};
  if (o->output_dir && stat(o->output_dir, &w.out) == 0)
    w.have_out = 1;
  int rc = 0;
  for (size_t i = 0; i < ndirs; i++) {
    struct stat st;
    if (stat(dirs[i], &st) != 0) {
      iso_diag_add(d, ISO_SEV_ERROR, dirs[i], 0, 0, "no such file or folder");
      rc = -1;
    } else if (S_ISDIR(st.st_mode)) {
      size_t first = jobs->count;
      if (walk_dir(&w, dirs[i], NULL, 0))
        rc = -1;
      for (size_t k = first; k < jobs->count; k++)
        jobs->items[k].root = dirs[i];
    } else if (jobs_add(jobs, dirs[i],
                        o->mode == MODE_ALL || o->mode == MODE_REGISTER
                            ? o->output_dir
                            : NULL)) {
      rc = -1;
    }
  }
  return rc;
}

struct stem {
  char *out; /* the job's output path without its extension */
  size_t job;
};

static int by_out(const void *a, const void *b) {
  const struct stem *x = a, *y = b;
  int c = strcmp(x->out, y->out);
  return c ? c : (x->job < y->job ? -1 : x->job > y->job);
}

void reject_collisions(cli_jobs *jobs, const cli_options *o, iso_diags *d) {
  size_t n = jobs->count;
  if (n < 2 || (o->mode != MODE_CONVERT && o->mode != MODE_ALL))
    return;
  struct stem *v = calloc(n, sizeof *v);
  char *drop = calloc(jobs->count, 1);
  int ok = v && drop;
  for (size_t i = 0; ok && i < jobs->count; i++) {
    v[i].job = i;
    v[i].out = output_path(&jobs->items[i], o, "");
    ok = v[i].out != NULL;
  }
  if (ok) {
    qsort(v, jobs->count, sizeof *v, by_out);
    for (size_t i = 1; i < jobs->count; i++) {
      size_t first = i;
      while (first > 0 && strcmp(v[first - 1].out, v[i].out) == 0)
        first--;
      if (first == i)
        continue;
      const char *mine = jobs->items[v[i].job].input;
      iso_diag_add(d, ISO_SEV_ERROR, mine, 0, 0,
                   "would overwrite the outputs of %s (both are %s*); not converted",
                   jobs->items[v[first].job].input, v[i].out);
      drop[v[i].job] = 1;
    }
    /* keep the survivors in their order */
    size_t k = 0;
    for (size_t i = 0; i < jobs->count; i++) {
      if (drop[i]) {
        free(jobs->items[i].input);
        free(jobs->items[i].out_dir);
        jobs->rejected++;
      } else {
        jobs->items[k++] = jobs->items[i];
      }
    }
    jobs->count = k;
  }
  for (size_t i = 0; v && i < n; i++)
    free(v[i].out);
  free(v);
  free(drop);
}
