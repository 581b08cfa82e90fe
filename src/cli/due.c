/* --due: the reviews that fall due, for a person (one line each, like a
 * compiler's), for a spreadsheet (CSV) or for another program (JSON). The
 * library chooses and orders them (iso_due_select); this only prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void json_string(iso_buf *b, const char *s) {
  static const char hex[] = "0123456789abcdef";
  iso_buf_puts(b, "\"");
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (*p == '"' || *p == '\\') {
      char e[2] = {'\\', (char)*p};
      iso_buf_append(b, e, 2);
    } else if (*p < 0x20 || *p == 0x7F) {
      char e[6] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15]};
      iso_buf_append(b, e, 6);
    } else {
      iso_buf_append(b, p, 1);
    }
  }
  iso_buf_puts(b, "\"");
}

/* "3 days overdue", "1 day overdue", "due today", "in 12 days" */
static void when(long days, char out[48]) {
  long n = days < 0 ? -days : days;
  if (days == 0)
    snprintf(out, 48, "due today");
  else if (days < 0)
    snprintf(out, 48, "%ld day%s overdue", n, n == 1 ? "" : "s");
  else
    snprintf(out, 48, "in %ld day%s", n, n == 1 ? "" : "s");
}

static void text_line(iso_buf *b, const iso_reg_entry *e, const char *file,
                      long days) {
  char next[11], w[48];
  iso_date_iso(e->next_review, next);
  when(days, w);
  iso_buf_printf(b, "%s:", file);
  if (e->review_line)
    iso_buf_printf(b, "%d:", e->review_line);
  iso_buf_printf(b, " next review %s (%s), owner %s\n", next, w,
                 e->owner ? e->owner : "-");
}

static void csv_line(iso_buf *b, const iso_reg_entry *e, const char *file,
                     long days) {
  char next[11], line[16], d[24];
  iso_date_iso(e->next_review, next);
  snprintf(line, sizeof line, "%d", e->review_line);
  snprintf(d, sizeof d, "%ld", days);
  iso_csv_field(b, file, 1, 0);
  iso_csv_field(b, line, 0, 0);
  iso_csv_field(b, e->id, 1, 0);
  iso_csv_field(b, e->title, 1, 0);
  iso_csv_field(b, e->owner, 1, 0);
  iso_csv_field(b, next, 0, 0);
  iso_csv_field(b, d, 0, 0);
  iso_csv_field(b, days < 0 ? "yes" : "no", 0, 1);
}

static void json_item(iso_buf *b, const iso_reg_entry *e, const char *file,
                      long days, int first) {
  char next[11];
  iso_date_iso(e->next_review, next);
  iso_buf_puts(b, first ? "\n  {" : ",\n  {");
  iso_buf_puts(b, "\"file\": ");
  json_string(b, file);
  iso_buf_printf(b, ", \"line\": %d, \"id\": ", e->review_line);
  json_string(b, e->id);
  iso_buf_puts(b, ", \"title\": ");
  json_string(b, e->title);
  iso_buf_puts(b, ", \"owner\": ");
  json_string(b, e->owner);
  iso_buf_printf(b, ", \"next_review\": \"%s\", \"days_until_review\": %ld, "
                    "\"overdue\": %s}",
                 next, days, days < 0 ? "true" : "false");
}

int due_print(iso_register *reg, const cli_options *o) {
  size_t *idx = NULL;
  size_t n = iso_due_select(reg, o->today, o->due_days, &idx);
  if (n == (size_t)-1) {
    fprintf(stderr, "isoexport: out of memory\n");
    return 1;
  }
  iso_buf b;
  iso_buf_init(&b);
  if (o->due_format == DUE_CSV) {
    static const char *const head[] = {"file", "line", "id", "title", "owner",
                                       "next_review", "days_until_review",
                                       "overdue"};
    for (size_t i = 0; i < 8; i++)
      iso_csv_field(&b, head[i], 0, i == 7);
  } else if (o->due_format == DUE_JSON) {
    iso_buf_puts(&b, "[");
  }
  int overdue = 0;
  for (size_t i = 0; i < n; i++) {
    const iso_reg_entry *e = &reg->items[idx[i]];
    long days = iso_reg_days_until(e, o->today);
    char *file = cli_escape(e->file);
    overdue |= days < 0;
    if (o->due_format == DUE_CSV)
      csv_line(&b, e, file ? file : "?", days);
    else if (o->due_format == DUE_JSON)
      json_item(&b, e, file ? file : "?", days, i == 0);
    else
      text_line(&b, e, file ? file : "?", days);
    free(file);
  }
  if (o->due_format == DUE_JSON)
    iso_buf_puts(&b, n ? "\n]\n" : "]\n");
  free(idx);
  int failed = 0;
  for (size_t i = 0; i < reg->count; i++)
    failed |= reg->items[i].error != NULL;
  if (b.failed) {
    fprintf(stderr, "isoexport: out of memory\n");
    iso_buf_free(&b);
    return 1;
  }
  /* a line holding a file name is escaped already; owners and titles come
   * from documents the loader checked (no control characters) */
  if (b.len) /* nothing due, as text: no buffer at all */
    fwrite(b.data, 1, b.len, stdout);
  iso_buf_free(&b);
  return overdue || failed ? 1 : 0;
}
