/* iso_load and iso_load_memory (isoexport.h) over the loader. */
#include <sys/stat.h>

#include "internal.h"

/* IO when nothing could be read: the loader's only errors without a line. */
static iso_error outcome(const iso_node *doc, const iso_diags *d,
                         size_t errors_before, int read_failed) {
  if (doc)
    return ISO_OK;
  if (read_failed)
    return ISO_ERR_IO;
  return iso_diags_errors(d) > errors_before ? ISO_ERR_DOCUMENT
                                             : ISO_ERR_NOMEM;
}

iso_error iso_load(const char *path, const iso_options *options, iso_node **doc,
                   iso_diags *d) {
  if (!doc)
    return ISO_ERR_ARGUMENT;
  *doc = NULL;
  if (!path || !d)
    return ISO_ERR_ARGUMENT;
  size_t before = iso_diags_errors(d);
  struct stat st;
  /* a file that cannot be opened is the caller's I/O problem, not the
   * document's (iso_load_file reports why) */
  int unreadable = stat(path, &st) != 0 || !S_ISREG(st.st_mode);
  *doc = iso_load_file(path, options ? &options->load : NULL, d);
  return outcome(*doc, d, before, unreadable);
}

iso_error iso_load_memory(const char *data, size_t len, const char *name,
                          const char *base_dir, const iso_options *options,
                          iso_node **doc, iso_diags *d) {
  if (!doc)
    return ISO_ERR_ARGUMENT;
  *doc = NULL;
  if ((!data && len) || !d)
    return ISO_ERR_ARGUMENT;
  size_t before = iso_diags_errors(d);
  *doc = iso_load_string(data ? data : "", len, name ? name : "<memory>",
                         base_dir ? base_dir : ".",
                         options ? &options->load : NULL, d);
  return outcome(*doc, d, before, 0);
}
