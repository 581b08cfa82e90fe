/* --check --format json|sarif: the findings as one report on stdout, for
 * scripts and CI systems (SARIF 2.1.0 puts them on the line in a code
 * review). File names and messages arrive escaped (escape.c), so they are
 * valid UTF-8 without control characters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(f, "\\%c", *p);
    else if (*p < 0x20)
      fprintf(f, "\\u%04x", *p);
    else
      fputc(*p, f);
  }
  fputc('"', f);
}

static const char *level(iso_severity s) {
  return s == ISO_SEV_ERROR ? "error" : s == ISO_SEV_WARNING ? "warning" : "note";
}

/* Diagnostics that no lint rule made (the document does not load: YAML,
 * the format, a missing image) go under this id. */
#define FORMAT_RULE "format"
#define FORMAT_WHY                                                             \
  "the document must follow the format of docs/format.md before any lint "    \
  "rule applies"

/* Findings by file name, each file's in the order found (file order):
 * worker processes finish documents in any order. */
static const iso_diags *sorting;
static int by_file(const void *a, const void *b) {
  size_t i = *(const size_t *)a, j = *(const size_t *)b;
  const char *x = iso_diags_get(sorting, i)->file, *y = iso_diags_get(sorting, j)->file;
  int c = strcmp(x ? x : "", y ? y : "");
  return c ? c : i < j ? -1 : i > j;
}

static size_t *order(const iso_diags *d) {
  size_t n = iso_diags_count(d);
  size_t *v = malloc((n ? n : 1) * sizeof *v);
  if (!v)
    return NULL;
  for (size_t i = 0; i < n; i++)
    v[i] = i;
  sorting = d;
  qsort(v, n, sizeof *v, by_file);
  return v;
}

static void json(const iso_diags *d, const size_t *ord, size_t documents, FILE *f) {
  size_t errors = iso_diags_errors(d), warnings = iso_diags_warnings(d);
  fprintf(f, "{\"tool\": \"isoexport\", \"version\": ");
  json_string(f, iso_version());
  fprintf(f, ", \"documents\": %zu, \"errors\": %zu, \"warnings\": %zu,\n"
             " \"findings\": [",
          documents, errors, warnings);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    const iso_diag *g = iso_diags_get(d, ord[i]);
    const iso_lint_rule *r = iso_lint_rule_find(g->rule);
    fprintf(f, "%s\n  {\"file\": ", i ? "," : "");
    json_string(f, g->file);
    fprintf(f, ", \"line\": %d, \"column\": %d, \"severity\": \"%s\", \"rule\": ",
            g->line, g->column, level(g->severity));
    json_string(f, r ? r->id : FORMAT_RULE);
    fputs(", \"message\": ", f);
    json_string(f, g->message);
    fputs(", \"why\": ", f);
    json_string(f, r ? r->why : FORMAT_WHY);
    fputc('}', f);
  }
  fputs("\n ]}\n", f);
}

/* A file name as a URI reference: relative paths stay relative (to the
 * folder the check ran in), absolute ones become file: URIs. */
static void uri(FILE *f, const char *path) {
  char *esc = iso_uri_escape(path ? path : "");
  iso_buf b;
  iso_buf_init(&b);
  iso_buf_printf(&b, "%s%s", path && path[0] == '/' ? "file://" : "",
                 esc ? esc : "");
  json_string(f, b.failed ? "" : (const char *)b.data);
  iso_buf_free(&b);
  free(esc);
}

static void sarif_rule(FILE *f, const char *id, const char *summary,
                       const char *why, int first) {
  fprintf(f, "%s\n          {\"id\": ", first ? "" : ",");
  json_string(f, id);
  fputs(", \"shortDescription\": {\"text\": ", f);
  json_string(f, summary);
  fputs("}, \"help\": {\"text\": ", f);
  json_string(f, why);
  fputs("}}", f);
}

static void sarif(const iso_diags *d, const size_t *ord, FILE *f) {
  size_t n;
  const iso_lint_rule *rules = iso_lint_rules(&n);
  fputs("{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
        " \"version\": \"2.1.0\",\n"
        " \"runs\": [{\n"
        "  \"tool\": {\"driver\": {\"name\": \"isoexport\", \"version\": ",
        f);
  json_string(f, iso_version());
  fputs(", \"rules\": [", f);
  for (size_t i = 0; i < n; i++)
    sarif_rule(f, rules[i].id, rules[i].summary, rules[i].why, i == 0);
  sarif_rule(f, FORMAT_RULE, "the document follows the isoexport format",
             FORMAT_WHY, 0);
  fputs("]}},\n  \"results\": [", f);
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    const iso_diag *g = iso_diags_get(d, ord[i]);
    const iso_lint_rule *r = iso_lint_rule_find(g->rule);
    size_t index = r ? (size_t)(r - rules) : n;
    fprintf(f, "%s\n    {\"ruleId\": ", i ? "," : "");
    json_string(f, r ? r->id : FORMAT_RULE);
    fprintf(f, ", \"ruleIndex\": %zu, \"level\": \"%s\", \"message\": {\"text\": ",
            index, level(g->severity));
    json_string(f, g->message);
    fputs("},\n     \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
          "{\"uri\": ",
          f);
    uri(f, g->file);
    fputc('}', f);
    if (g->line > 0) {
      fprintf(f, ", \"region\": {\"startLine\": %d", g->line);
      if (g->column > 0)
        fprintf(f, ", \"startColumn\": %d", g->column);
      fputc('}', f);
    }
    fputs("}}]}", f);
  }
  fputs("\n  ]\n }]\n}\n", f);
}

void cli_report(enum cli_report kind, const iso_diags *diags, size_t documents,
                FILE *out) {
  size_t *ord = order(diags);
  if (!ord) {
    fputs("isoexport: out of memory\n", stderr);
    return;
  }
  if (kind == CLI_REPORT_SARIF)
    sarif(diags, ord, out);
  else
    json(diags, ord, documents, out);
  free(ord);
  fflush(out);
}
