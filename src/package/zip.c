/* Deterministic ZIP packages in memory through libzip. */
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "deflater.h"
#include "package.h"
#include "util.h"

struct entry {
  char *name;
  unsigned char *data;
  size_t len;
  int store;
  size_t split; /* see iso_zip_add_xml_split; 0: none */
};

struct iso_zip {
  struct entry *e;
  size_t n, cap;
  long long timestamp;
  int failed;
};

iso_zip *iso_zip_new(long long timestamp) {
  iso_zip *z = calloc(1, sizeof *z);
  if (z)
    z->timestamp = timestamp;
  return z;
}

void iso_zip_free(iso_zip *z) {
  if (!z)
    return;
  for (size_t i = 0; i < z->n; i++) {
    free(z->e[i].name);
    free(z->e[i].data);
  }
  free(z->e);
  free(z);
}

int iso_zip_add(iso_zip *z, const char *name, unsigned char *data, size_t len,
                int store) {
  if (!z || z->failed || !data) {
    free(data);
    if (z)
      z->failed = 1;
    return -1;
  }
  if (z->n == z->cap) {
    size_t cap = z->cap ? z->cap * 2 : 16;
    struct entry *e = realloc(z->e, cap * sizeof *e);
    if (!e) {
      free(data);
      z->failed = 1;
      return -1;
    }
    z->e = e;
    z->cap = cap;
  }
  char *nm = iso_strdup(name);
  if (!nm) {
    free(data);
    z->failed = 1;
    return -1;
  }
  z->e[z->n++] = (struct entry){nm, data, len, store, 0};
  return 0;
}

int iso_zip_add_xml(iso_zip *z, const char *name, iso_xml *x) {
  unsigned char *data;
  size_t len;
  if (iso_xml_finish(x, &data, &len)) {
    if (z)
      z->failed = 1;
    return -1;
  }
  return iso_zip_add(z, name, data, len, 0);
}

int iso_zip_add_xml_split(iso_zip *z, const char *name, iso_xml *x,
                          size_t split) {
  if (iso_zip_add_xml(z, name, x))
    return -1;
  struct entry *e = &z->e[z->n - 1];
  e->split = split < e->len ? split : 0;
  return 0;
}

int iso_zip_add_copy(iso_zip *z, const char *name, const void *data, size_t len,
                     int store) {
  unsigned char *p = malloc(len ? len : 1);
  if (!p) {
    if (z)
      z->failed = 1;
    return -1;
  }
  memcpy(p, data, len);
  return iso_zip_add(z, name, p, len, store);
}

/* MS-DOS date and time, which is what a ZIP entry carries (from 1980). */
static void dos_time(long long t, zip_uint16_t *dtime, zip_uint16_t *ddate) {
  if (t < 315532800LL)
    t = 315532800LL;
  iso_date d = iso_date_from_epoch(t);
  if (d.year > 2107) {
    d.year = 2107, d.month = 12, d.day = 31;
    t = iso_date_epoch(d);
  }
  long long secs = t - iso_date_epoch(d);
  int hh = (int)(secs / 3600), mm = (int)(secs / 60 % 60), ss = (int)(secs % 60);
  *dtime = (zip_uint16_t)((hh << 11) | (mm << 5) | (ss / 2));
  *ddate = (zip_uint16_t)(((d.year - 1980) << 9) | (d.month << 5) | d.day);
}

/* An entry deflated already: libzip copies data whose compression method
 * is the entry's as it is (add_data in libzip's zip_close.c), taking the
 * size and CRC from the source's stat. libzip's own path deflates with
 * zlib, setting up a deflate stream (a quarter of a megabyte cleared) for
 * each of a package's dozen or more parts. */
typedef struct deflated {
  unsigned char *z; /* raw deflate */
  size_t zlen, size, pos;
  zip_uint32_t crc;
  zip_error_t error;
} deflated;

static zip_int64_t deflated_cb(void *ud, void *data, zip_uint64_t len,
                               zip_source_cmd_t cmd) {
  deflated *d = ud;
  switch (cmd) {
  case ZIP_SOURCE_OPEN:
    d->pos = 0;
    return 0;
  case ZIP_SOURCE_READ: {
    size_t n = d->zlen - d->pos;
    if (n > len)
      n = (size_t)len;
    memcpy(data, d->z + d->pos, n);
    d->pos += n;
    return (zip_int64_t)n;
  }
  case ZIP_SOURCE_CLOSE:
    return 0;
  case ZIP_SOURCE_STAT: {
    zip_stat_t *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &d->error);
    if (!st)
      return -1;
    zip_stat_init(st);
    st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD |
                ZIP_STAT_CRC;
    st->size = d->size;
    st->comp_size = d->zlen;
    st->comp_method = ZIP_CM_DEFLATE;
    st->crc = d->crc;
    return sizeof *st;
  }
  case ZIP_SOURCE_ERROR:
    return zip_error_to_data(&d->error, data, len);
  case ZIP_SOURCE_FREE:
    free(d->z);
    zip_error_fini(&d->error);
    free(d);
    return 0;
  case ZIP_SOURCE_SUPPORTS:
    return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                          ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                          ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                          -1);
  default:
    zip_error_set(&d->error, ZIP_ER_OPNOTSUPP, 0);
    return -1;
  }
}

/* E's data deflated by C into a new *Z, after its split prefix deflated
 * (or kept) by prefix.c; *ZLEN 0 when C's output did not fit. */
static int deflate_part(struct libdeflate_compressor *c, const struct entry *e,
                        unsigned char **z, size_t *zlen) {
  unsigned char *pre = NULL;
  size_t plen = 0, at = e->split;
  if (at && iso_zip_prefix(e->name, e->data, at, &pre, &plen) < 0)
    return -1;
  size_t cap = libdeflate_deflate_compress_bound(c, e->len - at);
  unsigned char *out = cap <= (size_t)-1 - plen ? malloc(plen + cap) : NULL;
  if (!out) {
    free(pre);
    return -1;
  }
  if (plen)
    memcpy(out, pre, plen);
  free(pre);
  size_t n = libdeflate_deflate_compress(c, e->data + at, e->len - at,
                                         out + plen, cap);
  *z = out;
  *zlen = n ? plen + n : 0;
  return 0;
}

/* E's data deflated by C (or as deflated for the same bytes before,
 * reuse.c) into a source of ZA; NULL when out of memory. A part deflated
 * here goes to reuse.c, which takes E's data: the source reads the
 * deflated copy only. */
static zip_source_t *deflated_source(zip_t *za, struct libdeflate_compressor *c,
                                     struct entry *e) {
  deflated *d = calloc(1, sizeof *d);
  if (!d)
    return NULL;
  d->size = e->len;
  if (!iso_zip_reused(e->name, e->data, e->len, &d->z, &d->zlen, &d->crc)) {
    if (deflate_part(c, e, &d->z, &d->zlen)) {
      free(d);
      return NULL;
    }
    d->crc = (zip_uint32_t)libdeflate_crc32(0, e->data, e->len);
    if (d->zlen) {
      iso_zip_keep(e->name, e->data, e->len, d->z, d->zlen, d->crc);
      e->data = NULL;
    }
  }
  zip_error_init(&d->error);
  zip_source_t *s = d->zlen ? zip_source_function(za, deflated_cb, d) : NULL;
  if (!s) {
    free(d->z);
    zip_error_fini(&d->error);
    free(d);
  }
  return s;
}

/* libdeflate's level 6: over the samples' packages every part is smaller
 * than zlib's level 1, which libzip used here, made it (a sixth smaller
 * in all), in a sixth of the time. */
#define LEVEL 6

static int add_entries(iso_zip *z, zip_t *za) {
  zip_uint16_t dtime, ddate;
  dos_time(z->timestamp, &dtime, &ddate);
  struct libdeflate_compressor *c = iso_deflater(LEVEL);
  if (!c)
    return -1;
  int rc = 0;
  for (size_t i = 0; i < z->n && rc == 0; i++) {
    struct entry *e = &z->e[i];
    /* The entries keep their data until the archive is closed: handing it to
     * libzip (freep=1) makes its ownership unclear when creating the source
     * fails half-way (libzip 1.7 then frees it itself). */
    zip_source_t *s = e->store ? zip_source_buffer(za, e->data, e->len, 0)
                               : deflated_source(za, c, e);
    if (!s) {
      rc = -1;
      break;
    }
    zip_int64_t idx = zip_file_add(za, e->name, s, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(s);
      rc = -1;
      break;
    }
    zip_uint64_t ui = (zip_uint64_t)idx;
    if (zip_set_file_compression(za, ui, e->store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 0) < 0 ||
        zip_file_set_dostime(za, ui, dtime, ddate, 0) < 0 ||
        zip_file_set_external_attributes(za, ui, 0, ZIP_OPSYS_UNIX,
                                         0100644u << 16) < 0)
      rc = -1;
  }
  return rc;
}

static int read_source(zip_source_t *src, iso_buf *out) {
  zip_stat_t st;
  if (zip_source_open(src) < 0)
    return -1;
  int rc = -1;
  if (zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    char chunk[65536];
    zip_int64_t n;
    rc = 0;
    while ((n = zip_source_read(src, chunk, sizeof chunk)) > 0)
      if (iso_buf_append(out, chunk, (size_t)n))
        rc = -1;
    if (n < 0)
      rc = -1;
  }
  zip_source_close(src);
  return rc;
}

int iso_zip_finish(iso_zip *z, iso_buf *out, iso_diags *d, const char *what) {
  if (!z || z->failed) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0,
                 "%s: out of memory while building the package", what);
    iso_zip_free(z);
    return -1;
  }
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
  zip_t *za = NULL;
  int rc = -1;
  /* On success the archive owns SRC and frees it at close: keep one more
   * reference to read the result. On failure SRC is still only ours. */
  if (src && (za = zip_open_from_source(src, ZIP_TRUNCATE, &err)) != NULL)
    zip_source_keep(src);
  if (za && add_entries(z, za) == 0) {
    if (zip_close(za) == 0) {
      za = NULL;
      rc = read_source(src, out);
    }
  }
  if (rc) {
    const char *msg = za ? zip_strerror(za) : zip_error_strerror(&err);
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "%s: cannot build the package: %s",
                 what, msg ? msg : "unknown error");
  }
  if (za)
    zip_discard(za);
  if (src)
    zip_source_free(src);
  zip_error_fini(&err);
  iso_zip_free(z);
  return rc;
}
