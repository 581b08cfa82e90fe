/* Unit tests of the PDF layout engine with a fake measure: every character
 * is half the font size wide, so expected breaks can be worked out by hand. */
#include <stdlib.h>
#include <string.h>

#include "../../formats/pdf/pdf.h"
#include "layout/inline.h"
#include "layout/layout.h"
#include "layout/table.h"
#include "../unit/check.h"

static double fake(void *ctx, int font, double size, const char *s,
                   size_t len) {
  (void)ctx;
  (void)font;
  double n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      n++;
  return n * size * 0.5;
}

/* 10 pt text: 5 points a character. */
static lay_span span(int font, size_t off, size_t len) {
  lay_span s = {font, 10, 0, -1, 0, 0, 0, off, len};
  return s;
}

static char *line_text(const lay_lines *ls, size_t i, const char *text) {
  static char buf[512];
  buf[0] = '\0';
  const lay_line *ln = &ls->lines[i];
  for (size_t k = 0; k < ln->count; k++) {
    const lay_frag *f = &ls->frags[ln->first + k];
    strncat(buf, text + f->off, f->len);
  }
  return buf;
}

static void test_breaks(void) {
  lay L;
  lay_init(&L, fake, NULL, 200, 300, 20, 280, 10, 190, 1.2);
  lay_lines ls = {0};
  /* 50 points a line: 10 characters */
  const char *t = "aaaa bbbb cccc dd";
  lay_span s = span(LAY_BODY, 0, strlen(t));
  CHECK_INT(lay_break(&L, &s, 1, t, 50, &ls), 0);
  CHECK_INT(ls.nlines, 2);
  CHECK_STR(line_text(&ls, 0, t), "aaaa bbbb");
  CHECK_STR(line_text(&ls, 1, t), "cccc dd");
  CHECK(ls.lines[0].width == 45);

  /* a word longer than a line is broken between characters */
  const char *u = "x https://example.com/abcdefghij y";
  s = span(LAY_BODY, 0, strlen(u));
  CHECK_INT(lay_break(&L, &s, 1, u, 50, &ls), 0);
  CHECK_INT(ls.nlines, 5);
  CHECK_STR(line_text(&ls, 0, u), "x");
  CHECK_STR(line_text(&ls, 1, u), "https://ex");
  CHECK_STR(line_text(&ls, 2, u), "ample.com/");
  CHECK_STR(line_text(&ls, 3, u), "abcdefghij");
  CHECK_STR(line_text(&ls, 4, u), "y"); /* no room after a full line */
  lay_lines_free(&ls);
  CHECK_INT(lay_break(&L, &s, 1, u, 55, &ls), 0);
  CHECK_STR(line_text(&ls, ls.nlines - 1, u), "cdefghij y");
  for (size_t i = 0; i < ls.nlines; i++)
    CHECK(ls.lines[i].width <= 55);

  /* multi-byte characters are never cut */
  const char *f = "ääääääääääää";
  s = span(LAY_BODY, 0, strlen(f));
  CHECK_INT(lay_break(&L, &s, 1, f, 50, &ls), 0);
  CHECK_INT(ls.nlines, 2);
  CHECK_STR(line_text(&ls, 0, f), "ääääääääää");
  CHECK_STR(line_text(&ls, 1, f), "ää");

  /* mixed styles: a word made of a bold and a regular span stays whole;
   * the line breaks at the space between spans */
  const char *m = "abcBOLDdef ghijklmnop";
  lay_span ms[3] = {span(LAY_BODY, 0, 3), span(LAY_BODY | LAY_BOLD, 3, 4),
                    span(LAY_BODY, 7, 14)};
  ms[1].size = 20; /* 10 points a character */
  CHECK_INT(lay_break(&L, ms, 3, m, 80, &ls), 0);
  CHECK_INT(ls.nlines, 2);
  CHECK_STR(line_text(&ls, 0, m), "abcBOLDdef");
  CHECK(ls.lines[0].width == 15 + 40 + 15);
  CHECK(ls.lines[0].size == 20);
  CHECK(ls.lines[1].size == 10);
  CHECK_STR(line_text(&ls, 1, m), "ghijklmnop");

  /* a hard break ends a line; an empty line keeps its height */
  const char *h = "ab";
  lay_span hs[4] = {span(LAY_BODY, 0, 1), span(LAY_BODY, 1, 0),
                    span(LAY_BODY, 1, 0), span(LAY_BODY, 1, 1)};
  hs[1].hard_break = 1;
  hs[2].hard_break = 1;
  CHECK_INT(lay_break(&L, hs, 4, h, 80, &ls), 0);
  CHECK_INT(ls.nlines, 3);
  CHECK(ls.lines[1].count == 0 && ls.lines[1].size == 10);

  /* code keeps its spaces, even leading ones, and wraps by characters */
  const char *k = "    if (x)  y";
  lay_span ks = span(LAY_MONO, 0, strlen(k));
  ks.keep_spaces = 1;
  CHECK_INT(lay_break(&L, &ks, 1, k, 50, &ls), 0);
  CHECK_INT(ls.nlines, 2);
  CHECK_STR(line_text(&ls, 0, k), "    if (x)");
  CHECK_STR(line_text(&ls, 1, k), "  y");
  lay_lines_free(&ls);
  lay_free(&L);
}

/* Line I as drawn: a broken word's hyphen included. */
static char *drawn(const lay_lines *ls, size_t i, const char *text) {
  static char buf[512];
  buf[0] = '\0';
  const lay_line *ln = &ls->lines[i];
  for (size_t k = 0; k < ln->count; k++) {
    const lay_frag *f = &ls->frags[ln->first + k];
    for (size_t b = f->off; b < f->off + f->len; b++)
      if (!((unsigned char)text[b] == 0xC2 &&
            (unsigned char)text[b + 1] == 0xAD)) /* soft hyphens: unseen */
        strncat(buf, text + b, 1);
      else
        b++;
    if (f->hyph)
      strcat(buf, "-");
  }
  return buf;
}

/* Words that do not fit are hyphenated at the last dictionary point that
 * does (the hyphen measured too), on every line they take; words without a
 * point, code and headings break between characters. */
static void test_hyphenation(void) {
  lay L;
  lay_init(&L, fake, NULL, 200, 300, 20, 280, 10, 190, 1.2);
  L.hyphenate = 1;
  L.lang = ISO_LANG_EN;
  lay_lines ls = {0};
  /* 50 points: 10 characters; Ap-plic-able */
  const char *t = "an Applicable x";
  lay_span s = span(LAY_BODY, 0, strlen(t));
  CHECK_INT(lay_break(&L, &s, 1, t, 50, &ls), 0);
  CHECK_INT(ls.nlines, 2);
  CHECK_STR(drawn(&ls, 0, t), "an Applic-");
  CHECK(ls.lines[0].width == 50);
  CHECK_STR(drawn(&ls, 1, t), "able x");
  /* one character less: the hyphen no longer fits after "Applic" */
  CHECK_INT(lay_break(&L, &s, 1, t, 45, &ls), 0);
  CHECK_STR(drawn(&ls, 0, t), "an Ap-");
  CHECK_STR(drawn(&ls, 1, t), "plicable");
  CHECK_STR(drawn(&ls, 2, t), "x");

  /* a word wider than the line, broken on each line it takes:
   * re-spons-ib-il-it-ies */
  const char *r = "(responsibilities)";
  s = span(LAY_BODY, 0, strlen(r));
  CHECK_INT(lay_break(&L, &s, 1, r, 45, &ls), 0);
  CHECK_INT(ls.nlines, 3);
  CHECK_STR(drawn(&ls, 0, r), "(respons-");
  CHECK_STR(drawn(&ls, 1, r), "ibilit-");
  CHECK_STR(drawn(&ls, 2, r), "ies)");
  for (size_t i = 0; i < ls.nlines; i++)
    CHECK(ls.lines[i].width <= 45);

  /* Finnish through Voikko: Tie-to-tur-va-pääl-lik-kö */
  L.lang = ISO_LANG_FI;
  const char *f = "Tietoturvapäällikkö";
  s = span(LAY_BODY, 0, strlen(f));
  CHECK_INT(lay_break(&L, &s, 1, f, 50, &ls), 0);
  CHECK_INT(ls.nlines, 3);
  CHECK_STR(drawn(&ls, 0, f), "Tietotur-");
  CHECK_STR(drawn(&ls, 1, f), "vapäällik-");
  CHECK_STR(drawn(&ls, 2, f), "kö");
  L.lang = ISO_LANG_EN;

  /* a point where a bold part of the word ends: the hyphen in bold */
  const char *m = "Applicable";
  lay_span ms[2] = {span(LAY_BODY | LAY_BOLD, 0, 6), span(LAY_BODY, 6, 4)};
  CHECK_INT(lay_break(&L, ms, 2, m, 40, &ls), 0);
  CHECK_INT(ls.nlines, 2);
  CHECK_STR(drawn(&ls, 0, m), "Applic-");
  CHECK_INT(ls.lines[0].count, 1);
  CHECK(ls.lines[0].width == 35);
  CHECK_STR(drawn(&ls, 1, m), "able");

  /* no point: URLs, numbers, codes break between characters as before */
  const char *u = "x https://example.com/abcdefghij ISO27001abcdef";
  s = span(LAY_BODY, 0, strlen(u));
  CHECK_INT(lay_break(&L, &s, 1, u, 50, &ls), 0);
  CHECK_STR(drawn(&ls, 0, u), "x");
  CHECK_STR(drawn(&ls, 1, u), "https://ex");
  CHECK_STR(drawn(&ls, 3, u), "abcdefghij");
  CHECK_STR(drawn(&ls, 4, u), "ISO27001ab");

  /* nor in code (monospace, spaces kept) or headings */
  lay_span ks = span(LAY_MONO, 0, strlen(t));
  ks.keep_spaces = 1;
  CHECK_INT(lay_break(&L, &ks, 1, t, 50, &ls), 0);
  CHECK_STR(drawn(&ls, 0, t), "an Applica");
  lay_span hs = span(LAY_HEAD | LAY_BOLD, 0, strlen(t));
  CHECK_INT(lay_break(&L, &hs, 1, t, 50, &ls), 0);
  CHECK_STR(drawn(&ls, 0, t), "an");
  CHECK_STR(drawn(&ls, 1, t), "Applicable");

  /* the hyphen is drawn */
  s = span(LAY_BODY, 0, strlen(t));
  CHECK_INT(lay_break(&L, &s, 1, t, 50, &ls), 0);
  lay_emit_line(&L, &s, t, &ls, 0, 10, 20);
  CHECK_INT(L.nops, 1);
  CHECK_STR(lay_str(&L, L.ops[0].text), "an Applic-");
  CHECK_INT(L.ops[0].len, 10);

  /* soft hyphens are the only break points of their word (the dictionary
   * would break "fragilistic" too), neither measured nor drawn; headings
   * break at them */
  const char *y = "Super\xC2\xAD" "cali\xC2\xAD" "fragilistic";
  s = span(LAY_BODY, 0, strlen(y));
  CHECK_INT(lay_break(&L, &s, 1, y, 50, &ls), 0);
  CHECK_INT(ls.nlines, 3);
  CHECK_STR(drawn(&ls, 0, y), "Supercali-");
  CHECK(ls.lines[0].width == 50);
  CHECK_STR(drawn(&ls, 1, y), "fragilisti");
  CHECK_STR(drawn(&ls, 2, y), "c");
  L.nops = 0;
  lay_emit_line(&L, &s, y, &ls, 0, 10, 20);
  CHECK_STR(lay_str(&L, L.ops[0].text), "Supercali-");
  CHECK_INT(L.ops[0].len, 10);
  CHECK(lay_width(&L, LAY_BODY, 10, y, strlen(y)) == 100);
  hs = span(LAY_HEAD | LAY_BOLD, 0, strlen(y));
  CHECK_INT(lay_break(&L, &hs, 1, y, 50, &ls), 0);
  CHECK_STR(drawn(&ls, 0, y), "Supercali-");
  /* drawn elsewhere without them too */
  L.nops = 0;
  lay_text(&L, 0, 0, LAY_BODY, 10, 0, y, strlen(y));
  CHECK_STR(lay_str(&L, L.ops[0].text), "Supercalifragilistic");
  CHECK_INT(L.ops[0].len, 20);

  /* without hyphenation: as before */
  L.hyphenate = 0;
  s = span(LAY_BODY, 0, strlen(t));
  CHECK_INT(lay_break(&L, &s, 1, t, 50, &ls), 0);
  CHECK_STR(drawn(&ls, 0, t), "an");
  CHECK_STR(drawn(&ls, 1, t), "Applicable");
  lay_lines_free(&ls);
  lay_free(&L);
}

/* A paragraph flows onto the next page, never leaving one line behind. */
static void test_paragraph_pages(void) {
  lay L;
  /* 12-point lines, 100 points of content: 8 lines a page */
  lay_init(&L, fake, NULL, 200, 140, 20, 120, 10, 60, 1.2);
  char t[400];
  t[0] = '\0';
  for (int i = 0; i < 20; i++)
    strcat(t, "wordsxxxx ");
  lay_span s = span(LAY_BODY, 0, strlen(t));
  L.y = 20 + 12 * 7.5; /* room for less than one line */
  L.at_top = 0;
  lay_paragraph(&L, &s, 1, t);
  /* 20 words, one a line (50 points wide): 8 on page 2, 8 on 3, 4 on 4 */
  CHECK_INT(L.pages, 4);
  int per_page[4] = {0};
  for (size_t i = 0; i < L.nops; i++)
    if (L.ops[i].kind == LAY_OP_TEXT) {
      per_page[L.ops[i].page]++;
      CHECK(L.ops[i].y <= 120);
    }
  CHECK_INT(per_page[0], 0);
  CHECK_INT(per_page[1], 8);
  CHECK_INT(per_page[3], 4);
  lay_free(&L);

  /* 17 lines from the top: 8, 8 and a lone last line would be a widow, so
   * the second page gives one line to the third */
  lay_init(&L, fake, NULL, 200, 140, 20, 120, 10, 60, 1.2);
  t[0] = '\0';
  for (int i = 0; i < 17; i++)
    strcat(t, "wordsxxxx ");
  s = span(LAY_BODY, 0, strlen(t));
  lay_paragraph(&L, &s, 1, t);
  int pp[3] = {0};
  for (size_t i = 0; i < L.nops; i++)
    if (L.ops[i].kind == LAY_OP_TEXT && L.ops[i].page < 3)
      pp[L.ops[i].page]++;
  CHECK_INT(L.pages, 3);
  CHECK_INT(pp[0], 8);
  CHECK_INT(pp[1], 7);
  CHECK_INT(pp[2], 2);
  lay_free(&L);
}

/* ------------------------------------------------------------------ */
/* Tables and headings through the builder, on a small page             */

static iso_node *doc;

static iso_node *add(iso_node *parent, iso_node_type t) {
  iso_node *n = iso_node_new(t, doc, 1, 1);
  iso_node_append(parent, n);
  return n;
}

static void add_text(iso_node *parent, const char *s) {
  iso_node_set_literal(add(parent, ISO_NODE_TEXT), s);
}

static char *clean(void *ctx, int font, const char *s, size_t len, int keep_nl,
                   const iso_node *node, iso_diags *d, size_t *out_len) {
  return pdf_clean_text(ctx, font, s, len, keep_nl, node, d, out_len);
}

static void setup(pdf_ctx *c, pdf_fonts *F, iso_theme *t, iso_diags *d,
                  double page_h) {
  memset(c, 0, sizeof *c);
  *t = *iso_theme_default();
  pdf_fonts_init(F, NULL, t, d);
  c->doc = doc;
  c->m = iso_document_meta_const(doc);
  c->t = t;
  c->d = d;
  lay_fonts lf = {F, fake, clean};
  c->fonts = lf;
  lay_init(&c->L, fake, NULL, 300, page_h, 20, page_h - 20, 10, 290, 1.2);
}

static void teardown(pdf_ctx *c, pdf_fonts *F) {
  lay_free(&c->L);
  lay_spans_free(&c->sp);
  pdf_fonts_free(F);
}

/* Text ops on PAGE that read S. */
static int texts_on(const lay *L, int page, const char *s) {
  int n = 0;
  for (size_t i = 0; i < L->nops; i++)
    if (L->ops[i].kind == LAY_OP_TEXT && L->ops[i].page == page &&
        strcmp(lay_str(L, L->ops[i].text), s) == 0)
      n++;
  return n;
}

static void test_table(void) {
  doc = iso_document_new("t.yaml");
  /* a document holds only sections: the table stays detached and is freed
   * on its own at the end */
  iso_node *tb = iso_node_new(ISO_NODE_TABLE, doc, 1, 1);
  iso_node_set_columns(tb, 2);
  iso_node *r = add(tb, ISO_NODE_ROW);
  iso_node_set_row_header(r, 1);
  add_text(add(r, ISO_NODE_CELL), "Head");
  add_text(add(r, ISO_NODE_CELL), "Other");
  for (int i = 0; i < 30; i++) {
    r = add(tb, ISO_NODE_ROW);
    add_text(add(r, ISO_NODE_CELL), "cell");
    add_text(add(r, ISO_NODE_CELL), "x");
  }
  /* one row taller than a page: 60 words, one a line */
  r = add(tb, ISO_NODE_ROW);
  iso_node *big = add(r, ISO_NODE_CELL);
  char t[4000] = "";
  for (int i = 0; i < 60; i++)
    strcat(t, "longwordxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ");
  add_text(big, t);
  add_text(add(r, ISO_NODE_CELL), "end");
  double w[2] = {1, 1};
  iso_node_set_widths(tb, w, 2);

  pdf_ctx c;
  pdf_fonts F;
  iso_theme th;
  iso_diags *d = iso_diags_new();
  setup(&c, &F, &th, d, 300);
  lay_table_node(&c, tb, 0);
  CHECK(c.L.pages > 3);
  /* the header is on every page the table spans, once */
  for (int p = 0; p < c.L.pages; p++) {
    CHECK_INT(texts_on(&c.L, p, "Head"), 1);
    CHECK_INT(texts_on(&c.L, p, "Other"), 1);
  }
  /* rows are never split: each "cell" row is whole on one page, so the
   * count of "cell" equals the count of "x" on every page */
  int cells = 0;
  for (int p = 0; p < c.L.pages; p++) {
    CHECK_INT(texts_on(&c.L, p, "cell"), texts_on(&c.L, p, "x"));
    cells += texts_on(&c.L, p, "cell");
  }
  CHECK_INT(cells, 30);
  /* the tall row was split, every one of its lines drawn once, inside the
   * content area */
  int lines = 0;
  for (size_t i = 0; i < c.L.nops; i++) {
    const lay_op *op = &c.L.ops[i];
    if (op->kind == LAY_OP_TEXT &&
        strncmp(lay_str(&c.L, op->text), "longword", 8) == 0)
      lines++;
    if (op->kind == LAY_OP_TEXT)
      CHECK(op->y > 20 && op->y < 280);
    if (op->kind == LAY_OP_FRAME)
      CHECK(op->y >= 20 - 0.01 && op->y + op->h <= 280 + 0.01);
  }
  CHECK(lines >= 60);
  int ends = 0;
  for (int p = 0; p < c.L.pages; p++)
    ends += texts_on(&c.L, p, "end");
  CHECK_INT(ends, 1);
  teardown(&c, &F);
  iso_diags_free(d);
  iso_node_free(tb);
  iso_node_free(doc);
}

static void test_keep_with_next(void) {
  doc = iso_document_new("k.yaml");
  iso_meta *m = iso_document_meta(doc);
  m->title = strdup("T");
  iso_node *s = add(doc, ISO_NODE_SECTION);
  add_text(add(s, ISO_NODE_HEADING), "First");
  char t[4000] = "";
  for (int i = 0; i < 160; i++)
    strcat(t, "fill ");
  add_text(add(s, ISO_NODE_PARAGRAPH), t);
  iso_node *s2 = add(doc, ISO_NODE_SECTION);
  add_text(add(s2, ISO_NODE_HEADING), "Second");
  add_text(add(s2, ISO_NODE_PARAGRAPH), "after");

  pdf_ctx c;
  pdf_fonts F;
  iso_theme th;
  iso_diags *d = iso_diags_new();
  /* find where "Second" would land, then pad the page so that the heading
   * would just fit with no line after it */
  for (int extra = 0; extra < 400; extra += 3) {
    setup(&c, &F, &th, d, 420);
    c.L.y += extra;
    lay_build(&c);
    int hp = -1, ap = -1;
    for (size_t i = 0; i < c.L.nops; i++)
      if (c.L.ops[i].kind == LAY_OP_TEXT) {
        if (strcmp(lay_str(&c.L, c.L.ops[i].text), "Second") == 0)
          hp = c.L.ops[i].page;
        if (strcmp(lay_str(&c.L, c.L.ops[i].text), "after") == 0)
          ap = c.L.ops[i].page;
      }
    CHECK(hp >= 0 && hp == ap);
    CHECK_INT(c.L.headings[1].page, hp);
    free(c.toc_text[0]);
    free(c.toc_text[1]);
    free(c.toc_text[2]);
    free(c.toc_text);
    free(c.toc_level);
    teardown(&c, &F);
  }
  iso_diags_free(d);
  iso_node_free(doc);
}

/* The case the heading's own look-ahead missed: a heading followed by a
 * captioned table whose header and first row need more room than three
 * lines of text. Wherever the heading lands, it is on the page where the
 * table starts (lay_keep), and a heading right under another moves with
 * it. */
static const char *first_text_at(const lay *L, const char *s, int *page) {
  for (size_t i = 0; i < L->nops; i++)
    if (L->ops[i].kind == LAY_OP_TEXT && strcmp(lay_str(L, L->ops[i].text), s) == 0) {
      *page = L->ops[i].page;
      return s;
    }
  *page = -1;
  return NULL;
}

static void test_keep_with_table(void) {
  doc = iso_document_new("kt.yaml");
  iso_meta *m = iso_document_meta(doc);
  m->title = strdup("T");
  iso_node *s = add(doc, ISO_NODE_SECTION);
  add_text(add(s, ISO_NODE_HEADING), "Upper");
  iso_node *s2 = add(s, ISO_NODE_SECTION);
  iso_node *h2 = add(s2, ISO_NODE_HEADING);
  iso_node_set_level(h2, 2);
  add_text(h2, "Lower");
  iso_node *t = add(s2, ISO_NODE_TABLE);
  iso_node_set_caption(t, "Cap");
  iso_node_set_columns(t, 2);
  iso_node *r = add(t, ISO_NODE_ROW);
  iso_node_set_row_header(r, 1);
  add_text(add(r, ISO_NODE_CELL), "Head");
  add_text(add(r, ISO_NODE_CELL), "Other");
  r = add(t, ISO_NODE_ROW);
  add_text(add(r, ISO_NODE_CELL), "cell");
  add_text(add(r, ISO_NODE_CELL),
           "many words that wrap over several lines of the narrow column here");

  pdf_ctx c;
  pdf_fonts F;
  iso_theme th;
  iso_diags *d = iso_diags_new();
  int moved = 0;
  for (int extra = 0; extra < 380; extra += 2) {
    setup(&c, &F, &th, d, 420);
    c.L.y += extra;
    c.L.at_top = 0;
    lay_build(&c);
    int up, low, cell;
    first_text_at(&c.L, "Upper", &up);
    first_text_at(&c.L, "Lower", &low);
    first_text_at(&c.L, "cell", &cell);
    CHECK(low >= 0 && low == cell);
    CHECK(up == low);
    CHECK_INT(c.L.headings[1].page, low);
    moved += low > 0;
    for (size_t i = 0; i < c.ntoc; i++)
      free(c.toc_text[i]);
    free(c.toc_text);
    free(c.toc_level);
    teardown(&c, &F);
  }
  CHECK(moved > 0); /* some placements did need the move */
  iso_diags_free(d);
  iso_node_free(doc);
}

int main(void) {
  test_breaks();
  test_hyphenation();
  test_paragraph_pages();
  test_table();
  test_keep_with_next();
  test_keep_with_table();
  return check_done("layout_test");
}
