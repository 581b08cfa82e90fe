/* The byte buffer, dates and labels: small shared services every writer uses. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"

static void test_self_append(void) {
  /* Appending part of a buffer to itself must survive the buffer moving
   * (the fuzzer found a use-after-free here in the PDF layout). */
  iso_buf b;
  iso_buf_init(&b);
  iso_buf_puts(&b, "abcdefgh");
  for (int i = 0; i < 12; i++)
    iso_buf_append(&b, b.data + 2, 4);
  CHECK_INT(b.len, 8 + 12 * 4);
  CHECK(memcmp(b.data + 8, "cdefcdef", 8) == 0);
  CHECK(memcmp(b.data + b.len - 4, "cdef", 4) == 0);
  CHECK(!b.failed);
  iso_buf_free(&b);
}

/* Byte by byte across every growth: each append is there, NUL after it
 * (the fast path fills the buffer to its last byte but one). */
static void test_fill_to_capacity(void) {
  iso_buf b;
  iso_buf_init(&b);
  for (int i = 0; i < 5000; i++) {
    char c = (char)('a' + i % 26);
    CHECK_INT(iso_buf_append(&b, &c, 1), 0);
    CHECK(b.len == (size_t)i + 1 && b.len < b.cap && b.data[b.len] == '\0' &&
          b.data[i] == c);
  }
  CHECK_INT(iso_buf_append(&b, "", 0), 0);
  CHECK_INT(iso_buf_append(&b, NULL, 0), 0); /* no bytes, no pointer */
  CHECK_INT(b.len, 5000);
  iso_buf_free(&b);
}

static void test_printf_and_detach(void) {
  iso_buf b;
  iso_buf_init(&b);
  char big[600];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  iso_buf_printf(&b, "%d-%s", 42, big);
  CHECK_INT(b.len, 3 + 599);
  size_t len;
  char *s = iso_buf_detach(&b, &len);
  CHECK_INT(len, 602);
  CHECK(s && strncmp(s, "42-xxx", 6) == 0 && s[602] == '\0');
  CHECK(b.data == NULL && b.len == 0);
  free(s);
}

static void test_dates(void) {
  iso_date d;
  CHECK_INT(iso_date_read("2026-02-30", &d), -2);
  CHECK_INT(iso_date_read("2026-2-3", &d), -1);
  CHECK_INT(iso_date_read("2024-02-29", &d), 0);
  CHECK_INT(iso_date_read("2100-02-29", &d), -2);
  iso_date jan31 = {2026, 1, 31};
  iso_date feb = iso_date_add_months(jan31, 1);
  CHECK(feb.year == 2026 && feb.month == 2 && feb.day == 28);
  iso_date y = iso_date_add_months(jan31, 12);
  CHECK(y.year == 2027 && y.month == 1 && y.day == 31);
  char out[32];
  iso_date when = {2026, 3, 15};
  iso_date_format(ISO_LANG_FI, when, out);
  CHECK_STR(out, "15.3.2026");
  iso_date_format(ISO_LANG_EN, when, out);
  CHECK_STR(out, "2026-03-15");
  iso_date back = iso_date_from_epoch(iso_date_epoch(when));
  CHECK(iso_date_cmp(back, when) == 0);
  CHECK_INT(iso_date_epoch(when), 1773532800LL);
}

static void test_labels(void) {
  char out[64];
  iso_page_label(ISO_LANG_EN, 2, 5, out);
  CHECK_STR(out, "Page 2 of 5");
  iso_page_label(ISO_LANG_FI, 2, 5, out);
  CHECK_STR(out, "Sivu 2 / 5");
  CHECK_STR(iso_label(ISO_LANG_FI, ISO_L_APPROVER), "Hyväksyjä");
  CHECK_STR(iso_label(ISO_LANG_FI, ISO_L_NEXT_REVIEW), "Seuraava katselmointi");
  char iv[48];
  iso_review_interval_text(ISO_LANG_EN, 12, iv);
  CHECK_STR(iv, "1 year");
  iso_review_interval_text(ISO_LANG_FI, 6, iv);
  CHECK_STR(iv, "6 kuukautta");
  /* every label exists in every language */
  for (int l = 0; l < ISO_LANG_COUNT; l++)
    for (int i = 0; i < ISO_L_COUNT; i++)
      CHECK(iso_label((iso_lang)l, (iso_label_id)i)[0] != '\0');
}

static void test_uri_escape(void) {
  char *u = iso_uri_escape("https://example.com/ä b[1]|%zz%C3%A4?q=1&r=2#x");
  CHECK_STR(u, "https://example.com/%C3%A4%20b%5B1%5D%7C%25zz%C3%A4?q=1&r=2#x");
  free(u);
  u = iso_uri_escape("mailto:security@example.com");
  CHECK_STR(u, "mailto:security@example.com");
  free(u);
}

int main(void) {
  test_self_append();
  test_fill_to_capacity();
  test_printf_and_detach();
  test_dates();
  test_labels();
  test_uri_escape();
  return check_done("buf_test");
}
