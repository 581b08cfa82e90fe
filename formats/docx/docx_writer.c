/* The docx writer's registry entry (being built). */
#include "isoexport.h"
#include "writers.h"

static int write_docx(const iso_node *doc, const iso_theme *theme, iso_buf *out,
                     iso_diags *d) {
  (void)doc;
  (void)theme;
  (void)out;
  iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "the docx writer is not available yet");
  return -1;
}

const iso_writer iso_writer_docx = {"docx", "docx", "docx", write_docx};
