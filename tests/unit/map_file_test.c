/* iso_map_file (src/fileio.c): a regular file maps to its bytes; an empty
 * one to no data; a FIFO, a folder or a file over the limit is refused with
 * iso_read_file_max's messages, and a FIFO without waiting for a writer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "internal.h"

static char dir[] = "/tmp/isoexport-map-XXXXXX";

static char *at(const char *name) {
  static char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return path;
}

static void write_file(const char *name, const char *text) {
  FILE *f = fopen(at(name), "wb");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

/* The first diagnostic's message, or "" */
static const char *refusal(const char *name, size_t max) {
  static char msg[256];
  iso_diags *d = iso_diags_new();
  iso_map m;
  int rc = iso_map_file(at(name), max, &m, d);
  CHECK_INT(rc, -1);
  CHECK(m.data == NULL && m.len == 0);
  snprintf(msg, sizeof msg, "%s",
           iso_diags_count(d) ? iso_diags_get(d, 0)->message : "");
  iso_diags_free(d);
  return msg;
}

int main(void) {
  CHECK(mkdtemp(dir) != NULL);
  write_file("font.ttf", "äöå € – ≤ and more");
  write_file("empty", "");
  CHECK(mkfifo(at("fifo"), 0600) == 0);
  CHECK(mkdir(at("folder"), 0700) == 0);

  iso_map m;
  CHECK_INT(iso_map_file(at("font.ttf"), 1024, &m, NULL), 0);
  CHECK_INT(m.len, strlen("äöå € – ≤ and more"));
  CHECK(m.data && memcmp(m.data, "äöå € – ≤ and more", m.len) == 0);
  iso_unmap_file(&m);
  CHECK(m.data == NULL && m.len == 0);

  CHECK_INT(iso_map_file(at("empty"), 1024, &m, NULL), 0);
  CHECK(m.data == NULL && m.len == 0);
  iso_unmap_file(&m);

  CHECK_STR(refusal("fifo", 1024), "is a FIFO (named pipe), not a regular file");
  CHECK(strstr(refusal("folder", 1024), "is a directory") != NULL);
  CHECK_STR(refusal("font.ttf", 8), "file is larger than 8 bytes; not read");
  CHECK(strstr(refusal("missing", 1024), "cannot open") != NULL);

  unlink(at("font.ttf"));
  unlink(at("empty"));
  unlink(at("fifo"));
  rmdir(at("folder"));
  rmdir(dir);
  return check_done("map_file_test");
}
