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
        "       isoexport --register FILE [DIR...] write only the document register\n"
        "       isoexport --due [DAYS] [DIR...]    list reviews due within DAYS (default 30)\n"
        "       isoexport new policy|manual|procedure|instruction [--language fi] FILE\n"
        "                                          write a starting document to fill in\n"
        "\n"
        "Turns ISMS documents written in YAML into DOCX, ODT and PDF.\n"
        "\n"
        "Options:\n"
        "  -f, --format LIST    comma-separated subset of docx,odt,pdf,html (default:\n"
        "                       docx,odt,pdf; html only when named, and with --all\n"
        "                       it adds index.html);\n"
        "                       with --check: text (default), json or sarif, on stdout\n"
        "  -o, --output DIR     where outputs go (created if missing); default: next to\n"
        "                       each input; with --all the folder structure is kept\n"
        "  -j, --jobs N         documents converted in parallel (default: processors)\n"
        "  -t, --theme NAME|FILE  use this theme instead of the document's\n"
        "      --reference-doc FILE.docx|FILE.odt  take fonts, sizes, colours, page\n"
        "                       and header logo from the user's template (docs/themes.md)\n"
        "      --strict         warnings are errors; refuse documents that are not\n"
        "                       approved or whose review date has passed\n"
        "      --force          with --all, rebuild outputs that are up to date\n"
        "      --confine        documents may read files (images, logo, theme)\n"
        "                       only inside the folder given to --all/--check, or\n"
        "                       a named document's own folder\n"
        "      --pdfa           write PDF/A-3b with the YAML source (and images)\n"
        "                       attached (a theme's `pdfa: true` does the same)\n"
        "      --sign KEY.p12   sign every PDF (PAdES); the password comes from\n"
        "                       $ISOEXPORT_SIGN_PASSWORD or --sign-pass-file\n"
        "      --sign-key KEY.pem --sign-cert CHAIN.pem\n"
        "                       sign with a PEM key and certificate chain instead\n"
        "      --sign-pass-file FILE  the password is the first line of FILE\n"
        "                       (only approved documents are signed)\n"
        "      --sign-role ROLE the signoff role whose field the signer signs\n"
        "                       (default: the entry with the certificate's name)\n"
        "      --register FILE  write only the document register of the documents\n"
        "                       under DIR (FILE.csv, .docx, .odt or .pdf); converts nothing\n"
        "      --no-register    with --all, do not write the register (register.csv,\n"
        "                       register.docx/.odt/.pdf in -o)\n"
        "      --format csv|json  with --due, how the list is printed\n"
        "  -q, --quiet          print errors only\n"
        "  -v, --verbose        also print every file written\n"
        "      --help           show this help and exit\n"
        "      --version        show the version and exit\n"
        "\n"
        "Exit status: 0 every document converted, 1 a document failed, 2 usage error;\n"
        "with --due, 1 when a review is overdue. The register: docs/register.md.\n"
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
      fprintf(stderr, "isoexport: unknown format '%s' (use docx, odt, pdf, html)\n",
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
    fprintf(stderr, "isoexport: --format needs at least one of docx, odt, pdf, html\n");
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

enum { OPT_ALL = 256, OPT_CHECK, OPT_STRICT, OPT_FORCE, OPT_CONFINE, OPT_HELP, OPT_VERSION,
       OPT_PDFA, OPT_SIGN, OPT_SIGN_KEY, OPT_SIGN_CERT, OPT_SIGN_PASS_FILE,
       OPT_SIGN_ROLE,
       OPT_REGISTER, OPT_NO_REGISTER, OPT_DUE, OPT_REFERENCE_DOC };

/* --sign and its companions: checked together once every option is read. */
static int sign_usage(const cli_options *o, const char *p12, const char *key,
                      const char *cert, const char *pass_file) {
  const char *why = NULL;
  int pdf = 0;
  for (size_t i = 0; o->formats[i]; i++)
    pdf |= !strcmp(o->formats[i]->name, "pdf");
  if (p12 && (key || cert))
    why = "--sign and --sign-key/--sign-cert cannot be used together";
  else if (cert && !key)
    why = "--sign-cert needs --sign-key";
  else if (pass_file && !p12 && !key)
    why = "--sign-pass-file needs --sign or --sign-key";
  else if (o->sign_role && !p12 && !key)
    why = "--sign-role needs --sign or --sign-key";
  else if (o->sign_role && !*o->sign_role)
    why = "--sign-role needs a role";
  else if ((p12 || key || o->pdfa) && o->mode == MODE_CHECK)
    why = "--sign and --pdfa do not apply to --check";
  else if ((p12 || key || o->pdfa) && !pdf)
    why = "--sign and --pdfa need the pdf format";
  if (why)
    fprintf(stderr, "isoexport: %s\n", why);
  return why != NULL;
}

/* DAYS for --due: a whole number of days from 0 to 36500; -1 when not. */
static long due_days(const char *s) {
  char *end;
  errno = 0;
  long n = strtol(s, &end, 10);
  if (errno || *end || end == s || s[0] == '-' || s[0] == '+' || n > 36500)
    return -1;
  return n;
}

static int all_digits(const char *s) {
  if (!*s)
    return 0;
  for (; *s; s++)
    if (*s < '0' || *s > '9')
      return 0;
  return 1;
}

/* With --due, --format names how the list is printed. */
static int parse_due_format(const char *f, cli_options *o) {
  if (!f || strcmp(f, "text") == 0)
    o->due_format = DUE_TEXT;
  else if (strcmp(f, "csv") == 0)
    o->due_format = DUE_CSV;
  else if (strcmp(f, "json") == 0)
    o->due_format = DUE_JSON;
  else {
    char *safe = cli_escape(f);
    fprintf(stderr, "isoexport: --due prints text, csv or json, not '%s'\n",
            safe ? safe : "?");
    free(safe);
    return -1;
  }
  return 0;
}

/* The folder --all writes the register to: -o, else the folder given. */
static const char *register_dir(const cli_options *o, const char *const *args,
                                size_t nargs) {
  struct stat st;
  if (o->output_dir)
    return o->output_dir;
  if (nargs && stat(args[0], &st) == 0 && S_ISDIR(st.st_mode))
    return args[0];
  return ".";
}

int main(int argc, char **argv) {
  /* A file-size limit must make write() fail with EFBIG, not kill us. */
  signal(SIGXFSZ, SIG_IGN);
  signal(SIGPIPE, SIG_IGN);
  cli_heap_setup();

  cli_options o;
  memset(&o, 0, sizeof o);
  o.mode = MODE_CONVERT;
  o.jobs = jobs_default();
  default_formats(&o);
  theme_dirs(&o);
  o.today = today();
  cli_env(&o);
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
      {"pdfa", no_argument, NULL, OPT_PDFA},
      {"sign", required_argument, NULL, OPT_SIGN},
      {"sign-key", required_argument, NULL, OPT_SIGN_KEY},
      {"sign-cert", required_argument, NULL, OPT_SIGN_CERT},
      {"sign-pass-file", required_argument, NULL, OPT_SIGN_PASS_FILE},
      {"sign-role", required_argument, NULL, OPT_SIGN_ROLE},
      {"help", no_argument, NULL, OPT_HELP},
      {"version", no_argument, NULL, OPT_VERSION},
      {"register", required_argument, NULL, OPT_REGISTER},
      {"no-register", no_argument, NULL, OPT_NO_REGISTER},
      {"due", optional_argument, NULL, OPT_DUE},
      {"reference-doc", required_argument, NULL, OPT_REFERENCE_DOC},
      {NULL, 0, NULL, 0}};
  int due_given = 0;
  int c, modes = 0;
  const char *sign_p12 = NULL, *sign_key = NULL, *sign_cert = NULL,
             *sign_pass = NULL;
  while ((c = getopt_long(argc, argv, "f:o:j:t:qv", longopts, NULL)) != -1) {
    switch (c) {
    case 'f': /* read once the mode is known: --due prints text, csv or json */
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
    case OPT_PDFA:
      o.pdfa = 1;
      break;
    case OPT_SIGN:
      sign_p12 = optarg;
      break;
    case OPT_SIGN_KEY:
      sign_key = optarg;
      break;
    case OPT_SIGN_CERT:
      sign_cert = optarg;
      break;
    case OPT_SIGN_PASS_FILE:
      sign_pass = optarg;
      break;
    case OPT_SIGN_ROLE:
      o.sign_role = optarg;
      break;
    case OPT_REGISTER:
      if (!*optarg) {
        fprintf(stderr, "isoexport: --register needs a file name\n");
        return 2;
      }
      o.register_file = optarg;
      o.mode = MODE_REGISTER;
      modes++;
      break;
    case OPT_NO_REGISTER:
      o.no_register = 1;
      break;
    case OPT_DUE:
      o.mode = MODE_DUE;
      modes++;
      o.due_days = 30;
      if (optarg && (o.due_days = due_days(optarg)) < 0) {
        char *safe = cli_escape(optarg);
        fprintf(stderr, "isoexport: --due needs a number of days from 0 to 36500, not '%s'\n",
                safe ? safe : "?");
        free(safe);
        return 2;
      }
      due_given = optarg != NULL;
      break;
    case OPT_REFERENCE_DOC: /* a DOCX and an ODT of one look: two at most */
      if (!*optarg || o.reference_docs[1]) {
        fprintf(stderr, "isoexport: --reference-doc needs a file, and goes at most twice\n");
        return 2;
      }
      o.reference_docs[o.reference_docs[0] ? 1 : 0] = optarg;
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
    fprintf(stderr, "isoexport: --all, --check, --register and --due cannot be used together\n");
    return 2;
  }
  if (o.no_register && o.mode != MODE_ALL) {
    fprintf(stderr, "isoexport: --no-register goes with --all\n");
    return 2;
  }
  if (o.mode == MODE_DUE) {
    if (parse_due_format(format_arg, &o) != 0)
      return 2;
  } else if (format_arg && o.mode == MODE_CHECK) {
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
  if (o.mode == MODE_REGISTER) {
    int csv;
    if (!register_writer_for(o.register_file, &csv) && !csv) {
      char *safe = cli_escape(o.register_file);
      fprintf(stderr, "isoexport: --register %s: the name must end in .csv, .docx, .odt or .pdf\n",
              safe ? safe : "?");
      free(safe);
      return 2;
    }
  }
  /* --due [DAYS] [DIR...]: a first operand of digits only is DAYS (write
   * ./30 for a folder named 30) */
  if (o.mode == MODE_DUE && !due_given && optind < argc && all_digits(argv[optind])) {
    if ((o.due_days = due_days(argv[optind])) < 0) {
      fprintf(stderr, "isoexport: --due needs a number of days from 0 to 36500\n");
      return 2;
    }
    optind++;
  }
  if (o.quiet && o.verbose) {
    fprintf(stderr, "isoexport: --quiet and --verbose cannot be used together\n");
    return 2;
  }
  if (sign_usage(&o, sign_p12, sign_key, sign_cert, sign_pass))
    return 2;
  /* the key is read and checked before anything is converted: a wrong
   * password or an expired certificate writes nothing */
  if ((sign_p12 || sign_key) &&
      cli_signer(&o, sign_p12, sign_key, sign_cert, sign_pass))
    return 1;
  if (o.output_dir && (o.mode == MODE_CONVERT || o.mode == MODE_ALL)) {
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
    if (bad) {
      cli_signer_free(&o);
      return 1;
    }
  }

  cli_jobs jobs = {0};
  iso_diags *d = iso_diags_new();
  if (!d) {
    cli_signer_free(&o);
    return 1;
  }
  int rc = 0;
  const char *const *args = (const char *const *)argv + optind;
  size_t nargs = (size_t)(argc - optind);
  if (o.mode == MODE_CONVERT) {
    if (!nargs) {
      fprintf(stderr, "isoexport: no documents given\n"
                      "Try 'isoexport --help' for more information.\n");
      iso_diags_free(d);
      cli_signer_free(&o);
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
  size_t before_collisions = iso_diags_count(d);
  reject_collisions(&jobs, &o, d);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    char *safe = s ? cli_escape(s) : NULL;
    if (safe)
      fprintf(stderr, "%s\n", safe);
    free(safe);
    free(s);
  }
  /* the register: --all's (unless --no-register), --register FILE, --due */
  int want_register = (o.mode == MODE_ALL && !o.no_register) ||
                      o.mode == MODE_REGISTER || o.mode == MODE_DUE;
  iso_register reg;
  iso_register_init(&reg);
  if (rc == 0 && want_register && register_prepare(&jobs, &o, &reg) != 0) {
    fprintf(stderr, "isoexport: out of memory\n");
    rc = 1;
  }
  if (rc == 0) {
    rc = run_batch(&jobs, &o, want_register ? &reg : NULL);
    /* documents refused before converting are listed as failed too */
    for (size_t i = before_collisions; want_register && i < iso_diags_count(d); i++) {
      const iso_diag *g = iso_diags_get(d, i);
      char *line = g->file ? iso_diag_format(g) : NULL;
      char *safe = line ? cli_escape(line) : NULL;
      char *name = g->file ? cli_escape(g->file) : NULL;
      iso_reg_entry *e = safe && name ? iso_register_add(&reg, g->file, name) : NULL;
      if (e)
        iso_reg_entry_set_error(e, safe);
      free(line);
      free(safe);
      free(name);
    }
    if (o.mode == MODE_DUE)
      rc = due_print(&reg, &o) || rc;
    else if (want_register)
      rc = register_write(&reg, &jobs, &o, register_dir(&o, args, nargs)) || rc;
  }
  iso_diags_free(d);
  iso_register_free(&reg);
  jobs_free(&jobs);
  cli_signer_free(&o);
  return rc;
}
