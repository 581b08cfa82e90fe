/* Parts deflated once per process (src/package/reuse.c): a part is reused
 * only for the same name and the same bytes; a part of the same name and
 * length that differs in one byte is deflated afresh, and every package
 * reads back as the parts it was given. */
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "check.h"
#include "package/package.h"

/* The bytes of NAME in the package OUT, malloc'd, *LEN; NULL if absent. */
static char *part(const iso_buf *out, const char *name, size_t *len) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(out->data, out->len, 0, &err);
  zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
  char *data = NULL;
  zip_stat_t st;
  if (za && zip_stat(za, name, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    zip_file_t *f = zip_fopen(za, name, 0);
    data = malloc(st.size + 1);
    if (f && data && zip_fread(f, data, st.size) == (zip_int64_t)st.size)
      *len = (size_t)st.size;
    else {
      free(data);
      data = NULL;
    }
    if (f)
      zip_fclose(f);
  }
  if (za)
    zip_close(za);
  else if (src)
    zip_source_free(src);
  zip_error_fini(&err);
  return data;
}

/* A package of STYLES under word/styles.xml and a part of its own. */
static int package(const char *styles, const char *own, iso_buf *out) {
  iso_zip *z = iso_zip_new(1773532800);
  iso_zip_add_copy(z, "word/styles.xml", styles, strlen(styles), 0);
  iso_zip_add_copy(z, "word/document.xml", own, strlen(own), 0);
  iso_buf_init(out);
  iso_diags *d = iso_diags_new();
  int rc = iso_zip_finish(z, out, d, "test");
  iso_diags_free(d);
  return rc;
}

static void holds(const iso_buf *out, const char *name, const char *want) {
  size_t len = 0;
  char *got = part(out, name, &len);
  CHECK(got != NULL);
  if (got) {
    CHECK_INT(len, strlen(want));
    CHECK(len == strlen(want) && memcmp(got, want, len) == 0);
  }
  free(got);
}

static int kept(const char *name, const char *data) {
  unsigned char *z = NULL;
  size_t zlen = 0;
  uint32_t crc = 0;
  int hit = iso_zip_reused(name, (const unsigned char *)data, strlen(data),
                           &z, &zlen, &crc);
  free(z);
  return hit;
}

int main(void) {
  /* long enough for deflate to find matches, differing in one byte */
  char x[4096], y[4096];
  for (size_t i = 0; i + 1 < sizeof x; i++)
    x[i] = (char)('a' + (i * 7 + i / 13) % 26);
  x[sizeof x - 1] = 0;
  memcpy(y, x, sizeof y);
  y[2000] = y[2000] == 'q' ? 'r' : 'q';

  CHECK(!kept("word/styles.xml", x));
  iso_buf a, b, c;
  CHECK_INT(package(x, "<first/>", &a), 0);
  CHECK(kept("word/styles.xml", x));
  CHECK(!kept("word/styles.xml", y));          /* one byte differs */
  CHECK(!kept("word/numbering.xml", x));       /* another name */
  CHECK_INT(package(y, "<second/>", &b), 0);
  CHECK(kept("word/styles.xml", y));
  CHECK(!kept("word/styles.xml", x));          /* the name holds Y now */
  CHECK_INT(package(x, "<first/>", &c), 0);

  holds(&a, "word/styles.xml", x);
  holds(&a, "word/document.xml", "<first/>");
  holds(&b, "word/styles.xml", y);
  holds(&b, "word/document.xml", "<second/>");
  holds(&c, "word/styles.xml", x);
  /* the same parts give the same package, deflated or reused */
  CHECK(a.len == c.len && memcmp(a.data, c.data, a.len) == 0);
  iso_buf_free(&a);
  iso_buf_free(&b);
  iso_buf_free(&c);
  return check_done("zip_reuse_test");
}
