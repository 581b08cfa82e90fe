/* isoexport new TYPE [--language LANG] FILE: a complete starting document
 * from templates/scaffolds/LANG/TYPE.yaml, with today's date in its history
 * and the next review a year on. The user fills in its <<...>>
 * placeholders; the lint rule `placeholder` reports any left. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "lang/lang.h"
#include "util.h"

static const char *const types[] = {"policy", "manual", "procedure",
                                    "instruction", NULL};

static int one_of(const char *s, const char *const *v) {
  for (size_t i = 0; v[i]; i++)
    if (!strcmp(s, v[i]))
      return 1;
  return 0;
}

static void usage(FILE *f) {
  fputs("Usage: isoexport new policy|manual|procedure|instruction "
        "[--language en|fi|sv|de] FILE\n"
        "Writes a starting document that follows the ISO/IEC 27001 model; fill\n"
        "in its <<...>> placeholders, then run isoexport --check --strict FILE.\n"
        "FILE must not exist.\n",
        f);
}

/* The scaffold folders, in order: $ISOEXPORT_TEMPLATES, templates/scaffolds
 * next to the program (a build tree), the installed data folder. */
static char *find_template(const char *lang, const char *type, iso_diags *d) {
  char exe[4096], dir[4200];
  const char *dirs[3];
  size_t n = 0;
  const char *env = getenv("ISOEXPORT_TEMPLATES");
  if (env && *env)
    dirs[n++] = env;
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len > 0) {
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(dir, sizeof dir, "%s/templates/scaffolds", exe);
      dirs[n++] = dir;
    }
  }
  dirs[n++] = ISO_SCAFFOLDDIR;
  for (size_t i = 0; i < n; i++) {
    iso_buf b;
    iso_buf_init(&b);
    iso_buf_printf(&b, "%s/%s/%s.yaml", dirs[i], lang, type);
    if (!b.failed && access((const char *)b.data, R_OK) == 0)
      return iso_buf_detach(&b, NULL);
    iso_buf_free(&b);
  }
  iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0,
               "no template %s/%s.yaml in %s (set ISOEXPORT_TEMPLATES)", lang,
               type, ISO_SCAFFOLDDIR);
  return NULL;
}

/* The JSON Schema that the new file's yaml-language-server line names, for
 * editors: share/isoexport/ next to the program (a build tree), else the
 * installed one. An absolute path, as the file may be written anywhere. */
static char schema_file[4200];
static const char *find_schema(void) {
  char exe[4096];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (len > 0) {
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(schema_file, sizeof schema_file,
               "%s/share/isoexport/isoexport.schema.json", exe);
      if (access(schema_file, R_OK) == 0)
        return schema_file;
    }
  }
  return ISO_SCHEMAFILE;
}

/* The template with @TODAY@, @NEXT_REVIEW@ and @SCHEMA@ replaced. */
static int fill(const iso_buf *in, iso_date today, iso_buf *out) {
  char t[11], next[11];
  iso_date_iso(today, t);
  iso_date_iso(iso_date_add_months(today, 12), next);
  const char *s = (const char *)in->data, *end = s + in->len;
  while (s < end) {
    const char *at = memchr(s, '@', (size_t)(end - s));
    if (!at) {
      iso_buf_append(out, s, (size_t)(end - s));
      break;
    }
    iso_buf_append(out, s, (size_t)(at - s));
    if ((size_t)(end - at) >= 7 && !memcmp(at, "@TODAY@", 7)) {
      iso_buf_puts(out, t);
      s = at + 7;
    } else if ((size_t)(end - at) >= 13 && !memcmp(at, "@NEXT_REVIEW@", 13)) {
      iso_buf_puts(out, next);
      s = at + 13;
    } else if ((size_t)(end - at) >= 8 && !memcmp(at, "@SCHEMA@", 8)) {
      iso_buf_puts(out, find_schema());
      s = at + 8;
    } else {
      iso_buf_append(out, at, 1);
      s = at + 1;
    }
  }
  return out->failed ? -1 : 0;
}

/* Written beside FILE under a temporary name, then linked to FILE, which
 * fails if FILE exists (whatever it is, a dangling link too): an existing
 * file is never replaced, and FILE is never seen half-written. */
static int write_new(const char *path, const iso_buf *data, iso_diags *d) {
  char *tmp = iso_write_temp(path, data->data, data->len, d);
  if (!tmp)
    return -1;
  int rc = link(tmp, path);
  int err = errno;
  iso_discard_temp(tmp);
  if (rc != 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "%s",
                 err == EEXIST ? "already exists; not overwritten (choose "
                                 "another name, or remove it first)"
                               : strerror(err));
    return -1;
  }
  return 0;
}

static int print_diags(iso_diags *d) {
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    char *safe = s ? cli_escape(s) : NULL;
    fprintf(stderr, "%s%s\n", iso_diags_get(d, i)->file ? "" : "isoexport: ",
            safe ? safe : "out of memory");
    free(safe);
    free(s);
  }
  return iso_diags_errors(d) ? 1 : 0;
}

int cli_new(int argc, char **argv, iso_date today) {
  static const struct option longopts[] = {
      {"language", required_argument, NULL, 'l'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *lang = "en";
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "l:", longopts, NULL)) != -1) {
    if (c == 'l') {
      lang = optarg;
    } else if (c == 'h') {
      usage(stdout);
      return 0;
    } else {
      usage(stderr);
      return 2;
    }
  }
  if (argc - optind != 2) {
    usage(stderr);
    return 2;
  }
  const char *type = argv[optind], *path = argv[optind + 1];
  if (!one_of(type, types) || iso_lang_from_code(lang) < 0) {
    char *safe = cli_escape(one_of(type, types) ? lang : type);
    fprintf(stderr, "isoexport: new: unknown %s '%s' (use %s)\n",
            one_of(type, types) ? "language" : "document type", safe ? safe : "?",
            one_of(type, types) ? "en, fi, sv or de"
                                : "policy, manual, procedure or instruction");
    free(safe);
    return 2;
  }
  iso_diags *d = iso_diags_new();
  if (!d)
    return 1;
  iso_buf in, out;
  iso_buf_init(&in);
  iso_buf_init(&out);
  char *tpl = find_template(lang, type, d);
  if (tpl && iso_read_file(tpl, &in, d) == 0 && fill(&in, today, &out) == 0 &&
      write_new(path, &out, d) == 0) {
    char *safe = cli_escape(path);
    printf("%s: a new %s (%s): fill in its <<...>> placeholders, then run "
           "isoexport --check --strict %s\n",
           safe ? safe : "?", type, lang, safe ? safe : "?");
    free(safe);
  }
  free(tpl);
  iso_buf_free(&in);
  iso_buf_free(&out);
  int rc = print_diags(d);
  iso_diags_free(d);
  return rc;
}
