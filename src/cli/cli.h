/* The command-line program: options, one document's conversion, the batch. */
#ifndef ISO_CLI_H
#define ISO_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "internal.h"
#include "register.h"

enum cli_mode { MODE_CONVERT, MODE_ALL, MODE_CHECK, MODE_REGISTER, MODE_DUE };
enum due_format { DUE_TEXT, DUE_CSV, DUE_JSON };
/* What --check prints: compiler-style lines and a summary, or one JSON or
 * SARIF 2.1.0 report on stdout (--check --format json|sarif). */
enum cli_report { CLI_REPORT_TEXT = 0, CLI_REPORT_JSON, CLI_REPORT_SARIF };

typedef struct cli_options {
  enum cli_mode mode;
  const iso_writer *formats[8]; /* NULL-terminated */
  const char *output_dir;      /* NULL: next to each input */
  int jobs;
  const char *theme;           /* --theme */
  const char *reference_docs[3]; /* --reference-doc, at most two; NULL-terminated */
  int strict, quiet, verbose, force;
  int confine;                 /* --confine: documents read only inside their tree */
  const char *exe_dir;         /* where the program lives (for themes) */
  const char *theme_dirs[5];   /* NULL-terminated */
  iso_date today;
  /* --pdfa, --sign: PDF/A-3b, and the signer (sign.c reads its files) */
  int pdfa;
  const iso_signer *signer;
  long long signing_time;
  const char *sign_role; /* --sign-role */
  /* the register (docs/register.md): --register FILE writes only FILE;
   * --no-register none; --due DAYS lists the reviews due */
  const char *register_file;
  int no_register;
  long due_days;
  enum due_format due_format;
  enum cli_report report;
  /* from the environment (env.c): SOURCE_DATE_EPOCH, ISOEXPORT_WHOLE_FONTS */
  int has_timestamp;
  long long timestamp;
  int whole_fonts;
} cli_options;

/* The environment's settings for the library (env.c): SOURCE_DATE_EPOCH
 * (seconds; only values a ZIP date can carry, 1980 to 2107) and
 * ISOEXPORT_WHOLE_FONTS (set and not "0": PDFs embed whole fonts). */
void cli_env(cli_options *o);

/* SOURCE_DATE_EPOCH: 1 and *T when set and valid, else 0. */
int cli_source_date_epoch(long long *t);
/* heap.c: the process's malloc tuned for conversions, before anything is
 * allocated: big blocks and freed memory kept in the heap, which grows in
 * large steps, marked for transparent huge pages (madvise) where the
 * kernel allows them. */
void cli_heap_setup(void);
/* What every writer is told: the environment's settings and --pdfa. */
void cli_write_options(const cli_options *o, iso_write_options *wo);

/* One unit of work: an input and the folder its outputs go to. */
typedef struct cli_job {
  char *input;
  char *out_dir; /* NULL: next to the input */
  const char *root; /* the folder given to --all/--check that holds the input
                     * (borrowed from argv), or NULL for a named file */
} cli_job;

typedef struct cli_jobs {
  cli_job *items;
  size_t count, cap;
  size_t not_documents; /* YAML files without a top-level document key */
  size_t rejected;      /* refused before converting (output collisions) */
} cli_jobs;

void jobs_free(cli_jobs *j);
int jobs_add(cli_jobs *j, const char *input, const char *out_dir);

/* Two inputs that would write the same output (a/x.yaml and b/x.yaml with
 * -o DIR, or x.yaml beside x.yml) would silently overwrite each other: the
 * later ones are refused with an error in D and removed from JOBS. */
void reject_collisions(cli_jobs *jobs, const cli_options *o, iso_diags *d);

/* Finds every document under DIRS (see cli.md for what is skipped). */
int walk_documents(const char *const *dirs, size_t ndirs, const cli_options *o,
                   cli_jobs *jobs, iso_diags *d);

/* Converts (or only checks) one document. Diagnostics go into D; returns 0
 * when the document converted, 1 when --all found its outputs up to date,
 * -1 when it failed. Nothing is written unless every format rendered. */
int convert_one(const cli_job *job, const cli_options *o, iso_diags *d,
                iso_reg_entry *row);

/* mkdir -p (the output folder, and --all's mirrored structure); 0 or -1
 * with a diagnostic. With BASE (the -o folder), a symbolic link among DIR's
 * folders below BASE is refused first (link_below): outputs never leave -o
 * through one, and nothing is made through one. */
int make_dirs(const char *base, const char *dir, iso_diags *d);

/* 1 (with an error naming it in D, which may be NULL) when a folder of DIR
 * below BASE is a symbolic link (out/sub -> /elsewhere would send --all's
 * outputs outside -o); 0 when none is. BASE itself and the path to it are
 * the user's choice and may be links. DIR is BASE joined with a relative
 * path (iso_path_join). */
int link_below(const char *base, const char *dir, iso_diags *d);

/* S with every byte a terminal could act on escaped as \xHH: control
 * characters (C0, DEL and C1) and bytes that are not valid UTF-8. Everything
 * the program prints that holds a file name goes through it. Caller frees;
 * NULL when out of memory. */
char *cli_escape(const char *s);

/* Where a job's output of extension EXT goes: DIR/NAME.EXT. Caller frees. */
char *output_path(const cli_job *job, const cli_options *o, const char *ext);

/* --sign, --sign-key, --sign-cert, --sign-pass-file: reads the key files
 * and the password (the file, else $ISOEXPORT_SIGN_PASSWORD), and the
 * signing time ($SOURCE_DATE_EPOCH, else now), into O. Prints the errors
 * and returns 1 when the signer cannot be made. */
int cli_signer(cli_options *o, const char *p12, const char *key,
               const char *cert, const char *pass_file);
void cli_signer_free(cli_options *o);
/* The --check report of DIAGS (escaped file names and messages) over
 * DOCUMENTS documents, as JSON or SARIF 2.1.0 (report.c). */
void cli_report(enum cli_report kind, const iso_diags *diags, size_t documents,
                FILE *out);

/* isoexport new TYPE [--language LANG] FILE: a starting document from
 * templates/scaffolds (new.c). Returns the exit status. */
int cli_new(int argc, char **argv, iso_date today);

/* Runs the jobs with o->jobs worker processes; prints per the options.
 * Returns the exit status. With REG (one entry a job, in job order), each
 * job's register row is filled in: its metadata when it loaded, the
 * SHA-256 of its outputs on disk when it did not fail, its first error
 * when it did. */
int run_batch(cli_jobs *jobs, const cli_options *o, iso_register *reg);

/* ---- the register (register.c, regwire.c, due.c) ------------------ */

/* Hashes the job's outputs (o->formats) as they are on disk into ROW, and
 * notes the first error of D when the job failed (STATUS < 0). */
void register_finish_row(const cli_job *job, const cli_options *o, int status,
                         const iso_diags *d, iso_reg_entry *row);
/* A row as one line of text (no newline in it) for the worker's pipe, and
 * back. Caller frees; decode returns 0 or -1. */
char *regwire_encode(const iso_reg_entry *e, size_t n_formats);
int regwire_decode(const char *line, iso_reg_entry *e, size_t n_formats);
/* An entry a job, in job order, before the batch; ROOTS: how many folders
 * were given (the source column is relative to the folder when one was). */
int register_prepare(const cli_jobs *jobs, const cli_options *o,
                     iso_register *reg);
/* After the batch: sorts, refuses duplicate ids, writes the register
 * (register.csv and one register.EXT a format in DIR, or only
 * o->register_file). Prints its own errors. Returns 0 or 1. */
int register_write(iso_register *reg, const cli_jobs *jobs, const cli_options *o,
                   const char *dir);
/* The writer a --register FILE's extension names (*CSV set for .csv);
 * NULL for CSV and for an extension that is no register format. */
const iso_writer *register_writer_for(const char *file, int *csv);
/* index.html's links (index.c): for each entry of REG, the output of
 * FORMAT relative to DIR as a URL path, or NULL when it was not written or
 * lies elsewhere. NULL when out of memory; free with index_links_free. */
char **index_links(const iso_register *reg, const cli_jobs *jobs,
                   const cli_options *o, const char *dir, const char *format);
void index_links_free(char **v, size_t n);
/* --due: prints the reviews due; returns the exit status (1 when one is
 * overdue or a document could not be read). */
int due_print(iso_register *reg, const cli_options *o);

#endif
