/* iso_render and iso_render_file (isoexport.h): a writer's bytes, into memory
 * or atomically into a file; and what a caller may read of a writer. */
#include <stdlib.h>

#include "internal.h"

const char *iso_writer_name(const iso_writer *w) { return w ? w->name : NULL; }
const char *iso_writer_extension(const iso_writer *w) {
  return w ? w->extension : NULL;
}
const char *iso_writer_description(const iso_writer *w) {
  return w ? w->description : NULL;
}

/* The writer's bytes in B: ISO_OK, or an error with its reason in D. */
static iso_error render(const iso_writer *w, const iso_node *doc,
                        const iso_theme *theme, const iso_options *options,
                        iso_buf *b, iso_diags *d) {
  if (!w || !doc || !d || iso_node_get_type(doc) != ISO_NODE_DOCUMENT)
    return ISO_ERR_ARGUMENT;
  size_t before = iso_diags_errors(d);
  int rc = iso_writer_run(w, doc, theme ? theme : iso_theme_default(),
                          options ? &options->write : NULL, b, d);
  if (rc == 0 && !b->failed)
    return ISO_OK;
  if (b->failed && iso_diags_errors(d) == before)
    return ISO_ERR_NOMEM;
  if (iso_diags_errors(d) == before)
    iso_diag_add(d, ISO_SEV_ERROR, iso_node_file(doc), 0, 0,
                 "%s: rendering failed", w->name);
  return ISO_ERR_RENDER;
}

iso_error iso_render(const iso_writer *w, const iso_node *doc,
                     const iso_theme *theme, const iso_options *options,
                     unsigned char **data, size_t *len, iso_diags *d) {
  if (!data || !len)
    return ISO_ERR_ARGUMENT;
  *data = NULL;
  *len = 0;
  iso_buf b;
  iso_buf_init(&b);
  iso_error e = render(w, doc, theme, options, &b, d);
  if (e == ISO_OK)
    *data = (unsigned char *)iso_buf_detach(&b, len);
  iso_buf_free(&b);
  return e == ISO_OK && !*data ? ISO_ERR_NOMEM : e;
}

iso_error iso_render_file(const iso_writer *w, const iso_node *doc,
                          const iso_theme *theme, const iso_options *options,
                          const char *path, iso_diags *d) {
  if (!path)
    return ISO_ERR_ARGUMENT;
  iso_buf b;
  iso_buf_init(&b);
  iso_error e = render(w, doc, theme, options, &b, d);
  if (e == ISO_OK && iso_write_file_atomic(path, b.data, b.len, d) != 0)
    e = ISO_ERR_IO;
  iso_buf_free(&b);
  return e;
}
