/* Replays inputs through the fuzz harness without libFuzzer: every file named
 * on the command line (folders are read entry by entry). A crash, a sanitizer
 * report or a leak fails the test. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path) {
  iso_buf b;
  iso_buf_init(&b);
  iso_diags *d = iso_diags_new();
  int rc = iso_read_file(path, &b, d);
  iso_diags_free(d);
  if (rc == 0)
    LLVMFuzzerTestOneInput(b.data, b.len);
  iso_buf_free(&b);
  return rc;
}

int main(int argc, char **argv) {
  size_t n = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0)
      continue;
    if (!S_ISDIR(st.st_mode)) {
      n += replay_file(argv[i]) == 0;
      continue;
    }
    DIR *dh = opendir(argv[i]);
    struct dirent *e;
    while (dh && (e = readdir(dh)) != NULL) {
      if (e->d_name[0] == '.')
        continue;
      char p[4096];
      snprintf(p, sizeof p, "%s/%s", argv[i], e->d_name);
      n += replay_file(p) == 0;
    }
    if (dh)
      closedir(dh);
  }
  printf("replayed %zu inputs\n", n);
  return n ? 0 : 1;
}
