/* libFuzzer harness: bytes into the loader, and every writer on whatever
 * loads, all in memory. Built by `make fuzz` (clang); the same function is
 * replayed over the seed and regression corpora by `make check`. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  iso_diags *d = iso_diags_new();
  if (!d)
    return 0;
  /* Relative image paths resolve against the samples, so images load too. */
  iso_node *doc = iso_load_string((const char *)data, size, "fuzz.yaml",
                                  FUZZ_BASE_DIR, NULL, d);
  if (doc) {
    iso_date today = {2026, 11, 25};
    iso_check(doc, today, 1, d);
    const iso_writer *const *w = iso_writers();
    for (size_t i = 0; w[i]; i++) {
      iso_buf out;
      iso_buf_init(&out);
      iso_writer_run(w[i], doc, iso_theme_default(), NULL, &out, d);
      iso_buf_free(&out);
    }
    iso_node_free(doc);
  }
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    free(s);
  }
  iso_diags_free(d);
  return 0;
}
