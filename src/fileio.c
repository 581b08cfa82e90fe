/* Reading inputs and writing outputs so that nothing is ever half-written. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "internal.h"
#include "util.h"

#define TMP_TAG ".isoexport-tmp-"

/* What a path that is not a regular file is, for the refusal. */
static const char *not_regular(mode_t mode) {
  if (S_ISDIR(mode))
    return "is a directory, not a document (use --all to convert a folder)";
  if (S_ISFIFO(mode))
    return "is a FIFO (named pipe), not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode))
    return "is a device, not a regular file";
  if (S_ISSOCK(mode))
    return "is a socket, not a regular file";
  return S_ISREG(mode) ? NULL : "is not a regular file";
}

static void too_large(iso_diags *d, const char *path, size_t max_bytes) {
  if (max_bytes >= 1024 * 1024 && max_bytes % (1024 * 1024) == 0)
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "file is larger than %zu MB; not read",
                 max_bytes / (1024 * 1024));
  else
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "file is larger than %zu bytes; not read",
                 max_bytes);
}

/* PATH opened for reading when it is a regular file of at most MAX_BYTES
 * (its status in *ST); -1 with a diagnostic otherwise. */
static int open_regular(const char *path, size_t max_bytes, struct stat *st,
                        iso_diags *d) {
  /* A FIFO would block open() and read() forever, a device such as
   * /dev/zero never ends, and merely opening some devices has effects: look
   * before opening, and check again on what was opened (it may have been
   * swapped in between). O_NONBLOCK keeps that open from waiting for a
   * FIFO's writer. */
  const char *why;
  if (stat(path, st) == 0 && (why = not_regular(st->st_mode)) != NULL) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "%s", why);
    return -1;
  }
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot open: %s",
                 strerror(errno));
    return -1;
  }
  if (fstat(fd, st) != 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot read: %s", strerror(errno));
    close(fd);
    return -1;
  }
  if ((why = not_regular(st->st_mode)) != NULL) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "%s", why);
    close(fd);
    return -1;
  }
  /* The size refuses a huge (or sparse) file at once */
  if (st->st_size > 0 && (unsigned long long)st->st_size > max_bytes) {
    too_large(d, path, max_bytes);
    close(fd);
    return -1;
  }
  return fd;
}

int iso_map_file(const char *path, size_t max_bytes, iso_map *m,
                 iso_diags *d) {
  m->data = NULL;
  m->len = 0;
  struct stat st;
  int fd = open_regular(path, max_bytes, &st, d);
  if (fd < 0)
    return -1;
  int rc = 0;
  if (st.st_size > 0) {
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot read: %s",
                   strerror(errno));
      rc = -1;
    } else {
      m->data = p;
      m->len = (size_t)st.st_size;
    }
  }
  close(fd);
  return rc;
}

void iso_unmap_file(iso_map *m) {
  if (m->data)
    munmap((void *)m->data, m->len);
  m->data = NULL;
  m->len = 0;
}

int iso_read_file_max(const char *path, size_t max_bytes, iso_buf *out,
                      iso_diags *d) {
  struct stat st;
  int fd = open_regular(path, max_bytes, &st, d);
  if (fd < 0)
    return -1;
  /* the read stops one byte past the limit all the same, for a file that
   * grows meanwhile */
  size_t total = 0;
  char chunk[65536];
  for (;;) {
    size_t left = max_bytes - total;
    size_t want = left < sizeof chunk ? left + 1 : sizeof chunk;
    ssize_t n = read(fd, chunk, want);
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
    total += (size_t)n;
    if (total > max_bytes) {
      too_large(d, path, max_bytes);
      close(fd);
      return -1;
    }
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

int iso_read_file(const char *path, iso_buf *out, iso_diags *d) {
  return iso_read_file_max(path, ISO_READ_MAX_BYTES, out, d);
}

/* Twelve letters and digits nobody can guess, so that nobody can plant a
 * link under the name beforehand (O_EXCL refuses one anyway; this keeps the
 * retries rare). */
static void random_suffix(char out[13]) {
  static const char set[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  static unsigned long long counter;
  unsigned char r[12];
  if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
    /* no entropy yet (early boot): guessable, still safe through O_EXCL */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    unsigned long long x = (unsigned long long)ts.tv_nsec ^
                           ((unsigned long long)ts.tv_sec << 30) ^
                           ((unsigned long long)getpid() << 12) ^ ++counter;
    for (size_t i = 0; i < sizeof r; i++) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      r[i] = (unsigned char)(x >> 56);
    }
  }
  for (size_t i = 0; i < sizeof r; i++)
    out[i] = set[r[i] % (sizeof set - 1)];
  out[12] = '\0';
}

/* Creates PATH's temporary file, ".BASE" TMP_TAG "PID.RANDOM" beside it:
 * exclusively and never through a link, whatever was planted in the
 * folder. The PID lets a later run remove a dead writer's leftovers. */
static int create_temp(const char *path, char **tmp_out, iso_diags *d) {
  char *dir = iso_dirname(path);
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = (dir ? strlen(dir) : 0) + strlen(base) + 64;
  char *tmp = dir ? malloc(n) : NULL;
  if (!tmp) {
    free(dir);
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
    return -1;
  }
  int fd = -1;
  for (int tries = 0; tries < 100 && fd < 0; tries++) {
    char suffix[13];
    random_suffix(suffix);
    snprintf(tmp, n, "%s/.%s" TMP_TAG "%ld.%s", dir, base, (long)getpid(), suffix);
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0 && errno != EEXIST)
      break;
  }
  free(dir);
  if (fd < 0) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot write: %s", strerror(errno));
    free(tmp);
    return -1;
  }
  *tmp_out = tmp;
  return fd;
}

/* An output replaces only a regular file (an earlier output) or nothing:
 * a link there is someone's choice or a trap (renaming over it would
 * silently change where it leads), and a folder or device is surely no
 * earlier output. Checked before the write and again before the rename. */
static int final_name_ok(const char *path, iso_diags *d) {
  struct stat st;
  if (lstat(path, &st) != 0)
    return 0; /* missing is fine; other problems surface at the write */
  if (S_ISLNK(st.st_mode)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0,
                 "is a symbolic link; not replaced (outputs are never written "
                 "through or over links)");
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0,
                 "exists and is not a regular file; not replaced");
    return -1;
  }
  return 0;
}

char *iso_write_temp_set(const char *path, const void *data, size_t len,
                         struct timespec *stamp, iso_diags *d) {
  if (final_name_ok(path, d))
    return NULL;
  char *tmp = NULL;
  int fd = create_temp(path, &tmp, d);
  if (fd < 0)
    return NULL;
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
  /* One modification time for a document's every output: a set whose times
   * differ (a run killed between the renames) is not up to date. */
  if (!err && stamp) {
    struct stat st;
    struct timespec times[2] = {{0, UTIME_OMIT}, *stamp};
    if (stamp->tv_sec == 0 && stamp->tv_nsec == 0) {
      if (fstat(fd, &st) == 0)
        *stamp = st.st_mtim;
      else
        err = errno;
    } else if (futimens(fd, times) != 0) {
      err = errno;
    }
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

char *iso_write_temp(const char *path, const void *data, size_t len,
                     iso_diags *d) {
  return iso_write_temp_set(path, data, len, NULL, d);
}

int iso_commit_temp(char *tmp, const char *path, iso_diags *d) {
  if (final_name_ok(path, d)) {
    iso_discard_temp(tmp);
    return -1;
  }
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

/* What follows the PID: nothing (the names of earlier versions) or "." and
 * the random letters and digits. */
static int temp_suffix(const char *s) {
  if (*s == '\0')
    return 1;
  if (*s++ != '.' || !*s)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
      return 0;
  return 1;
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
    if (pid <= 0 || !temp_suffix(end))
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
