/* isoexport: options (cli.md), then hand the work to the batch runner. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

static void usage(FILE *f) {
  fputs("Usage: isoexport [OPTIONS] FILE.yaml...   convert the named documents\n"
        "       isoexport --all [DIR...]           convert every document under DIR (default: .)\n"
        "       isoexport --check [FILE|DIR...]    validate and lint only; writes nothing\n"
        "       isoexport new policy|manual|procedure|instruction [--language fi] FILE\n"
        "                                          write a starting document to fill in\n"
        "\n"
        "Turns ISMS documents written in YAML into DOCX, ODT and PDF.\n"
        "\n"
        "Options:\n"
        "  -f, --format LIST    comma-separated subset of docx,odt,pdf (default: all three);\n"
        "                       with --check: text (default), json or sarif, on stdout\n"
        "  -o, --output DIR     where outputs go (created if missing); default: next to\n"
        "                       each input; with --all the folder structure is kept\n"
        "  -j, --jobs N         documents converted in parallel (default: processors)\n"
        "  -t, --theme NAME|FILE  use this theme instead of the document's\n"
        "      --strict         warnings are errors; refuse documents that are not\n"
        "                       approved or whose review date has passed\n"
        "      --force          with --all, rebuild outputs that are up to date\n"
        "      --confine        documents may read files (images, logo, theme)\n"
        "                       only inside the folder given to --all/--check, or\n"
        "                       a named document's own folder\n"
        "  -q, --quiet          print errors only\n"
        "  -v, --verbose        also print every file written\n"
        "      --help           show this help and exit\n"
        "      --version        show the version and exit\n"
        "\n"
        "Exit status: 0 every document converted, 1 a document failed, 2 usage error.\n"
        "The document format is described in docs/format.md.\n",
        f);
}

static int parse_formats(const char *list, cli_options *o) {
  size_t n = 0;
  char *copy = iso_strdup(list);
  if (!copy)
    return -1;
  for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok;
       tok = strtok_r(NULL, ",", &save)) {
    while (*tok == ' ')
      tok++;
    const iso_writer *w = iso_writer_find(tok);
    if (!w) {
      char *safe = cli_escape(tok);
      fprintf(stderr, "isoexport: unknown format '%s' (use docx, odt, pdf)\n",
              safe ? safe : "?");
      free(safe);
      free(copy);
      return -1;
    }
    int dup = 0;
    for (size_t i = 0; i < n; i++)
      dup |= o->formats[i] == w;
    if (!dup && n < sizeof o->formats / sizeof o->formats[0] - 1)
      o->formats[n++] = w;
  }
  free(copy);
  o->formats[n] = NULL;
  if (!n) {
    fprintf(stderr, "isoexport: --format needs at least one of docx, odt, pdf\n");
    return -1;
  }
  return 0;
}

/* Whether LIST names only writers ("pdf", "docx,odt"): --check takes it, as
 * it did before --check had report formats, and ignores it. */
static int writers_only(const char *list) {
  char *copy = iso_strdup(list);
  int ok = copy != NULL;
  for (char *save = NULL, *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok;
       tok = strtok_r(NULL, ",", &save)) {
    while (*tok == ' ')
      tok++;
    ok = ok && iso_writer_find(tok) != NULL;
  }
  free(copy);
  return ok;
}

static void default_formats(cli_options *o) {
  size_t n = 0;
  const iso_writer *const *all = iso_writers();
  for (size_t i = 0; all[i]; i++)
    if (iso_writer_is_default(all[i]))
      o->formats[n++] = all[i];
  o->formats[n] = NULL;
}

/* ISOEXPORT_TODAY=YYYY-MM-DD pins "today" for the review-date lint (tests). */
static iso_date today(void) {
  const char *env = getenv("ISOEXPORT_TODAY");
  iso_date d;
  if (env && iso_date_parse(env, &d) == 0)
    return d;
  return iso_date_from_epoch((long long)time(NULL));
}

/* Themes are looked up in $ISOEXPORT_THEMES, next to the program
 * (templates/themes, for a build tree) and in the installed data folder. */
static char exe_themes[4096];
static void theme_dirs(cli_options *o) {
  size_t n = 0;
  const char *env = getenv("ISOEXPORT_THEMES");
  if (env && *env)
    o->theme_dirs[n++] = env;
  char exe[4096];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len > 0) {
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(exe_themes, sizeof exe_themes, "%.4000s/templates/themes", exe);
      o->theme_dirs[n++] = exe_themes;
    }
  }
  o->theme_dirs[n++] = ISO_THEMEDIR;
  o->theme_dirs[n] = NULL;
}

static int jobs_default(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)(n > 64 ? 64 : n) : 1;
}

enum { OPT_ALL = 256, OPT_CHECK, OPT_STRICT, OPT_FORCE, OPT_CONFINE, OPT_HELP, OPT_VERSION };

int main(int argc, char **argv) {
  /* A file-size limit must make write() fail with EFBIG, not kill us. */
  signal(SIGXFSZ, SIG_IGN);
  signal(SIGPIPE, SIG_IGN);

  cli_options o;
  memset(&o, 0, sizeof o);
  o.mode = MODE_CONVERT;
  o.jobs = jobs_default();
  default_formats(&o);
  theme_dirs(&o);
  o.today = today();
  if (argc > 1 && !strcmp(argv[1], "new"))
    return cli_new(argc - 1, argv + 1, o.today);
  const char *format_arg = NULL; /* read once the mode is known */

  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"jobs", required_argument, NULL, 'j'},
      {"theme", required_argument, NULL, 't'},
      {"quiet", no_argument, NULL, 'q'},
      {"verbose", no_argument, NULL, 'v'},
      {"all", no_argument, NULL, OPT_ALL},
      {"check", no_argument, NULL, OPT_CHECK},
      {"strict", no_argument, NULL, OPT_STRICT},
      {"force", no_argument, NULL, OPT_FORCE},
      {"confine", no_argument, NULL, OPT_CONFINE},
      {"help", no_argument, NULL, OPT_HELP},
      {"version", no_argument, NULL, OPT_VERSION},
      {NULL, 0, NULL, 0}};
  int c, modes = 0;
  while ((c = getopt_long(argc, argv, "f:o:j:t:qv", longopts, NULL)) != -1) {
    switch (c) {
    case 'f':
      format_arg = optarg;
      break;
    case 'o':
      if (!*optarg) {
        fprintf(stderr, "isoexport: --output needs a folder\n");
        return 2;
      }
      o.output_dir = optarg;
      break;
    case 'j': {
      char *end;
      errno = 0;
      long n = strtol(optarg, &end, 10);
      if (errno || *end || n < 1 || n > 256) {
        char *safe = cli_escape(optarg);
        fprintf(stderr, "isoexport: --jobs needs a number from 1 to 256, not '%s'\n",
                safe ? safe : "?");
        free(safe);
        return 2;
      }
      o.jobs = (int)n;
      break;
    }
    case 't':
      o.theme = optarg;
      break;
    case 'q':
      o.quiet = 1;
      break;
    case 'v':
      o.verbose = 1;
      break;
    case OPT_ALL:
      o.mode = MODE_ALL;
      modes++;
      break;
    case OPT_CHECK:
      o.mode = MODE_CHECK;
      modes++;
      break;
    case OPT_STRICT:
      o.strict = 1;
      break;
    case OPT_FORCE:
      o.force = 1;
      break;
    case OPT_CONFINE:
      o.confine = 1;
      break;
    case OPT_HELP:
      usage(stdout);
      return 0;
    case OPT_VERSION:
      printf("isoexport %s\n", iso_version());
      return 0;
    default:
      fprintf(stderr, "Try 'isoexport --help' for more information.\n");
      return 2;
    }
  }
  if (modes > 1) {
    fprintf(stderr, "isoexport: --all and --check cannot be used together\n");
    return 2;
  }
  if (format_arg && o.mode == MODE_CHECK) {
    if (!strcmp(format_arg, "json"))
      o.report = CLI_REPORT_JSON;
    else if (!strcmp(format_arg, "sarif"))
      o.report = CLI_REPORT_SARIF;
    else if (strcmp(format_arg, "text") && !writers_only(format_arg)) {
      char *safe = cli_escape(format_arg);
      fprintf(stderr, "isoexport: unknown report format '%s' for --check (use "
                      "text, json or sarif)\n", safe ? safe : "?");
      free(safe);
      return 2;
    } else if (strcmp(format_arg, "text") && parse_formats(format_arg, &o)) {
      return 2; /* --check -f pdf, as before reports existed: checked, ignored */
    }
  } else if (format_arg && parse_formats(format_arg, &o)) {
    return 2;
  }
  if (o.quiet && o.verbose) {
    fprintf(stderr, "isoexport: --quiet and --verbose cannot be used together\n");
    return 2;
  }
  if (o.output_dir && o.mode != MODE_CHECK) {
    iso_diags *md = iso_diags_new();
    struct stat st;
    int bad = !md || make_dirs(NULL, o.output_dir, md) != 0 ||
              stat(o.output_dir, &st) != 0 || !S_ISDIR(st.st_mode);
    if (bad) {
      const iso_diag *g = iso_diags_get(md, 0);
      char *dir = cli_escape(o.output_dir);
      char *msg = cli_escape(g ? g->message : "not a folder");
      fprintf(stderr, "isoexport: %s: %s\n", dir ? dir : "?", msg ? msg : "?");
      free(dir);
      free(msg);
    }
    iso_diags_free(md);
    if (bad)
      return 1;
  }

  cli_jobs jobs = {0};
  iso_diags *d = iso_diags_new();
  if (!d)
    return 1;
  int rc = 0;
  const char *const *args = (const char *const *)argv + optind;
  size_t nargs = (size_t)(argc - optind);
  if (o.mode == MODE_CONVERT) {
    if (!nargs) {
      fprintf(stderr, "isoexport: no documents given\n"
                      "Try 'isoexport --help' for more information.\n");
      iso_diags_free(d);
      return 2;
    }
    for (size_t i = 0; i < nargs; i++)
      if (jobs_add(&jobs, args[i], NULL)) {
        rc = 1;
        break;
      }
  } else {
    static const char *const here[] = {"."};
    if (!nargs) {
      args = here;
      nargs = 1;
    }
    if (walk_documents(args, nargs, &o, &jobs, d))
      rc = 1;
  }
  reject_collisions(&jobs, &o, d);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    char *safe = s ? cli_escape(s) : NULL;
    if (safe)
      fprintf(stderr, "%s\n", safe);
    free(safe);
    free(s);
  }
  iso_diags_free(d);
  if (rc == 0) {
    rc = run_batch(&jobs, &o);
  }
  jobs_free(&jobs);
  return rc;
}
