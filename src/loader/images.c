/* The files a document names (images and the logo): resolved against the
 * document's folder, kept inside the converted tree under --confine, then
 * read and decoded once into the document's image store. */
#include <stdlib.h>

#include "loader_internal.h"
#include "util.h"

const iso_image *ld_image(ld *c, const ynode *at, const char *rel,
                          char **path_out) {
  char *path = iso_path_join(c->base_dir, rel);
  if (!path) {
    ld_oom(c, at);
    return NULL;
  }
  /* The message names only what the document wrote: a file outside the
   * tree is not opened, so nothing of it is told. */
  if (c->confine_dir && !iso_path_inside(c->confine_dir, path)) {
    ld_error(c, at, "image '%s' is outside the folder being converted "
                    "(refused by --confine)", rel);
    free(path);
    return NULL;
  }
  const iso_image *img =
      iso_document_add_image(c->doc, path, c->d, c->file, at->line, at->col);
  if (!img)
    c->errors++;
  if (img && path_out)
    *path_out = path;
  else
    free(path);
  return img;
}
