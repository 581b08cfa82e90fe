/* Reading inputs and writing outputs: only regular files are read, never
 * past the limit; temporary outputs get unpredictable names and one set of
 * outputs one modification time; nothing replaces a link. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "internal.h"

static char dir[64];

static char *in_dir(const char *name) {
  static char path[4][128];
  static int k;
  k = (k + 1) % 4;
  snprintf(path[k], sizeof path[k], "%s/%s", dir, name);
  return path[k];
}

static void put(const char *name, const char *data, size_t len) {
  FILE *f = fopen(in_dir(name), "wb");
  if (f) {
    fwrite(data, 1, len, f);
    fclose(f);
  }
}

static const char *first_message(iso_diags *d) {
  const iso_diag *g = iso_diags_get(d, 0);
  return g ? g->message : "(none)";
}

static void test_read_limit(void) {
  char data[100];
  memset(data, 'a', sizeof data);
  put("hundred", data, sizeof data);
  iso_diags *d = iso_diags_new();
  iso_buf b;
  iso_buf_init(&b);
  CHECK_INT(iso_read_file_max(in_dir("hundred"), 100, &b, d), 0);
  CHECK_INT(b.len, 100);
  iso_buf_free(&b);
  iso_buf_init(&b);
  CHECK_INT(iso_read_file_max(in_dir("hundred"), 99, &b, d), -1);
  CHECK_STR(first_message(d), "file is larger than 99 bytes; not read");
  iso_buf_free(&b);
  iso_diags_clear(d);
  put("empty", "", 0);
  iso_buf_init(&b);
  CHECK_INT(iso_read_file_max(in_dir("empty"), 0, &b, d), 0);
  CHECK(b.data != NULL && b.len == 0);
  iso_buf_free(&b);
  /* the default limit is named in MB */
  iso_buf_init(&b);
  CHECK_INT(truncate(in_dir("hundred"), (off_t)ISO_READ_MAX_BYTES + 1), 0);
  CHECK_INT(iso_read_file(in_dir("hundred"), &b, d), -1);
  CHECK_STR(first_message(d), "file is larger than 32 MB; not read");
  CHECK_INT(b.len, 0); /* refused from its size, nothing read */
  iso_buf_free(&b);
  iso_diags_free(d);
}

static void test_not_regular(void) {
  iso_diags *d = iso_diags_new();
  iso_buf b;
  iso_buf_init(&b);
  CHECK_INT(mkfifo(in_dir("fifo"), 0600), 0);
  CHECK_INT(iso_read_file(in_dir("fifo"), &b, d), -1); /* and does not block */
  CHECK_STR(first_message(d), "is a FIFO (named pipe), not a regular file");
  iso_diags_clear(d);
  CHECK_INT(iso_read_file("/dev/null", &b, d), -1);
  CHECK_STR(first_message(d), "is a device, not a regular file");
  iso_diags_clear(d);
  CHECK_INT(iso_read_file(dir, &b, d), -1);
  CHECK_STR(first_message(d),
            "is a directory, not a document (use --all to convert a folder)");
  iso_buf_free(&b);
  iso_diags_free(d);
}

/* ".out.txt.isoexport-tmp-PID." and twelve letters or digits */
static int temp_name_ok(const char *tmp) {
  char want[160];
  snprintf(want, sizeof want, "%s/.out.txt.isoexport-tmp-%ld.", dir, (long)getpid());
  if (strncmp(tmp, want, strlen(want)) != 0)
    return 0;
  const char *s = tmp + strlen(want);
  if (strlen(s) != 12)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
      return 0;
  return 1;
}

static void test_temps(void) {
  iso_diags *d = iso_diags_new();
  char *out = in_dir("out.txt");
  char *a = iso_write_temp(out, "one", 3, d);
  char *b = iso_write_temp(out, "two", 3, d);
  CHECK(a && b && strcmp(a, b) != 0);
  CHECK(a && temp_name_ok(a));
  struct stat st;
  CHECK(a && stat(a, &st) == 0 && (st.st_mode & 0777) == 0644);
  iso_discard_temp(b);
  CHECK_INT(iso_commit_temp(a, out, d), 0);
  CHECK_INT(iso_diags_count(d), 0);

  /* a link at the final name is neither written through nor replaced */
  put("target", "precious", 8);
  char *link = in_dir("link.txt");
  CHECK_INT(symlink("target", link), 0);
  CHECK(iso_write_temp(link, "new", 3, d) == NULL);
  CHECK_STR(first_message(d), "is a symbolic link; not replaced (outputs are never "
                              "written through or over links)");
  iso_diags_clear(d);
  CHECK_INT(iso_write_file_atomic(link, "new", 3, d), -1);
  iso_diags_clear(d);
  /* nor when it appears between the write and the rename */
  char *late = in_dir("late.txt");
  char *t = iso_write_temp(late, "new", 3, d);
  CHECK(t != NULL);
  CHECK_INT(symlink("target", late), 0);
  CHECK_INT(iso_commit_temp(t, late, d), -1);
  CHECK(lstat(late, &st) == 0 && S_ISLNK(st.st_mode));
  iso_buf r;
  iso_buf_init(&r);
  CHECK(iso_read_file(in_dir("target"), &r, d) == 0 && r.len == 8 &&
        memcmp(r.data, "precious", 8) == 0);
  iso_buf_free(&r);
  iso_diags_free(d);
}

static void test_one_time_per_set(void) {
  iso_diags *d = iso_diags_new();
  struct timespec stamp = {0, 0};
  char *p1 = in_dir("set.a"), *p2 = in_dir("set.b");
  char *t1 = iso_write_temp_set(p1, "a", 1, &stamp, d);
  usleep(20000); /* the second file is written later */
  char *t2 = iso_write_temp_set(p2, "b", 1, &stamp, d);
  CHECK(t1 && t2 && stamp.tv_sec != 0);
  CHECK_INT(iso_commit_temp(t1, p1, d), 0);
  CHECK_INT(iso_commit_temp(t2, p2, d), 0);
  struct stat a, b;
  CHECK(stat(p1, &a) == 0 && stat(p2, &b) == 0);
  CHECK(a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec);
  CHECK(a.st_mtim.tv_sec == stamp.tv_sec && a.st_mtim.tv_nsec == stamp.tv_nsec);
  iso_diags_free(d);
}

static void test_stale(void) {
  put(".x.pdf.isoexport-tmp-999999999.k3x9q0a7bz1m", "", 0);
  put(".x.pdf.isoexport-tmp-999999999", "", 0);
  put(".x.pdf.isoexport-tmp-999999999.NotOurs", "", 0);
  put(".x.pdf.isoexport-tmp-999999999.", "", 0);
  CHECK_INT(iso_remove_stale_temps(dir), 2);
  CHECK(access(in_dir(".x.pdf.isoexport-tmp-999999999.NotOurs"), F_OK) == 0);
  CHECK(access(in_dir(".x.pdf.isoexport-tmp-999999999."), F_OK) == 0);
}

int main(void) {
  umask(022);
  snprintf(dir, sizeof dir, "%s", "/tmp/iso-fileio-XXXXXX");
  if (!mkdtemp(dir))
    return 99;
  test_read_limit();
  test_not_regular();
  test_temps();
  test_one_time_per_set();
  test_stale();
  char cmd[96];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", dir);
  return check_done("fileio_test");
}
