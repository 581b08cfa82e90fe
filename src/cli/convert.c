/* One document: load, lint, render every format, then write them all. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "layout/share.h"
#include "util.h"

int link_below(const char *base, const char *dir, iso_diags *d) {
  size_t below = 0; /* components ending past this offset are below BASE */
  if (base && *base && strcmp(base, ".") != 0) {
    size_t bl = strlen(base);
    below = strncmp(dir, base, bl) == 0 ? bl : 0;
  }
  char *p = iso_strdup(dir);
  if (!p) {
    iso_diag_add(d, ISO_SEV_ERROR, dir, 0, 0, "out of memory");
    return 1;
  }
  int found = 0;
  for (char *s = p + 1; !found; s++) {
    if (*s != '/' && *s != '\0')
      continue;
    char was = *s;
    *s = '\0';
    struct stat st;
    if ((size_t)(s - p) > below) {
      if (lstat(p, &st) != 0)
        break; /* nothing exists below a missing folder */
      if (S_ISLNK(st.st_mode)) {
        iso_diag_add(d, ISO_SEV_ERROR, p, 0, 0,
                     "is a symbolic link; outputs are not written through links "
                     "below the output folder");
        found = 1;
      }
    }
    *s = was;
    if (was == '\0')
      break;
  }
  free(p);
  return found;
}

int make_dirs(const char *base, const char *dir, iso_diags *d) {
  if (base && link_below(base, dir, d))
    return -1;
  char *p = iso_strdup(dir);
  if (!p) {
    iso_diag_add(d, ISO_SEV_ERROR, dir, 0, 0, "out of memory");
    return -1;
  }
  for (char *s = p + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST)
      break;
    *s = '/';
  }
  int rc = 0;
  if (mkdir(p, 0777) != 0 && errno != EEXIST) {
    iso_diag_add(d, ISO_SEV_ERROR, dir, 0, 0, "cannot create the output folder: %s",
                 strerror(errno));
    rc = -1;
  }
  free(p);
  return rc;
}

char *output_path(const cli_job *job, const cli_options *o, const char *ext) {
  const char *base = strrchr(job->input, '/');
  base = base ? base + 1 : job->input;
  const char *dot = strrchr(base, '.');
  size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  char *dir = job->out_dir ? iso_strdup(job->out_dir)
              : o->output_dir ? iso_strdup(o->output_dir)
                              : iso_dirname(job->input);
  if (!dir)
    return NULL;
  iso_buf b;
  iso_buf_init(&b);
  iso_buf_printf(&b, "%s/%.*s.%s", dir, (int)stem, base, ext);
  free(dir);
  return b.failed ? (iso_buf_free(&b), NULL) : iso_buf_detach(&b, NULL);
}

static int newer(struct timespec a, struct timespec b) {
  return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

/* Raises *NEWEST to PATH's modification time; a missing file counts as new. */
static void track(const char *path, struct timespec *newest) {
  struct stat st;
  if (!path)
    return;
  if (stat(path, &st) != 0) {
    newest->tv_sec = (time_t)1 << 62;
    return;
  }
  if (newer(st.st_mtim, *newest))
    *newest = st.st_mtim;
}

/* --all skips a document whose every output is newer than everything it is
 * made from: the source, its images and logo, the theme file and the
 * isoexport program itself (so a new version rebuilds). The outputs of one
 * conversion all carry the same modification time: outputs whose times
 * differ are a mixed set (a run killed between its renames) and are
 * rebuilt. A link at an output's name is never up to date (it is refused
 * when written). */
static int up_to_date(const cli_job *job, const cli_options *o, const iso_node *doc,
                      const iso_theme *th) {
  /* an earlier output may be unsigned or not PDF/A: --sign and --pdfa
   * always rebuild */
  if (o->mode != MODE_ALL || o->force || o->signer || o->pdfa)
    return 0;
  const iso_meta *m = iso_document_meta_const(doc);
  struct timespec newest = {0, 0};
  track(job->input, &newest);
  track("/proc/self/exe", &newest);
  track(m->logo, &newest);
  char *dir = iso_dirname(job->input);
  char *theme = o->theme ? iso_theme_path(o->theme, ".", o->theme_dirs)
                : dir     ? iso_theme_path(m->theme, dir, o->theme_dirs)
                          : NULL;
  track(theme, &newest);
  free(theme);
  /* the theme's logo and templates, and --reference-doc's */
  track(th->logo, &newest);
  track(th->reference_docx, &newest);
  track(th->reference_odt, &newest);
  for (size_t i = 0; o->reference_docs[i]; i++)
    track(o->reference_docs[i], &newest);
  free(dir);
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(iso_iter_node(&it)) == ISO_NODE_IMAGE)
      track(iso_node_get_path(iso_iter_node(&it)), &newest);
  struct timespec first = {0, 0};
  for (size_t i = 0; o->formats[i]; i++) {
    char *out = output_path(job, o, o->formats[i]->extension);
    struct stat st;
    int fresh = out && lstat(out, &st) == 0 && S_ISREG(st.st_mode) &&
                newer(st.st_mtim, newest);
    free(out);
    if (fresh && i == 0)
      first = st.st_mtim;
    if (!fresh || (i > 0 && (st.st_mtim.tv_sec != first.tv_sec ||
                             st.st_mtim.tv_nsec != first.tv_nsec)))
      return 0;
  }
  return 1;
}

/* With --confine, the folder a document may read from: the tree given to
 * --all/--check, or a named document's own folder. NULL otherwise (and when
 * out of memory, which the loader then reports as a refused read). */
static char *confine_root(const cli_job *job, const cli_options *o) {
  if (!o->confine)
    return NULL;
  return job->root ? iso_strdup(job->root) : iso_dirname(job->input);
}

/* A confined document may name an installed theme or a theme file inside
 * its tree; --theme is the user's own choice and is not confined. */
static int theme_allowed(const char *path, const char *root,
                         const cli_options *o) {
  if (!path || iso_path_inside(root, path))
    return 1;
  for (size_t i = 0; o->theme_dirs[i]; i++)
    if (iso_path_inside(o->theme_dirs[i], path))
      return 1;
  return 0;
}

static iso_theme *pick_theme(const cli_job *job, const cli_options *o,
                             const iso_meta *m, const char *root, iso_diags *d) {
  if (o->theme)
    return iso_theme_resolve(o->theme, ".", o->theme_dirs, d);
  char *dir = iso_dirname(job->input);
  if (dir && m->theme && strcmp(m->theme, "default") != 0) {
    /* the document's own `theme:` value is where its errors point */
    char *path = iso_theme_path(m->theme, dir, o->theme_dirs);
    const char *why = !path ? "unknown theme '%s' (give a theme name from "
                              "templates/themes or a path to a theme file)"
                      : root && !theme_allowed(path, root, o)
                          ? "theme '%s' is outside the folder being converted "
                            "(refused by --confine)"
                          : NULL;
    free(path);
    if (why) {
      iso_diag_add(d, ISO_SEV_ERROR, job->input, m->theme_line, m->theme_column,
                   why, m->theme);
      free(dir);
      return NULL;
    }
  }
  iso_theme *t = dir ? iso_theme_resolve(m->theme, dir, o->theme_dirs, d) : NULL;
  free(dir);
  return t;
}

/* --reference-doc: the user's templates, over the theme, in the order given. */
static iso_theme *pick_look(const cli_job *job, const cli_options *o,
                            const iso_meta *m, const char *root, iso_diags *d) {
  iso_theme *t = pick_theme(job, o, m, root, d);
  for (size_t i = 0; t && o->reference_docs[i]; i++)
    if (iso_reference_apply(o->reference_docs[i], t, d)) {
      iso_theme_free(t);
      t = NULL;
    }
  return t;
}

int convert_one(const cli_job *job, const cli_options *o, iso_diags *d,
                iso_reg_entry *row) {
  size_t errors_before = iso_diags_errors(d), warnings_before = iso_diags_warnings(d);
  char *root = confine_root(job, o);
  iso_load_options lo = {0};
  lo.confine_dir = root ? root : (o->confine ? "" : NULL);
  /* read here rather than by iso_load_file: PDF/A attaches these very
   * bytes, not a second read of a file that may have changed */
  iso_buf src;
  iso_buf_init(&src);
  char *src_dir = iso_dirname(job->input);
  iso_node *doc = NULL;
  if (!src_dir)
    iso_diag_add(d, ISO_SEV_ERROR, job->input, 0, 0, "out of memory");
  else if (iso_read_file(job->input, &src, d) == 0)
    doc = iso_load_string(src.data ? (const char *)src.data : "", src.len,
                          job->input, src_dir, &lo, d);
  free(src_dir);
  if (!doc) {
    iso_buf_free(&src);
    free(root);
    return -1;
  }
  if (row && iso_reg_entry_set_meta(row, iso_document_meta(doc)))
    iso_diag_add(d, ISO_SEV_ERROR, job->input, 0, 0, "out of memory");
  /* the document no longer changes: the length check and the writers share
   * its layout (out of memory: each lays it out) */
  (void)iso_layout_share(doc);
  iso_check(doc, o->today, o->strict, d);
  int failed = iso_diags_errors(d) > errors_before ||
               (o->strict && iso_diags_warnings(d) > warnings_before);
  /* --check loads the theme too: a broken theme is a broken document */
  iso_theme *theme = failed ? NULL : pick_look(job, o, iso_document_meta(doc), root, d);
  free(root);
  failed = failed || !theme;
  /* --register FILE and --due only read the documents */
  int read_only = o->mode == MODE_CHECK || o->mode == MODE_REGISTER ||
                  o->mode == MODE_DUE;
  if (failed || read_only) {
    iso_theme_free(theme);
    iso_node_free(doc);
    iso_buf_free(&src);
    return failed ? -1 : 0;
  }
  if (up_to_date(job, o, doc, theme)) {
    iso_theme_free(theme);
    iso_node_free(doc);
    iso_buf_free(&src);
    return 1;
  }
  iso_write_options wo;
  cli_write_options(o, &wo);
  wo.source = src.data;
  wo.source_len = src.len;
  wo.signer = o->signer;
  wo.signing_time = o->signing_time;
  wo.sign_role = o->sign_role;
  size_t nf = 0;
  while (o->formats[nf])
    nf++;
  iso_buf bufs[8];
  char *paths[8] = {0}, *temps[8] = {0};
  int rc = 0;
  for (size_t i = 0; i < nf; i++)
    iso_buf_init(&bufs[i]);
  /* Render everything first: a document that fails writes nothing. */
  for (size_t i = 0; i < nf && rc == 0; i++) {
    const iso_writer *w = o->formats[i];
    int wrc = iso_writer_run(w, doc, theme, &wo, &bufs[i], d);
    if (wrc != 0 || bufs[i].failed) {
      if (iso_diags_errors(d) == errors_before)
        iso_diag_add(d, ISO_SEV_ERROR, job->input, 0, 0, "%s: rendering failed",
                     o->formats[i]->name);
      rc = -1;
    }
  }
  if (rc == 0 && job->out_dir && make_dirs(o->output_dir, job->out_dir, d))
    rc = -1;
  struct timespec stamp = {0, 0}; /* one time for the whole set */
  for (size_t i = 0; i < nf && rc == 0; i++) {
    paths[i] = output_path(job, o, o->formats[i]->extension);
    temps[i] = paths[i] ? iso_write_temp_set(paths[i], bufs[i].data, bufs[i].len,
                                             &stamp, d)
                        : NULL;
    if (!temps[i])
      rc = -1;
  }
  for (size_t i = 0; i < nf; i++) {
    if (rc == 0 && temps[i]) {
      if (iso_commit_temp(temps[i], paths[i], d) != 0)
        rc = -1;
      else if (o->verbose)
        iso_diag_add(d, ISO_SEV_NOTE, paths[i], 0, 0, "written");
    } else {
      iso_discard_temp(temps[i]);
    }
    free(paths[i]);
    iso_buf_free(&bufs[i]);
  }
  iso_theme_free(theme);
  iso_node_free(doc);
  iso_buf_free(&src);
  return (rc || iso_diags_errors(d) > errors_before) ? -1 : 0;
}
