/* --confine: whether a file a document names lies inside the folder tree
 * being converted, with every symbolic link resolved. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int iso_path_inside(const char *dir, const char *path) {
  if (!dir || !path)
    return 0;
  char *root = realpath(dir, NULL);
  char *real = realpath(path, NULL);
  int inside = 0;
  if (root && real) {
    size_t n = strlen(root);
    /* "/" is the whole tree; otherwise the next character must end the
     * folder's name ("/docs" does not contain "/docs-private"). */
    inside = strcmp(root, "/") == 0 ||
             (strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0'));
  }
  free(root);
  free(real);
  return inside;
}
