/* Subset fonts in memory files (see memfont.h). */
#define _GNU_SOURCE
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "memfont.h"

/* The subset of FILE's face, from the file mapped (the subsetter reads only
 * the tables and glyphs it needs, so most of the file is never paged in). */
static int subset_of(const char *file, unsigned index,
                     const pdf_charset *chars, unsigned char **out,
                     size_t *len) {
  int fd = open(file, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  struct stat st;
  int rc = -1;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map != MAP_FAILED) {
      rc = pdf_ttf_subset(map, (size_t)st.st_size, index, chars, out, len);
      munmap(map, (size_t)st.st_size);
    }
  }
  close(fd);
  return rc;
}

/* A 64-bit hash of the subset's bytes, eight at a time (FNV-1a's byte
 * loop over every subset was 3% of a Finnish batch). Not cryptographic: it
 * tells subsets apart for fontfile.c's names and reuse, which also compare
 * the font's name and glyphs. */
static uint64_t digest(const unsigned char *p, size_t n) {
  uint64_t h = 14695981039346656037u ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, sizeof w);
    h = (h ^ w) * 0x9E3779B97F4A7C15u;
    h ^= h >> 29;
  }
  for (; i < n; i++)
    h = (h ^ p[i]) * 1099511628211u;
  return h ^ (h >> 32);
}

static int write_all(int fd, const unsigned char *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w <= 0)
      return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

int pdf_memfont_make(pdf_memfont *m, const char *file, unsigned index,
                     const pdf_charset *chars) {
  m->fd = -1;
  m->digest = 0;
#ifdef HAVE_MEMFD_CREATE
  size_t len = 0;
  unsigned char *font = NULL;
  int rc = subset_of(file, index, chars, &font, &len);
  if (rc < 0)
    return rc;
  m->digest = digest(font, len);
  int fd = memfd_create("isoexport-font", MFD_CLOEXEC);
  int ok = fd >= 0 && write_all(fd, font, len) == 0;
  free(font);
  if (ok) {
    snprintf(m->path, sizeof m->path, "/proc/self/fd/%d", fd);
    ok = access(m->path, R_OK) == 0; /* no /proc (a bare chroot): no subset */
  }
  if (!ok) {
    if (fd >= 0)
      close(fd);
    return -1;
  }
  m->fd = fd;
  return 0;
#else
  (void)file;
  (void)index;
  (void)chars;
  return -1;
#endif
}

void pdf_memfont_close(pdf_memfont *m) {
  if (m->fd >= 0)
    close(m->fd);
  m->fd = -1;
}
