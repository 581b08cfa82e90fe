/* The public API's error texts, diagnostics accessors and iso_free. */
#include <stdlib.h>

#include "internal.h"

const char *iso_strerror(iso_error e) {
  static const char *const text[ISO_ERR_COUNT] = {
      "no error",
      "out of memory",
      "invalid argument",
      "a file could not be read or written",
      "the document has errors",
      "the theme or reference template has errors",
      "the output could not be written",
  };
  return (e >= 0 && e < ISO_ERR_COUNT) ? text[e] : "unknown error";
}

void iso_free(void *p) { free(p); }

iso_severity iso_diag_severity(const iso_diag *g) {
  return g ? g->severity : ISO_SEV_ERROR;
}
const char *iso_diag_file(const iso_diag *g) { return g ? g->file : NULL; }
int iso_diag_line(const iso_diag *g) { return g ? g->line : 0; }
int iso_diag_column(const iso_diag *g) { return g ? g->column : 0; }
const char *iso_diag_message(const iso_diag *g) {
  return g ? g->message : NULL;
}
const char *iso_diag_rule(const iso_diag *g) { return g ? g->rule : NULL; }

iso_error iso_date_parse(const char *s, iso_date *out) {
  return (s && out && iso_date_read(s, out) == 0) ? ISO_OK : ISO_ERR_ARGUMENT;
}

int iso_version_number(void) { return ISO_VERSION_NUMBER; }
