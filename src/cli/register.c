/* The document register of a batch (docs/register.md): one row a job,
 * filled in by whichever process converted it, then sorted, checked for
 * duplicate ids and written as CSV and through the ordinary writers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

/* The source column: relative to the folder given to --all when a single
 * folder was given (several could hold the same relative path), printable
 * (cli_escape) like everything else the program shows of a file name. */
int register_prepare(const cli_jobs *jobs, const cli_options *o,
                     iso_register *reg) {
  iso_register_init(reg);
  for (size_t f = 0; o->formats[f] && f < ISO_REG_MAX_FORMATS; f++)
    reg->formats[reg->n_formats++] = o->formats[f]->name;
  const char *root = jobs->count ? jobs->items[0].root : NULL;
  for (size_t i = 0; i < jobs->count && root; i++)
    if (!jobs->items[i].root || strcmp(jobs->items[i].root, root) != 0)
      root = NULL;
  for (size_t i = 0; i < jobs->count; i++) {
    const char *in = jobs->items[i].input, *rel = in;
    size_t rl = root ? strlen(root) : 0;
    while (rl > 1 && root[rl - 1] == '/') /* "docs/" joins as "docs/x" */
      rl--;
    if (root && strcmp(root, ".") != 0 && strncmp(in, root, rl) == 0 && in[rl] == '/')
      rel = in + rl + 1;
    char *shown = cli_escape(rel);
    iso_reg_entry *e = shown ? iso_register_add(reg, in, shown) : NULL;
    free(shown);
    if (!e)
      return -1;
  }
  return 0;
}

void register_finish_row(const cli_job *job, const cli_options *o, int status,
                         const iso_diags *d, iso_reg_entry *row) {
  if (status < 0) {
    const char *why = "failed";
    char *line = NULL;
    for (size_t k = 0; k < iso_diags_count(d) && !line; k++)
      if (iso_diags_get(d, k)->severity == ISO_SEV_ERROR)
        line = iso_diag_format(iso_diags_get(d, k));
    char *safe = line ? cli_escape(line) : NULL;
    iso_reg_entry_set_error(row, safe ? safe : why);
    free(safe);
    free(line);
    return;
  }
  if (o->mode == MODE_DUE)
    return;
  for (size_t f = 0; o->formats[f] && f < ISO_REG_MAX_FORMATS; f++) {
    char *out = output_path(job, o, o->formats[f]->extension);
    iso_diags *ignored = iso_diags_new(); /* a missing or odd output: no hash */
    if (out && ignored)
      iso_sha256_file(out, row->sha256[f], ignored);
    iso_diags_free(ignored);
    free(out);
  }
}

static void print_diags(const iso_diags *d, const cli_options *o) {
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    const iso_diag *g = iso_diags_get(d, i);
    if (g->severity == ISO_SEV_NOTE && !o->verbose)
      continue;
    char *s = iso_diag_format(g);
    char *safe = s ? cli_escape(s) : NULL;
    if (safe)
      fprintf(stderr, "%s\n", safe);
    free(safe);
    free(s);
  }
}

/* One file of the register: where it goes and which writer (NULL: CSV). */
struct target {
  char *path;
  const iso_writer *w;
  /* index.html (w is the html writer): its links, one an entry */
  char **html, **pdf;
};

/* The writer for a --register FILE's extension; *CSV set for ".csv". */
const iso_writer *register_writer_for(const char *file, int *csv) {
  const char *dot = strrchr(file, '.');
  const char *slash = strrchr(file, '/');
  *csv = 0;
  if (!dot || (slash && dot < slash) || dot == file || (slash && dot == slash + 1))
    return NULL;
  if (strcmp(dot + 1, "csv") == 0) {
    *csv = 1;
    return NULL;
  }
  const iso_writer *const *all = iso_writers();
  for (size_t i = 0; all[i]; i++)
    if (iso_writer_is_default(all[i]) && strcmp(all[i]->extension, dot + 1) == 0)
      return all[i];
  return NULL;
}

/* A register file must not replace a document's output (a document named
 * register.yaml at the top of the tree). */
static int taken(const char *path, const cli_jobs *jobs, const cli_options *o,
                 iso_diags *d) {
  for (size_t i = 0; i < jobs->count; i++)
    for (size_t f = 0; o->formats[f]; f++) {
      char *out = output_path(&jobs->items[i], o, o->formats[f]->extension);
      int same = out && strcmp(out, path) == 0;
      free(out);
      if (same) {
        iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0,
                     "is an output of %s; the register is not written over "
                     "it (rename the document, or use --no-register)",
                     jobs->items[i].input);
        return 1;
      }
    }
  return 0;
}

/* The register is shown in the theme --theme names, else the default one,
 * on landscape pages. */
static iso_theme *register_theme(const cli_options *o, iso_diags *d) {
  iso_theme *t = o->theme ? iso_theme_resolve(o->theme, ".", o->theme_dirs, d) : NULL;
  if (o->theme && !t)
    return NULL;
  iso_theme *l = iso_register_theme(t);
  iso_theme_free(t);
  return l;
}

static int render(const struct target *t, const iso_register *reg,
                  const iso_node *doc, const iso_theme *theme,
                  const cli_options *o, iso_buf *out, iso_diags *d) {
  if (!t->w)
    return iso_register_csv(reg, o->today, out);
  if (t->html) /* the HTML form of the register is the index */
    return iso_register_html(reg, o->today, theme, t->html, t->pdf, out, d);
  iso_write_options wo;
  cli_write_options(o, &wo);
  if (iso_writer_run(t->w, doc, theme, &wo, out, d) != 0 || out->failed) {
    if (!iso_diags_errors(d))
      iso_diag_add(d, ISO_SEV_ERROR, t->path, 0, 0, "%s: rendering failed",
                   t->w->name);
    return -1;
  }
  return 0;
}

static int write_targets(struct target *t, size_t n, const iso_register *reg,
                         const cli_options *o, iso_diags *d) {
  iso_node *doc = NULL;
  iso_theme *theme = NULL;
  int rc = 0;
  for (size_t i = 0; i < n && !doc && !rc; i++)
    if (t[i].w) {
      doc = iso_register_document(reg, o->today, iso_register_language(reg));
      theme = doc ? register_theme(o, d) : NULL;
      rc = doc && theme ? 0 : -1;
    }
  iso_buf bufs[ISO_REG_MAX_FORMATS + 2];
  char *temps[ISO_REG_MAX_FORMATS + 2] = {0};
  for (size_t i = 0; i < n; i++)
    iso_buf_init(&bufs[i]);
  /* everything rendered first, then written, then renamed: all or none */
  for (size_t i = 0; i < n && !rc; i++)
    rc = render(&t[i], reg, doc, theme, o, &bufs[i], d);
  struct timespec stamp = {0, 0};
  for (size_t i = 0; i < n && !rc; i++)
    if (!(temps[i] = iso_write_temp_set(t[i].path, bufs[i].data, bufs[i].len,
                                        &stamp, d)))
      rc = -1;
  for (size_t i = 0; i < n; i++) {
    if (!rc && temps[i]) {
      if (iso_commit_temp(temps[i], t[i].path, d) != 0)
        rc = -1;
      else if (o->verbose)
        iso_diag_add(d, ISO_SEV_NOTE, t[i].path, 0, 0, "written");
    } else {
      iso_discard_temp(temps[i]);
    }
    iso_buf_free(&bufs[i]);
  }
  iso_theme_free(theme);
  iso_node_free(doc);
  if (rc && !iso_diags_errors(d))
    iso_diag_add(d, ISO_SEV_ERROR, t[0].path, 0, 0, "the register was not written");
  return rc;
}

/* index.html comes with the HTML edition: --all -f html (docs/register.md). */
static int index_wanted(const cli_options *o) {
  for (size_t f = 0; o->formats[f]; f++)
    if (!strcmp(o->formats[f]->name, "html"))
      return 1;
  return 0;
}

static int index_target(struct target *t, const iso_register *reg,
                        const cli_jobs *jobs, const cli_options *o,
                        const char *dir) {
  iso_buf b;
  iso_buf_init(&b);
  iso_buf_printf(&b, "%s/index.html", dir);
  t->path = iso_buf_detach(&b, NULL);
  t->w = iso_writer_find("html");
  t->html = index_links(reg, jobs, o, dir, "html");
  t->pdf = index_links(reg, jobs, o, dir, "pdf");
  return t->path && t->w && t->html && t->pdf ? 0 : -1;
}

int register_write(iso_register *reg, const cli_jobs *jobs, const cli_options *o,
                   const char *dir) {
  iso_diags *d = iso_diags_new();
  if (!d)
    return 1;
  struct target t[ISO_REG_MAX_FORMATS + 2];
  memset(t, 0, sizeof t);
  size_t n = 0;
  int rc = iso_register_sort(reg, d) ? -1 : 0;
  if (!rc && o->register_file) {
    int csv;
    const iso_writer *w = register_writer_for(o->register_file, &csv);
    t[n].path = iso_strdup(o->register_file);
    t[n++].w = w;
    char *fdir = iso_dirname(o->register_file);
    size_t bl = o->output_dir ? strlen(o->output_dir) : 0;
    /* inside -o, the output folder's rule: no write through a link */
    if (fdir && bl && strncmp(fdir, o->output_dir, bl) == 0 &&
        (fdir[bl] == '/' || fdir[bl] == '\0') && link_below(o->output_dir, fdir, d))
      rc = -1;
    free(fdir);
  } else if (!rc) {
    iso_buf b;
    iso_buf_init(&b);
    iso_buf_printf(&b, "%s/register.csv", dir);
    t[n].path = iso_buf_detach(&b, NULL);
    t[n++].w = NULL;
    for (size_t f = 0; o->formats[f] && n < ISO_REG_MAX_FORMATS + 1; f++) {
      if (!iso_writer_is_default(o->formats[f]))
        continue; /* the tree dump is for tests, not a register */
      iso_buf_init(&b);
      iso_buf_printf(&b, "%s/register.%s", dir, o->formats[f]->extension);
      t[n].path = iso_buf_detach(&b, NULL);
      t[n++].w = o->formats[f];
    }
    if (!rc && index_wanted(o)) {
      rc = index_target(&t[n++], reg, jobs, o, dir);
    }
  }
  for (size_t i = 0; i < n && !rc; i++)
    if (!t[i].path || taken(t[i].path, jobs, o, d))
      rc = -1;
  if (!rc)
    rc = write_targets(t, n, reg, o, d);
  for (size_t i = 0; i < n; i++) {
    free(t[i].path);
    index_links_free(t[i].html, reg->count);
    index_links_free(t[i].pdf, reg->count);
  }
  print_diags(d, o);
  iso_diags_free(d);
  return rc ? 1 : 0;
}
