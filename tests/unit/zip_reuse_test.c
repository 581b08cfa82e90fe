/* Parts deflated once per process (src/package/reuse.c): a part is reused
 * only for the same name and the same bytes; a part of the same name and
 * length that differs in one byte is deflated afresh, and every package
 * reads back as the parts it was given. A part's repeated prefix deflated
 * once per process (src/package/prefix.c): the part reads back as written;
 * its deflated bytes are the same whether the prefix was kept or deflated
 * afresh; a prefix that differs in one byte is deflated again; a split at
 * the part's end is no split. */
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "check.h"
#include "package/package.h"

/* The bytes of NAME in the package OUT, inflated or (RAW) as stored,
 * malloc'd, *LEN; NULL if absent. */
static char *part(const iso_buf *out, const char *name, int raw, size_t *len) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(out->data, out->len, 0, &err);
  zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
  char *data = NULL;
  zip_stat_t st;
  if (za && zip_stat(za, name, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
    zip_uint64_t n = raw ? st.comp_size : st.size;
    zip_file_t *f = zip_fopen(za, name, raw ? ZIP_FL_COMPRESSED : 0);
    data = malloc(n + 1);
    if (f && data && zip_fread(f, data, n) == (zip_int64_t)n)
      *len = (size_t)n;
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

/* Z built into OUT: 0, or -1. */
static int finish(iso_zip *z, iso_buf *out) {
  iso_buf_init(out);
  iso_diags *d = iso_diags_new();
  int rc = iso_zip_finish(z, out, d, "test");
  iso_diags_free(d);
  return rc;
}

/* A package of STYLES under word/styles.xml and a part of its own. */
static int package(const char *styles, const char *own, iso_buf *out) {
  iso_zip *z = iso_zip_new(1773532800);
  iso_zip_add_copy(z, "word/styles.xml", styles, strlen(styles), 0);
  iso_zip_add_copy(z, "word/document.xml", own, strlen(own), 0);
  return finish(z, out);
}

static void holds(const iso_buf *out, const char *name, const char *want) {
  size_t len = 0;
  char *got = part(out, name, 0, &len);
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

/* A package holding TEXT under NAME, split after SPLIT bytes. */
static int package_split(const char *name, const char *text, size_t split,
                         iso_buf *out) {
  iso_zip *z = iso_zip_new(1773532800);
  iso_xml x;
  iso_xml_begin(&x);
  x.out.len = 0; /* the part is TEXT alone, without the XML declaration */
  iso_buf_append(&x.out, text, strlen(text));
  iso_zip_add_xml_split(z, name, &x, split);
  return finish(z, out);
}

static void holds_xml(const iso_buf *out, const char *name, const char *want) {
  size_t len = 0;
  char *got = part(out, name, 0, &len);
  CHECK(got != NULL);
  /* iso_xml_finish ends the part with a newline */
  CHECK(got && len == strlen(want) + 1 && memcmp(got, want, len - 1) == 0 &&
        got[len - 1] == '\n');
  free(got);
}

static int same_raw(const iso_buf *a, const char *na, const iso_buf *b,
                    const char *nb) {
  size_t la = 0, lb = 0;
  char *x = part(a, na, 1, &la), *y = part(b, nb, 1, &lb);
  int same = x && y && la == lb && memcmp(x, y, la) == 0;
  free(x);
  free(y);
  return same;
}

static int prefix_kept(const char *name, const char *data, size_t len) {
  unsigned char *z = NULL;
  size_t zlen = 0;
  int rc = iso_zip_prefix(name, (const unsigned char *)data, len, &z, &zlen);
  free(z);
  return rc;
}

static void prefixes(void) {
  enum { PRE = 6000 };
  static char a[8192], b[8192], c[8192];
  for (size_t i = 0; i + 1 < sizeof a; i++)
    a[i] = (char)('a' + (i * 7 + i / 13) % 26);
  memcpy(b, a, sizeof b);
  memcpy(c, a, sizeof c);
  b[7000] = b[7000] == 'q' ? 'r' : 'q'; /* the documents' own part differs */
  c[100] = c[100] == 'q' ? 'r' : 'q';   /* the prefix differs */

  iso_buf p1, p2, p3, p4, p5, p6;
  CHECK(prefix_kept("s.xml", a, PRE) == 0); /* nothing kept yet: deflated now */
  CHECK(prefix_kept("s.xml", a, PRE) == 1); /* and then kept */
  CHECK_INT(package_split("s.xml", a, PRE, &p1), 0);
  /* the prefix kept from before; then one that differs in a byte */
  CHECK_INT(package_split("s.xml", b, PRE, &p2), 0);
  CHECK(prefix_kept("s.xml", c, PRE) == 0);
  CHECK_INT(package_split("s.xml", c, PRE, &p3), 0);
  /* B under a name that kept nothing: its prefix deflated afresh */
  CHECK_INT(package_split("t.xml", b, PRE, &p4), 0);
  /* no split: at the part's end (its text and the newline) */
  CHECK_INT(package_split("u.xml", b, strlen(b) + 1, &p5), 0);
  CHECK_INT(package_split("v.xml", b, 0, &p6), 0);

  holds_xml(&p1, "s.xml", a);
  holds_xml(&p2, "s.xml", b);
  holds_xml(&p3, "s.xml", c);
  holds_xml(&p4, "t.xml", b);
  holds_xml(&p5, "u.xml", b);
  holds_xml(&p6, "v.xml", b);
  /* the bytes depend on the part and its split, not on what was kept */
  CHECK(same_raw(&p2, "s.xml", &p4, "t.xml"));
  /* a split at the end is none: the whole part deflated as one */
  CHECK(same_raw(&p5, "u.xml", &p6, "v.xml"));
  CHECK(!same_raw(&p4, "t.xml", &p6, "v.xml"));
  iso_buf *all[] = {&p1, &p2, &p3, &p4, &p5, &p6};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    iso_buf_free(all[i]);
}

int main(void) {
  prefixes();
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
