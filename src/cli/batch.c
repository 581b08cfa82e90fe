/* Running jobs: in worker processes that pull from a shared counter (so both
 * cores stay busy however uneven the documents), reporting back through one
 * pipe each. A crash in one document cannot stop the others. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

struct state {
  const cli_options *o;
  cli_jobs *jobs;
  iso_register *reg; /* NULL: no register rows wanted */
  size_t done, converted, failed, skipped;
  size_t errors, warnings; /* diagnostics reported (the --check summary) */
  iso_diags *collected;    /* --format json/sarif: every diagnostic, escaped */
  int tty; /* progress bar on stderr */
  struct timespec start;
  const char *current;
};

static double elapsed(const struct state *s) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)(now.tv_sec - s->start.tv_sec) +
         (double)(now.tv_nsec - s->start.tv_nsec) / 1e9;
}

static void clear_bar(const struct state *s) {
  if (s->tty)
    fputs("\r\033[K", stderr);
}

static void draw_bar(const struct state *s) {
  if (!s->tty)
    return;
  size_t total = s->jobs->count;
  int width = 24, fill = total ? (int)(width * s->done / total) : width;
  double t = elapsed(s);
  double left = s->done ? t / (double)s->done * (double)(total - s->done) : 0;
  char *name = cli_escape(s->current ? s->current : "");
  const char *cur = name ? name : "";
  size_t cl = strlen(cur);
  if (cl > 30) /* the end of the name, from a character's first byte */
    for (cur += cl - 30; (*cur & 0xC0) == 0x80; cur++)
      ;
  fprintf(stderr, "\r\033[K[%.*s%*s] %zu/%zu  %d:%02d elapsed, %d:%02d left  %s",
          fill, "########################", width - fill, "", s->done, total,
          (int)t / 60, (int)t % 60, (int)left / 60, (int)left % 60, cur);
  fflush(stderr);
  free(name);
}

/* Which diagnostics a run shows: --all off a terminal shows only the errors
 * of failures; -q only errors; notes ("written") only with -v. */
static int shown(const struct state *s, iso_severity sev) {
  if (sev == ISO_SEV_NOTE)
    return s->o->verbose;
  if (sev == ISO_SEV_WARNING)
    return !s->o->quiet && ((s->o->mode != MODE_ALL && s->o->mode != MODE_REGISTER &&
                             s->o->mode != MODE_DUE) ||
                            s->o->verbose);
  return 1;
}

/* Every line is escaped (names and quoted text may hold control
 * characters); escaping is idempotent, so a worker's escaped line is safe
 * to escape again. */
static void print_line(struct state *s, iso_severity sev, const char *line) {
  if (!shown(s, sev))
    return;
  char *safe = cli_escape(line);
  clear_bar(s);
  fprintf(stderr, "%s\n", safe ? safe : "isoexport: out of memory");
  free(safe);
}

/* One diagnostic of a document: printed, or kept for the JSON or SARIF
 * report (file and message escaped like a printed line). */
static void report(struct state *s, const iso_diag *g) {
  s->errors += g->severity == ISO_SEV_ERROR;
  s->warnings += g->severity == ISO_SEV_WARNING;
  if (s->collected) {
    if (g->severity == ISO_SEV_NOTE)
      return;
    char *file = g->file ? cli_escape(g->file) : NULL;
    char *msg = cli_escape(g->message);
    iso_diag_add_rule(s->collected, g->severity, g->rule, file, g->line,
                      g->column, "%s", msg ? msg : "out of memory");
    free(file);
    free(msg);
    return;
  }
  char *line = iso_diag_format(g);
  if (line)
    print_line(s, g->severity, line);
  free(line);
}

static void finish_job(struct state *s, size_t idx, int status) {
  s->done++;
  if (status < 0)
    s->failed++;
  else if (status > 0)
    s->skipped++;
  else
    s->converted++;
  s->current = s->jobs->items[idx].input;
  draw_bar(s);
}

/* ---- in this process (one job at a time, or -j1) ------------------ */

static void run_here(struct state *s) {
  iso_diags *d = iso_diags_new();
  for (size_t i = 0; i < s->jobs->count; i++) {
    iso_diags_clear(d);
    iso_reg_entry *row = s->reg ? &s->reg->items[i] : NULL;
    int status = d ? convert_one(&s->jobs->items[i], s->o, d, row) : -1;
    if (row)
      register_finish_row(&s->jobs->items[i], s->o, status, d, row);
    for (size_t k = 0; k < iso_diags_count(d); k++)
      report(s, iso_diags_get(d, k));
    finish_job(s, i, status);
  }
  iso_diags_free(d);
}

/* ---- in worker processes ----------------------------------------- */

/* Protocol, one line each: "S idx" started; "D sev line column rule<TAB>
 * file<TAB>message" a diagnostic (rule "-" for none; file and message
 * escaped, so they hold no tab or newline); "R idx row" the register row
 * (regwire.c); "E idx status" finished. */
static int write_all(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w < 0)
      return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static void worker(struct state *s, size_t *next, int fd) {
  iso_diags *d = iso_diags_new();
  iso_register rows; /* this worker's scratch rows, sent to the parent */
  iso_register_init(&rows);
  iso_buf b;
  iso_buf_init(&b);
  for (;;) {
    size_t idx = __atomic_fetch_add(next, 1, __ATOMIC_SEQ_CST);
    if (idx >= s->jobs->count)
      break;
    b.len = 0;
    iso_buf_printf(&b, "S %zu\n", idx);
    write_all(fd, (const char *)b.data, b.len);
    iso_diags_clear(d);
    iso_reg_entry *row = NULL;
    if (s->reg) {
      iso_register_free(&rows);
      row = iso_register_add(&rows, s->jobs->items[idx].input, NULL);
    }
    int status = d ? convert_one(&s->jobs->items[idx], s->o, d, row) : -1;
    b.len = 0;
    if (row) {
      register_finish_row(&s->jobs->items[idx], s->o, status, d, row);
      char *wire = regwire_encode(row, s->reg->n_formats);
      if (wire)
        iso_buf_printf(&b, "R %zu %s\n", idx, wire);
      free(wire);
    }
    for (size_t k = 0; k < iso_diags_count(d); k++) {
      const iso_diag *g = iso_diags_get(d, k);
      char *file = g->file ? cli_escape(g->file) : NULL;
      char *msg = cli_escape(g->message);
      if (msg && (file || !g->file))
        iso_buf_printf(&b, "D %d %d %d %s\t%s\t%s\n", (int)g->severity, g->line,
                       g->column, g->rule ? g->rule : "-", file ? file : "", msg);
      free(file);
      free(msg);
    }
    iso_buf_printf(&b, "E %zu %d\n", idx, status);
    if (b.failed || write_all(fd, (const char *)b.data, b.len))
      break;
  }
  iso_register_free(&rows);
  iso_buf_free(&b);
  iso_diags_free(d);
}

struct child {
  pid_t pid;
  int fd;
  iso_buf in;    /* unparsed bytes */
  long current;  /* job in progress, -1 none */
};

static void parse_lines(struct state *s, struct child *c) {
  size_t start = 0;
  for (size_t i = 0; i < c->in.len; i++) {
    if (c->in.data[i] != '\n')
      continue;
    c->in.data[i] = '\0';
    char *line = (char *)c->in.data + start;
    start = i + 1;
    if (line[0] == 'S') {
      c->current = strtol(line + 2, NULL, 10);
    } else if (line[0] == 'D' && line[1] == ' ') {
      iso_diag g = {0};
      int sev = 0, used = 0;
      char *file = NULL, *msg = NULL, *rule = NULL;
      if (sscanf(line + 2, "%d %d %d %n", &sev, &g.line, &g.column, &used) >= 3 &&
          used > 0 && (file = strchr(line + 2 + used, '\t')) &&
          (msg = strchr(file + 1, '\t'))) {
        rule = line + 2 + used;
        *file++ = '\0';
        *msg++ = '\0';
        g.severity = sev == 1 ? ISO_SEV_WARNING : sev == 2 ? ISO_SEV_NOTE : ISO_SEV_ERROR;
        g.file = *file ? file : NULL;
        g.message = msg;
        g.rule = iso_lint_rule_find(rule) ? iso_lint_rule_find(rule)->id : NULL;
        report(s, &g);
      }
    } else if (line[0] == 'R' && line[1] == ' ' && s->reg) {
      char *end;
      size_t idx = strtoul(line + 2, &end, 10);
      if (idx < s->reg->count && *end == ' ' &&
          regwire_decode(end + 1, &s->reg->items[idx], s->reg->n_formats) != 0)
        iso_reg_entry_set_error(&s->reg->items[idx], "internal error: bad register row");
    } else if (line[0] == 'E') {
      char *end;
      size_t idx = strtoul(line + 2, &end, 10);
      int status = (int)strtol(end, NULL, 10);
      if (idx < s->jobs->count)
        finish_job(s, idx, status);
      c->current = -1;
    }
  }
  memmove(c->in.data, c->in.data + start, c->in.len - start);
  c->in.len -= start;
}

static int spawn(struct state *s, size_t *next, struct child *c) {
  int p[2];
  if (pipe(p) != 0)
    return -1;
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    close(p[0]);
    close(p[1]);
    return -1;
  }
  if (pid == 0) {
    close(p[0]);
    worker(s, next, p[1]);
    close(p[1]);
    _exit(0);
  }
  close(p[1]);
  c->pid = pid;
  c->fd = p[0];
  c->current = -1;
  iso_buf_init(&c->in);
  return 0;
}

/* A worker that died in the middle of a document: report it and go on. */
static void reap(struct state *s, struct child *c) {
  int st = 0;
  while (waitpid(c->pid, &st, 0) < 0 && errno == EINTR)
    ;
  if (c->current >= 0) {
    char msg[512];
    snprintf(msg, sizeof msg, "%s: error: internal error: the conversion %s %d",
             s->jobs->items[c->current].input,
             WIFSIGNALED(st) ? "was killed by signal" : "exited with status",
             WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    print_line(s, ISO_SEV_ERROR, msg);
    if (s->reg && (size_t)c->current < s->reg->count)
      iso_reg_entry_set_error(&s->reg->items[c->current], msg);
    finish_job(s, (size_t)c->current, -1);
  }
  close(c->fd);
  iso_buf_free(&c->in);
  c->fd = -1;
}

static int run_workers(struct state *s, int n) {
  size_t *next = mmap(NULL, sizeof *next, PROT_READ | PROT_WRITE,
                      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (next == MAP_FAILED)
    return -1;
  *next = 0;
  struct child kids[256];
  size_t alive = 0;
  for (int i = 0; i < n && i < 256; i++)
    if (spawn(s, next, &kids[alive]) == 0)
      alive++;
  if (!alive) {
    munmap(next, sizeof *next);
    return -1;
  }
  while (alive) {
    struct pollfd fds[256];
    for (size_t i = 0; i < alive; i++)
      fds[i] = (struct pollfd){kids[i].fd, POLLIN, 0};
    if (poll(fds, alive, -1) < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    for (size_t i = alive; i-- > 0;) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      char chunk[4096];
      ssize_t r = read(kids[i].fd, chunk, sizeof chunk);
      if (r > 0) {
        iso_buf_append(&kids[i].in, chunk, (size_t)r);
        parse_lines(s, &kids[i]);
        continue;
      }
      if (r < 0 && errno == EINTR)
        continue;
      reap(s, &kids[i]);
      kids[i] = kids[--alive];
      /* Replace a crashed worker while documents remain. */
      if (__atomic_load_n(next, __ATOMIC_SEQ_CST) < s->jobs->count && alive < 256 &&
          spawn(s, next, &kids[alive]) == 0)
        alive++;
    }
  }
  munmap(next, sizeof *next);
  return 0;
}

/* Leftovers of a killed earlier run are removed once per output folder
 * (not through a link below -o: that job is refused, and the folder the
 * link leads to is none of ours). */
static void clean_temps(struct state *s) {
  char **seen = NULL;
  size_t n = 0;
  for (size_t i = 0; i < s->jobs->count; i++) {
    const cli_job *job = &s->jobs->items[i];
    if (job->out_dir && s->o->output_dir && link_below(s->o->output_dir, job->out_dir, NULL))
      continue;
    char *out = output_path(job, s->o, "x");
    char *dir = out ? iso_dirname(out) : NULL;
    free(out);
    if (!dir)
      continue;
    int dup = 0;
    for (size_t k = 0; k < n && !dup; k++)
      dup = strcmp(seen[k], dir) == 0;
    char **grown = dup ? NULL : realloc(seen, (n + 1) * sizeof *seen);
    if (grown) {
      seen = grown;
      seen[n++] = dir;
      iso_remove_stale_temps(dir);
    } else {
      free(dir);
    }
  }
  for (size_t k = 0; k < n; k++)
    free(seen[k]);
  free(seen);
}

int run_batch(cli_jobs *jobs, const cli_options *o, iso_register *reg) {
  struct state s = {0};
  s.o = o;
  s.jobs = jobs;
  s.reg = reg && reg->count == jobs->count ? reg : NULL;
  s.tty = o->mode == MODE_ALL && !o->quiet && isatty(2);
  if (o->mode == MODE_CHECK && o->report != CLI_REPORT_TEXT &&
      !(s.collected = iso_diags_new()))
    return 1;
  clock_gettime(CLOCK_MONOTONIC, &s.start);
  if (o->mode == MODE_CONVERT || o->mode == MODE_ALL)
    clean_temps(&s);
  int n = o->jobs < (int)jobs->count ? o->jobs : (int)jobs->count;
  if (n > 256)
    n = 256;
  draw_bar(&s);
  if (n <= 1 || run_workers(&s, n) != 0)
    run_here(&s);
  clear_bar(&s);
  s.skipped += jobs->not_documents;
  s.failed += jobs->rejected;
  if (o->mode == MODE_ALL)
    printf("%zu converted, %zu failed, %zu skipped\n", s.converted, s.failed,
           s.skipped);
  if (o->mode == MODE_CHECK && o->report != CLI_REPORT_TEXT)
    cli_report(o->report, s.collected, s.done, stdout);
  else if (o->mode == MODE_CHECK && !o->quiet)
    printf("%zu document%s checked, %zu error%s, %zu warning%s\n", s.done,
           s.done == 1 ? "" : "s", s.errors, s.errors == 1 ? "" : "s",
           s.warnings, s.warnings == 1 ? "" : "s");
  iso_diags_free(s.collected);
  /* Every job must have reported: a lost report counts as a failure. */
  if (s.done < jobs->count)
    s.failed += jobs->count - s.done;
  return s.failed ? 1 : 0;
}
