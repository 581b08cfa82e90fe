/* Reading inputs and writing outputs so that nothing is ever half-written. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "isoexport.h"
#include "util.h"

#define TMP_TAG ".isoexport-tmp-"

int iso_read_file(const char *path, iso_buf *out, iso_diags *d) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot open: %s",
                 strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0,
                 "is a directory, not a document (use --all to convert a folder)");
    close(fd);
    return -1;
  }
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot read: %s",
                   strerror(errno));
      close(fd);
      return -1;
    }
    if (n == 0)
      break;
    if (iso_buf_append(out, chunk, (size_t)n)) {
      iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory reading the file");
      close(fd);
      return -1;
    }
  }
  close(fd);
  if (iso_buf_append(out, "", 0)) { /* make sure data is not NULL */
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory reading the file");
    return -1;
  }
  return 0;
}

static char *temp_name(const char *path) {
  char *dir = iso_dirname(path);
  if (!dir)
    return NULL;
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(dir) + strlen(base) + 64;
  char *tmp = malloc(n);
  if (tmp)
    snprintf(tmp, n, "%s/.%s" TMP_TAG "%ld", dir, base, (long)getpid());
  free(dir);
  return tmp;
}

char *iso_write_temp(const char *path, const void *data, size_t len,
                     iso_diags *d) {
  char *tmp = temp_name(path);
  if (!tmp) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
    return NULL;
  }
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot write: %s",
                 strerror(errno));
    free(tmp);
    return NULL;
  }
  const unsigned char *p = data;
  size_t left = len;
  int err = 0;
  while (left > 0) {
    ssize_t n = write(fd, p, left);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      err = errno;
      break;
    }
    p += n;
    left -= (size_t)n;
  }
  /* fsync before the rename: after a crash the final name holds either the
   * old or the new complete file, never an empty one. */
  if (!err && fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
    err = errno;
  if (close(fd) != 0 && !err)
    err = errno;
  if (err) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot write: %s",
                 strerror(err));
    iso_discard_temp(tmp);
    return NULL;
  }
  return tmp;
}

int iso_commit_temp(char *tmp, const char *path, iso_diags *d) {
  if (rename(tmp, path) != 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot write: %s",
                 strerror(errno));
    iso_discard_temp(tmp);
    return -1;
  }
  free(tmp);
  return 0;
}

void iso_discard_temp(char *tmp) {
  if (tmp)
    unlink(tmp);
  free(tmp);
}

int iso_write_file_atomic(const char *path, const void *data, size_t len,
                          iso_diags *d) {
  char *tmp = iso_write_temp(path, data, len, d);
  return tmp ? iso_commit_temp(tmp, path, d) : -1;
}

int iso_remove_stale_temps(const char *dir) {
  DIR *dh = opendir(dir);
  if (!dh)
    return 0;
  int removed = 0;
  struct dirent *e;
  while ((e = readdir(dh)) != NULL) {
    if (e->d_name[0] != '.')
      continue;
    const char *tag = strstr(e->d_name, TMP_TAG);
    if (!tag)
      continue;
    char *end;
    long pid = strtol(tag + strlen(TMP_TAG), &end, 10);
    if (*end != '\0' || pid <= 0)
      continue;
    /* Only a dead writer's leftovers: a running conversion keeps its file. */
    if (pid != (long)getpid() && kill((pid_t)pid, 0) == 0)
      continue;
    if (pid != (long)getpid() && errno != ESRCH)
      continue;
    char *full = iso_path_join(dir, e->d_name);
    if (full && unlink(full) == 0)
      removed++;
    free(full);
  }
  closedir(dh);
  return removed;
}
