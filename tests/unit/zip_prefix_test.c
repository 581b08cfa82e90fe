/* A part's repeated prefix deflated once per process (src/package/prefix.c):
 * the part reads back as written; its deflated bytes are the same whether
 * the prefix was kept or deflated afresh; a prefix that differs in one byte
 * is deflated again; a split at the part's end or beyond is no split. */
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "check.h"
#include "package/package.h"

/* NAME's bytes in OUT, inflated or (RAW) as stored, malloc'd; NULL if
 * absent. */
static char *part(const iso_buf *out, const char *name, int raw, size_t *len) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(out->data, out->len, 0, &err);
  zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
  char *data = NULL;
  zip_stat_t st;
  zip_flags_t fl = raw ? ZIP_FL_COMPRESSED : 0;
  if (za && zip_stat(za, name, 0, &st) == 0) {
    zip_uint64_t n = raw ? st.comp_size : st.size;
    zip_file_t *f = zip_fopen(za, name, fl);
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

/* A package holding TEXT under NAME, split after SPLIT bytes. */
static int package(const char *name, const char *text, size_t split,
                   iso_buf *out) {
  iso_zip *z = iso_zip_new(1773532800);
  iso_xml x;
  iso_xml_begin(&x);
  x.out.len = 0; /* the part is TEXT alone, without the XML declaration */
  iso_buf_append(&x.out, text, strlen(text));
  iso_zip_add_xml_split(z, name, &x, split);
  iso_buf_init(out);
  iso_diags *d = iso_diags_new();
  int rc = iso_zip_finish(z, out, d, "test");
  iso_diags_free(d);
  return rc;
}

static void holds(const iso_buf *out, const char *name, const char *want) {
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

static int kept(const char *name, const char *data, size_t len) {
  unsigned char *z = NULL;
  size_t zlen = 0;
  int rc = iso_zip_prefix(name, (const unsigned char *)data, len, &z, &zlen);
  free(z);
  return rc;
}

int main(void) {
  enum { PRE = 6000 };
  static char a[8192], b[8192], c[8192];
  for (size_t i = 0; i + 1 < sizeof a; i++)
    a[i] = (char)('a' + (i * 7 + i / 13) % 26);
  memcpy(b, a, sizeof b);
  memcpy(c, a, sizeof c);
  b[7000] = b[7000] == 'q' ? 'r' : 'q'; /* the documents' own part differs */
  c[100] = c[100] == 'q' ? 'r' : 'q';   /* the prefix differs */

  iso_buf p1, p2, p3, p4, p5, p6;
  CHECK(kept("s.xml", a, PRE) == 0); /* nothing kept yet: deflated now */
  CHECK(kept("s.xml", a, PRE) == 1); /* and then kept */
  CHECK_INT(package("s.xml", a, PRE, &p1), 0);
  CHECK_INT(package("s.xml", b, PRE, &p2), 0); /* the prefix from before */
  CHECK(kept("s.xml", c, PRE) == 0);           /* one byte differs */
  CHECK_INT(package("s.xml", c, PRE, &p3), 0);
  /* B under a name that kept nothing: its prefix deflated afresh */
  CHECK_INT(package("t.xml", b, PRE, &p4), 0);
  /* no split: at the part's end (its text and the newline) */
  CHECK_INT(package("u.xml", b, strlen(b) + 1, &p5), 0);
  CHECK_INT(package("v.xml", b, 0, &p6), 0);

  holds(&p1, "s.xml", a);
  holds(&p2, "s.xml", b);
  holds(&p3, "s.xml", c);
  holds(&p4, "t.xml", b);
  holds(&p5, "u.xml", b);
  holds(&p6, "v.xml", b);
  /* the bytes depend on the part and its split, not on what was kept */
  CHECK(same_raw(&p2, "s.xml", &p4, "t.xml"));
  /* a split at the end is none: the whole part deflated as one */
  CHECK(same_raw(&p5, "u.xml", &p6, "v.xml"));
  CHECK(!same_raw(&p4, "t.xml", &p6, "v.xml"));
  iso_buf *all[] = {&p1, &p2, &p3, &p4, &p5, &p6};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    iso_buf_free(all[i]);
  return check_done("zip_prefix_test");
}
