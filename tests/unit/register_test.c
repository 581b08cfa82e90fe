/* The register's library part: days to a review across months and leap
 * years, the order of reviews due, duplicate ids with both positions, CSV
 * quoting and formula defusing, SHA-256 against a known digest, and the
 * register document's shape. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"
#include "register.h"

static iso_date day(const char *s) {
  iso_date d = {0, 0, 0};
  iso_date_parse(s, &d);
  return d;
}

static iso_reg_entry *entry(iso_register *r, const char *file, const char *id,
                            const char *next, int line) {
  iso_reg_entry *e = iso_register_add(r, file, file);
  iso_meta m;
  memset(&m, 0, sizeof m);
  m.id = (char *)id;
  m.title = (char *)"T";
  m.owner = (char *)"O";
  m.next_review = day(next);
  m.id_line = line;
  m.id_column = 7;
  m.review_line = line + 5;
  iso_reg_entry_set_meta(e, &m);
  return e;
}

static void test_days(void) {
  iso_register r;
  iso_register_init(&r);
  iso_reg_entry *e = entry(&r, "a.yaml", "A", "2028-03-01", 2);
  CHECK_INT(iso_reg_days_until(e, day("2028-02-28")), 2); /* 2028 is a leap year */
  CHECK_INT(iso_reg_days_until(e, day("2028-03-01")), 0);
  CHECK_INT(iso_reg_days_until(e, day("2028-03-04")), -3);
  CHECK_INT(iso_reg_days_until(e, day("2027-03-01")), 366);
  iso_register_free(&r);
}

static void test_due_order(void) {
  iso_register r;
  iso_register_init(&r);
  entry(&r, "far.yaml", "F", "2027-06-01", 2);
  entry(&r, "b.yaml", "B", "2026-11-28", 2);
  entry(&r, "a.yaml", "A", "2026-11-28", 2);
  entry(&r, "old.yaml", "O", "2025-01-01", 2);
  entry(&r, "soon.yaml", "S", "2026-12-20", 2);
  iso_register_add(&r, "failed.yaml", "failed.yaml"); /* not loaded: never due */
  size_t *idx;
  size_t n = iso_due_select(&r, day("2026-12-01"), 30, &idx);
  CHECK_INT(n, 4);
  if (n == 4) {
    CHECK_STR(r.items[idx[0]].file, "old.yaml");
    CHECK_STR(r.items[idx[1]].file, "a.yaml"); /* same day: by file name */
    CHECK_STR(r.items[idx[2]].file, "b.yaml");
    CHECK_STR(r.items[idx[3]].file, "soon.yaml");
  }
  free(idx);
  CHECK_INT(iso_due_select(&r, day("2024-01-01"), 0, &idx), 0);
  CHECK(idx == NULL);
  iso_register_free(&r);
}

static void test_sort_and_duplicates(void) {
  iso_register r;
  iso_register_init(&r);
  entry(&r, "z.yaml", "POL-2", "2027-01-01", 4);
  iso_reg_entry_set_error(iso_register_add(&r, "bad.yaml", "bad.yaml"),
                          "bad.yaml:3:1: error: broken\nsecond line");
  entry(&r, "b.yaml", "POL-1", "2027-01-01", 2);
  entry(&r, "a.yaml", "POL-1", "2027-01-01", 3);
  iso_diags *d = iso_diags_new();
  CHECK_INT(iso_register_sort(&r, d), 1);
  CHECK_STR(r.items[0].file, "a.yaml");
  CHECK_STR(r.items[1].file, "b.yaml");
  CHECK_STR(r.items[2].file, "z.yaml");
  CHECK_STR(r.items[3].file, "bad.yaml"); /* no id known: last */
  CHECK_STR(r.items[3].error, "bad.yaml:3:1: error: broken");
  CHECK_INT(iso_diags_errors(d), 1);
  char *s = iso_diag_format(iso_diags_get(d, 0));
  CHECK_STR(s, "b.yaml:2:7: error: duplicate id 'POL-1': a.yaml:3:7 has the same id "
               "(every document of a register needs its own)");
  free(s);
  iso_diags_free(d);
  iso_register_free(&r);
}

static void test_csv(void) {
  iso_buf b;
  iso_buf_init(&b);
  iso_csv_field(&b, "plain", 1, 0);
  iso_csv_field(&b, "a,b", 1, 0);
  iso_csv_field(&b, "say \"hi\"", 1, 0);
  iso_csv_field(&b, "two\nlines", 1, 0);
  iso_csv_field(&b, "=1+1", 1, 0);
  iso_csv_field(&b, "-3", 0, 0);
  iso_csv_field(&b, "@x,y", 1, 0);
  iso_csv_field(&b, NULL, 1, 1);
  iso_buf_append(&b, "", 1);
  CHECK_STR((const char *)b.data,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,-3,\"'@x,y\",\r\n");
  iso_buf_free(&b);
}

static void test_sha256(void) {
  char h[65];
  CHECK_INT(iso_sha256_hex("abc", 3, h), 0);
  CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  iso_diags *d = iso_diags_new();
  CHECK_INT(iso_sha256_file("/nonexistent/x.pdf", h, d), 1);
  CHECK_STR(h, "");
  iso_diags_free(d);
}

static void test_document(void) {
  iso_register r;
  iso_register_init(&r);
  r.formats[0] = "pdf";
  r.n_formats = 1;
  iso_reg_entry *e = entry(&r, "a.yaml", "A-1", "2027-01-10", 2);
  memset(e->sha256[0], 'a', 64);
  e->sha256[0][64] = '\0';
  entry(&r, "b.yaml", "B-1", "2026-12-20", 2);
  iso_node *doc = iso_register_document(&r, day("2026-12-01"), ISO_LANG_EN);
  CHECK(doc != NULL);
  if (doc) {
    const iso_meta *m = iso_document_meta_const(doc);
    CHECK_STR(m->id, "REGISTER");
    CHECK_STR(m->version, "2026-12-01");
    CHECK(m->status == ISO_STATUS_APPROVED && m->approver == NULL);
    CHECK_INT(iso_date_cmp(m->next_review, day("2026-12-20")), 0);
    int tables = 0, rows = 0, cells = 0;
    iso_iter it;
    iso_iter_init(&it, doc);
    iso_event ev;
    while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
      if (ev != ISO_EVENT_ENTER)
        continue;
      iso_node_type t = iso_node_get_type(iso_iter_node(&it));
      tables += t == ISO_NODE_TABLE;
      rows += t == ISO_NODE_ROW;
      cells += t == ISO_NODE_CELL;
    }
    CHECK_INT(tables, 1);
    CHECK_INT(rows, 3);
    CHECK_INT(cells, 3 * 13);
  }
  iso_node_free(doc);
  iso_theme *t = iso_register_theme(NULL);
  CHECK(t && t->page_width > t->page_height);
  iso_theme_free(t);
  iso_register_free(&r);
}

int main(void) {
  test_days();
  test_due_order();
  test_sort_and_duplicates();
  test_csv();
  test_sha256();
  test_document();
  return check_done("register_test");
}
