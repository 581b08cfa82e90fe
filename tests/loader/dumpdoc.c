/* Test driver: loads a document and prints the dump writer's output, so the
 * loader's tests do not depend on the command line program.
 *   dumpdoc FILE     exit 0 and the dump on stdout, or exit 1 and the
 *                    diagnostics on stderr */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

static void print_diags(const iso_diags *d) {
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    if (s)
      fprintf(stderr, "%s\n", s);
    free(s);
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: dumpdoc FILE.yaml\n");
    return 2;
  }
  iso_diags *d = iso_diags_new();
  iso_node *doc = iso_load_file(argv[1], NULL, d);
  int rc = 1;
  if (doc) {
    iso_buf out;
    iso_buf_init(&out);
    const iso_writer *w = iso_writer_find("dump");
    if (w && iso_writer_run(w, doc, iso_theme_default(), NULL, &out, d) == 0) {
      fwrite(out.data, 1, out.len, stdout);
      rc = 0;
    }
    iso_buf_free(&out);
  }
  print_diags(d);
  iso_node_free(doc);
  iso_diags_free(d);
  return rc;
}
