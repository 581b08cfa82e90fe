/* The writer registry: the CLI and the batch runner find formats only here. */
#include "config.h"

#include <string.h>

#include "internal.h"
#include "writers.h"

static const iso_writer *const all[] = {&iso_writer_docx, &iso_writer_odt,
                                        &iso_writer_pdf, &iso_writer_html,
                                        &iso_writer_dump, NULL};

const iso_writer *const *iso_writers(void) { return all; }

const iso_writer *iso_writer_find(const char *name) {
  for (size_t i = 0; all[i]; i++)
    if (strcmp(all[i]->name, name) == 0)
      return all[i];
  return NULL;
}

/* html is written when asked (-f html): an intranet edition is a choice,
 * not what every conversion needs (docs/format.md). */
int iso_writer_is_default(const iso_writer *w) {
  return w && w != &iso_writer_dump && w != &iso_writer_html;
}

int iso_writer_run(const iso_writer *w, const iso_node *doc,
                   const iso_theme *theme, const iso_write_options *o,
                   iso_buf *out, iso_diags *d) {
  return w->write(doc, theme, o, out, d);
}

const char *iso_version(void) { return PACKAGE_VERSION; }
