/* The register as CSV for spreadsheets and scripts (RFC 4180). */
#include <stdio.h>
#include <string.h>

#include "register.h"

/* One field: quoted when it holds a comma, quote, CR or LF (quotes
 * doubled). TEXT fields that Excel or LibreOffice would evaluate as a
 * formula ("=HYPERLINK(...)" in a contributed document's title) get a
 * leading apostrophe, which both show as text. */
void iso_csv_field(iso_buf *b, const char *s, int text, int last) {
  if (!s)
    s = "";
  int quote = strpbrk(s, ",\"\r\n") != NULL;
  int formula = text && strchr("=+-@", s[0]) && s[0];
  if (quote)
    iso_buf_puts(b, "\"");
  if (formula)
    iso_buf_puts(b, "'");
  for (const char *p = s; *p; p++) {
    if (*p == '"')
      iso_buf_puts(b, "\"");
    iso_buf_append(b, p, 1);
  }
  if (quote)
    iso_buf_puts(b, "\"");
  iso_buf_puts(b, last ? "\r\n" : ",");
}

int iso_register_csv(const iso_register *r, iso_date today, iso_buf *out) {
  static const char *const head[] = {
      "id",          "title",         "type",        "version",
      "status",      "classification", "owner",      "approver",
      "approval_date", "next_review", "days_until_review", "source"};
  for (size_t i = 0; i < sizeof head / sizeof *head; i++)
    iso_csv_field(out, head[i], 0, 0);
  for (size_t f = 0; f < r->n_formats; f++) {
    char name[48];
    snprintf(name, sizeof name, "sha256_%s", r->formats[f]);
    iso_csv_field(out, name, 0, 0);
  }
  iso_csv_field(out, "error", 0, 1);
  for (size_t i = 0; i < r->count; i++) {
    const iso_reg_entry *e = &r->items[i];
    char approved[11] = "", next[11] = "", days[24] = "";
    if (e->loaded) {
      iso_date_iso(e->approved, approved);
      iso_date_iso(e->next_review, next);
      if (e->next_review.year)
        snprintf(days, sizeof days, "%ld", iso_reg_days_until(e, today));
    }
    iso_csv_field(out, e->loaded ? e->id : "", 1, 0);
    iso_csv_field(out, e->loaded ? e->title : "", 1, 0);
    iso_csv_field(out, e->loaded ? iso_doc_type_name(e->type) : "", 0, 0);
    iso_csv_field(out, e->loaded ? e->version : "", 1, 0);
    iso_csv_field(out, e->error ? "failed" : e->loaded ? iso_status_name(e->status) : "", 0, 0);
    iso_csv_field(out, e->loaded ? e->classification : "", 1, 0);
    iso_csv_field(out, e->loaded ? e->owner : "", 1, 0);
    iso_csv_field(out, e->loaded ? e->approver : "", 1, 0);
    iso_csv_field(out, approved, 0, 0);
    iso_csv_field(out, next, 0, 0);
    iso_csv_field(out, days, 0, 0); /* a number: "-3" stays a number */
    iso_csv_field(out, e->source, 1, 0);
    for (size_t f = 0; f < r->n_formats; f++)
      iso_csv_field(out, e->error ? "" : e->sha256[f], 0, 0);
    iso_csv_field(out, e->error, 1, 1);
  }
  return out->failed ? -1 : 0;
}
