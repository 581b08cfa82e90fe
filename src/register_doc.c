/* The register as a document of its own: document control of its own and
 * one table, built in memory and handed to the ordinary writers, so the
 * register's DOCX, ODT and PDF need no writer code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "register.h"
#include "util.h"

/* Labels only the register uses, English and Finnish. */
enum { R_TITLE, R_MADE, R_SECTION, R_FAILED, R_SUMMARY, R_FILTER, R_SHOWN,
       R_FILES, R_COUNT };
static const char *const words[ISO_LANG_COUNT][R_COUNT] = {
    {"Document register", "Made by isoexport on %s", "Documents", "failed",
     "%zu documents, %zu failed; %zu reviews overdue on %s. Days: days until "
     "the next review, negative when overdue. SHA-256: the first 8 hex digits "
     "of each output (%s); register.csv has them whole.",
     "Filter", "{n} of {m} documents shown", "Files"},
    {"Asiakirjarekisteri", "Koonnut isoexport %s", "Asiakirjat",
     "ep\xC3\xA4onnistui",
     "%zu asiakirjaa, %zu ep\xC3\xA4onnistui; %zu katselmointia my\xC3\xB6h\xC3\xA4ss\xC3\xA4 %s. "
     "P\xC3\xA4ivi\xC3\xA4: p\xC3\xA4ivi\xC3\xA4 seuraavaan katselmointiin, negatiivinen "
     "kun se on my\xC3\xB6h\xC3\xA4ss\xC3\xA4. SHA-256: kunkin tiedoston (%s) "
     "tiivisteen 8 ensimm\xC3\xA4ist\xC3\xA4 heksanumeroa; register.csv sis\xC3\xA4lt\xC3\xA4\xC3\xA4 ne kokonaan.",
     "Suodata", "{n}/{m} asiakirjaa n\xC3\xA4kyviss\xC3\xA4", "Tiedostot"}};

const char *iso_register_word(iso_lang lang, iso_reg_word w) {
  static const int map[] = {R_FILTER, R_SHOWN, R_FILES};
  iso_lang l = lang < ISO_LANG_COUNT ? lang : ISO_LANG_EN;
  return (int)w >= 0 && (size_t)w < sizeof map / sizeof map[0] ? words[l][map[w]] : "";
}

#define COLS 13
/* Column headers of its own, short enough that no word of them breaks in
 * its column (docs/register.md). */
static const char *const heads[ISO_LANG_COUNT][COLS] = {
    {"ID", "Title", "Type", "Version", "Status", "Classification", "Owner",
     "Approver", "Approved", "Next review", "Days", "Source", "SHA-256"},
    {"Tunnus", "Otsikko", "Tyyppi", "Versio", "Tila", "Luokitus", "Omistaja",
     "Hyv\xC3\xA4ksyj\xC3\xA4", "Hyv\xC3\xA4ksytty", "Seuraava katselmointi",
     "P\xC3\xA4ivi\xC3\xA4", "L\xC3\xA4hde", "SHA-256"}};
/* Widths in points of the landscape page's 757 (iso_register_theme): what
 * the longest header word and "2026-12-01" need at the table's 8 pt, the
 * rest to the title, the names and the source. The hash column shows the
 * first 8 hex digits of each output, one line each, in the order the
 * summary names (register.csv has them whole): 64 digits would take four
 * lines per output. */
static const double widths[COLS] = {70, 92, 52, 42, 50, 60, 66,
                                    60, 54, 58, 36, 68, 50};
#define HASH_SHOWN 8

static int add_text(iso_node *parent, const iso_node *doc, const char *s) {
  if (!s || !*s)
    return 0;
  iso_node *t = iso_node_new(ISO_NODE_TEXT, doc, 0, 0);
  if (!t || iso_node_set_literal(t, s) || iso_node_append(parent, t)) {
    iso_node_free(t);
    return -1;
  }
  return 0;
}

static iso_node *add(iso_node *parent, const iso_node *doc, iso_node_type type) {
  iso_node *n = iso_node_new(type, doc, 0, 0);
  if (n && iso_node_append(parent, n)) {
    iso_node_free(n);
    return NULL;
  }
  return n;
}

static int cell(iso_node *row, const iso_node *doc, const char *s) {
  iso_node *c = add(row, doc, ISO_NODE_CELL);
  return c ? add_text(c, doc, s) : -1;
}

/* "1a2b3c4d", one output a line, in the register's format order (a missing
 * output's line is "–", so the lines stay in that order) */
static int hash_cell(iso_node *row, const iso_node *doc, const iso_register *r,
                     const iso_reg_entry *e) {
  iso_node *c = add(row, doc, ISO_NODE_CELL);
  if (!c)
    return -1;
  if (e->error)
    return add_text(c, doc, "\xE2\x80\x93");
  int rc = 0;
  for (size_t f = 0; f < r->n_formats && !rc; f++) {
    if (f && !add(c, doc, ISO_NODE_LINEBREAK))
      return -1;
    char s[16];
    snprintf(s, sizeof s, "%.*s", HASH_SHOWN, e->sha256[f][0] ? e->sha256[f] : "\xE2\x80\x93");
    rc = add_text(c, doc, s);
  }
  return rc;
}

/* The title; for a failed document, its error below it (the widest column
 * that a document that did not load leaves empty) */
static int title_cell(iso_node *row, const iso_node *doc, const iso_reg_entry *e) {
  iso_node *c = add(row, doc, ISO_NODE_CELL);
  if (!c)
    return -1;
  const char *title = e->loaded ? e->title : NULL;
  if (add_text(c, doc, title))
    return -1;
  if (!e->error)
    return 0;
  if (title && *title && !add(c, doc, ISO_NODE_LINEBREAK))
    return -1;
  return add_text(c, doc, e->error);
}

static int entry_row(iso_node *table, const iso_node *doc, const iso_register *r,
                     const iso_reg_entry *e, iso_date today, iso_lang l) {
  iso_node *row = add(table, doc, ISO_NODE_ROW);
  if (!row)
    return -1;
  char approved[32] = "", next[32] = "", days[24] = "";
  if (e->loaded) {
    iso_date_format(l, e->approved, approved);
    iso_date_format(l, e->next_review, next);
    if (e->next_review.year)
      snprintf(days, sizeof days, "%ld", iso_reg_days_until(e, today));
  }
  const char *status = e->error     ? words[l][R_FAILED]
                       : e->loaded ? iso_status_label(l, e->status)
                                   : "";
  int L = e->loaded;
  int rc = 0;
  rc |= cell(row, doc, L ? e->id : NULL);
  rc |= title_cell(row, doc, e);
  rc |= cell(row, doc, L ? iso_doc_type_label(l, (int)e->type) : NULL);
  rc |= cell(row, doc, L ? e->version : NULL);
  rc |= cell(row, doc, status);
  rc |= cell(row, doc, L ? e->classification : NULL);
  rc |= cell(row, doc, L ? e->owner : NULL);
  rc |= cell(row, doc, L ? e->approver : NULL);
  rc |= cell(row, doc, approved);
  rc |= cell(row, doc, next);
  rc |= cell(row, doc, days);
  rc |= cell(row, doc, e->source);
  rc |= hash_cell(row, doc, r, e);
  return rc ? -1 : 0;
}

static int head_row(iso_node *table, const iso_node *doc, iso_lang l) {
  iso_node *row = add(table, doc, ISO_NODE_ROW);
  if (!row || iso_node_set_row_header(row, 1))
    return -1;
  int rc = 0;
  for (int i = 0; i < COLS; i++)
    rc |= cell(row, doc, heads[l][i]);
  return rc ? -1 : 0;
}

/* The register's own document control (docs/register.md): a record the
 * program issues on a date, so its version and its approval date are that
 * date, with no approver (nobody signed it; a DRAFT watermark across the
 * table would only hide it). It is out of date at the first review of a
 * document it lists (today when one is overdue): that is its next review. */
static int control(iso_meta *m, const iso_register *r, iso_date today, iso_lang l) {
  char v[11], date[32], sub[128];
  iso_date_iso(today, v);
  iso_date_format(l, today, date);
  snprintf(sub, sizeof sub, words[l][R_MADE], date);
  m->id = iso_strdup("REGISTER");
  m->title = iso_strdup(words[l][R_TITLE]);
  m->subtitle = iso_strdup(sub);
  m->version = iso_strdup(v);
  m->type = ISO_TYPE_RECORD;
  m->status = ISO_STATUS_APPROVED;
  m->approved = today;
  m->language = l;
  m->effective = today;
  m->next_review = (iso_date){0, 0, 0};
  for (size_t i = 0; i < r->count; i++) {
    iso_date d = r->items[i].next_review;
    if (r->items[i].loaded && d.year &&
        (!m->next_review.year || iso_date_cmp(d, m->next_review) < 0))
      m->next_review = d;
  }
  if (!m->next_review.year || iso_date_cmp(m->next_review, today) < 0)
    m->next_review = today;
  return m->id && m->title && m->subtitle && m->version ? 0 : -1;
}

iso_theme *iso_register_theme(const iso_theme *base) {
  iso_theme *t = iso_theme_copy(base ? base : iso_theme_default());
  if (t && t->page_height > t->page_width) {
    double w = t->page_width;
    t->page_width = t->page_height;
    t->page_height = w;
  }
  /* 13 columns: narrower side margins and 8 pt table text (body - 1) */
  if (t) {
    t->margin_left = t->margin_right = 15 * 72 / 25.4;
    if (t->size_body > 9)
      t->size_body = 9;
  }
  return t;
}

iso_node *iso_register_document(const iso_register *r, iso_date today,
                                iso_lang lang) {
  /* the register speaks English and Finnish */
  iso_lang l = lang == ISO_LANG_FI ? ISO_LANG_FI : ISO_LANG_EN;
  iso_node *doc = iso_document_new("register");
  if (!doc)
    return NULL;
  int rc = control(iso_document_meta(doc), r, today, l);
  iso_node *sec = rc ? NULL : add(doc, doc, ISO_NODE_SECTION);
  iso_node *h = sec ? add(sec, doc, ISO_NODE_HEADING) : NULL;
  rc = rc || !h || add_text(h, doc, words[l][R_SECTION]);
  size_t failed = 0, overdue = 0;
  for (size_t i = 0; i < r->count; i++) {
    failed += r->items[i].error != NULL;
    overdue += r->items[i].loaded && !r->items[i].error &&
               r->items[i].next_review.year &&
               iso_reg_days_until(&r->items[i], today) < 0;
  }
  char date[32], summary[640];
  iso_date_format(l, today, date);
  char *fmts = iso_join((char *const *)r->formats, r->n_formats, ", ");
  snprintf(summary, sizeof summary, words[l][R_SUMMARY], r->count, failed,
           overdue, date, fmts ? fmts : "");
  free(fmts);
  iso_node *p = rc ? NULL : add(sec, doc, ISO_NODE_PARAGRAPH);
  rc = rc || !p || add_text(p, doc, summary);
  iso_node *t = rc ? NULL : add(sec, doc, ISO_NODE_TABLE);
  rc = rc || !t || iso_node_set_columns(t, COLS) ||
       iso_node_set_widths(t, widths, COLS) || head_row(t, doc, l);
  for (size_t i = 0; i < r->count && !rc; i++)
    rc = entry_row(t, doc, r, &r->items[i], today, l);
  if (rc) {
    iso_node_free(doc);
    return NULL;
  }
  return doc;
}
