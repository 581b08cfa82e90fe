/* The page content writer (formats/pdf/content.c) against libharu's own
 * page operators: the same random drawing, made once through HPDF_Page_*
 * and once through pdf_cs_*, must give the same bytes. The numbers cover
 * negatives, tiny values, values a hair from an integer and values past
 * libharu's +-32767 clamp; the text covers a literal string with every
 * escaped byte and bytes above 0x7E (Windows-1252), and two-byte codes
 * through libharu's own UTF-8 encoder on a TrueType face, against
 * pdf_encoder_codes (libharu writes those in hex, content.c as a binary
 * string: unhex turns the one into the other). Finally the deflated stream pdf_content_finish gives a
 * page must inflate to those bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <zlib.h>

#include "../../formats/pdf/content.h"
#include "../../formats/pdf/encoder.h"
#include "../unit/check.h"
#include "find_font.h"

static uint32_t seed = 12345;
static uint32_t rnd(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

/* A number of the kinds that format differently. */
static float num(void) {
  static const float special[] = {
      0,          1,          -1,       0.000004f, 0.000005f, -0.000004f,
      2.999996f,  2.999994f,  -2.99999f, 1e-7f,    40000,     -40000,
      32767,      32766.999f, 0.5f,     12.345678f, 595.2756f, 841.8898f};
  switch (rnd() % 4) {
  case 0:
    return special[rnd() % (sizeof special / sizeof *special)];
  case 1:
    return (float)(rnd() % 100000) / 1000.0f - 50.0f;
  case 2:
    return (float)(rnd() % 1000000) / 7.0f;
  default:
    return (float)(rnd() % 800);
  }
}

static float unit(void) { return (float)(rnd() % 1001) / 1000.0f; }

/* libharu's page stream (uncompressed) as bytes. */
static size_t page_bytes(HPDF_Page pg, unsigned char **out) {
  HPDF_Stream s = ((HPDF_PageAttr)pg->attr)->stream;
  HPDF_UINT size = HPDF_Stream_Size(s);
  *out = malloc(size ? size : 1);
  HPDF_UINT got = size;
  if (!*out || HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) != HPDF_OK ||
      HPDF_Stream_Read(s, *out, &got) != HPDF_OK || got != size)
    return (size_t)-1;
  HPDF_Stream_Seek(s, 0, HPDF_SEEK_END);
  return size;
}

/* libharu's stream with each hex string (the two-byte codes of the Type 0
 * font) as the binary literal content.c writes instead: the bytes, with
 * "(", ")" and "\\" escaped by a backslash and CR and LF as \\r and \\n. */
static void unhex(const unsigned char *in, size_t n, iso_buf *out) {
  for (size_t i = 0; i < n; i++) {
    if (in[i] != '<') {
      iso_buf_append(out, in + i, 1);
      continue;
    }
    iso_buf_puts(out, "(");
    for (i++; i + 1 < n && in[i] != '>'; i += 2) {
      char hx[3] = {(char)in[i], (char)in[i + 1], 0};
      unsigned char b = (unsigned char)strtoul(hx, NULL, 16);
      if (b == '(' || b == ')' || b == '\\') {
        char e[2] = {'\\', (char)b};
        iso_buf_append(out, e, 2);
      } else if (b == '\r' || b == '\n') {
        iso_buf_puts(out, b == '\r' ? "\\r" : "\\n");
      } else {
        iso_buf_append(out, &b, 1);
      }
    }
    iso_buf_puts(out, ")");
  }
}

static void compare(HPDF_Page pg, const pdf_content *c, int trial) {
  unsigned char *raw = NULL;
  size_t rn = page_bytes(pg, &raw);
  iso_buf exp;
  iso_buf_init(&exp);
  if (rn != (size_t)-1)
    unhex(raw, rn, &exp);
  free(raw);
  const unsigned char *want = exp.data;
  size_t n = rn == (size_t)-1 ? (size_t)-1 : exp.len;
  int same = n == c->b.len && (n == 0 || memcmp(want, c->b.data, n) == 0);
  CHECK(same);
  if (!same && n != (size_t)-1) {
    size_t i = 0;
    while (i < n && i < c->b.len && want[i] == c->b.data[i])
      i++;
    size_t from = i > 40 ? i - 40 : 0;
    fprintf(stderr, "trial %d differs at byte %zu:\nlibharu: %.*s\nours:    %.*s\n",
            trial, i, (int)((n < i + 40 ? n : i + 40) - from), want + from,
            (int)((c->b.len < i + 40 ? c->b.len : i + 40) - from),
            c->b.data + from);
  }
  iso_buf_free(&exp);
}

static const char *literals[] = {
    "plain", "(paren) \\back\\ 100% #1 /x <a> [b] {c}",
    "\xe4\xf6\xe5 \x80 \x96 \x93quoted\x94 \xff", "tab\there", "a"};

static const char *utf8s[] = {
    "Tietoturvapolitiikka \xc3\xa4\xc3\xb6\xc3\xa5", /* äöå */
    "\xe2\x82\xac 100 \xe2\x80\x93 \xe2\x89\xa4 5",  /* € – ≤ */
    "(x) \\ plain ASCII", "\xc5\x81\xc3\xb3\xc4\x91",
    /* codes with a byte a literal string escapes: U+0D0A, U+285C, U+2029 */
    "x\xe0\xb4\x8a\xe2\xa1\x9c\xe2\x80\xa9y"};

static void on_error(HPDF_STATUS e, HPDF_STATUS detail, void *data) {
  fprintf(stderr, "libharu error %04X (%u)\n", (unsigned)e, (unsigned)detail);
  (*(int *)data)++;
}

/* One trial: a page drawn both ways. */
static void trial(int t, const char *font_file) {
  int errors = 0;
  HPDF_Doc pdf = HPDF_New(on_error, &errors);
  HPDF_SetCompressionMode(pdf, HPDF_COMP_NONE);
  HPDF_UseUTFEncodings(pdf);
  HPDF_Page pg = HPDF_AddPage(pdf);
  HPDF_Font helv = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
  const char *tt = HPDF_LoadTTFontFromFile(pdf, font_file, HPDF_TRUE);
  HPDF_Font uni = tt ? HPDF_GetFont(pdf, tt, "UTF-8") : NULL;
  CHECK(helv != NULL && uni != NULL);
  static const unsigned char gray[4] = {0, 85, 170, 255};
  HPDF_Image img = HPDF_LoadRawImageFromMem(pdf, gray, 2, 2,
                                            HPDF_CS_DEVICE_GRAY, 8);
  CHECK(img != NULL);
  if (!helv || !uni || !img) {
    HPDF_Free(pdf);
    return;
  }
  pdf_content c;
  pdf_content_init(&c);
  iso_buf codes;
  iso_buf_init(&codes);
  for (int k = 0; k < 40; k++) {
    float v[6];
    switch (rnd() % 7) {
    case 0:
      v[0] = unit(), v[1] = unit(), v[2] = unit();
      if (rnd() % 2) {
        HPDF_Page_SetRGBFill(pg, v[0], v[1], v[2]);
        pdf_cs_nums(&c, v, 3, "rg");
      } else {
        HPDF_Page_SetRGBStroke(pg, v[0], v[1], v[2]);
        pdf_cs_nums(&c, v, 3, "RG");
      }
      break;
    case 1:
      v[0] = num();
      if (v[0] < 0)
        v[0] = -v[0];
      HPDF_Page_SetLineWidth(pg, v[0]);
      pdf_cs_nums(&c, v, 1, "w");
      break;
    case 2:
      for (int i = 0; i < 4; i++)
        v[i] = num();
      HPDF_Page_Rectangle(pg, v[0], v[1], v[2], v[3]);
      pdf_cs_nums(&c, v, 4, "re");
      if (rnd() % 2) {
        HPDF_Page_Fill(pg);
        pdf_cs_op(&c, "f");
      } else {
        HPDF_Page_Stroke(pg);
        pdf_cs_op(&c, "S");
      }
      break;
    case 3:
      v[0] = num(), v[1] = num(), v[2] = num(), v[3] = num();
      HPDF_Page_MoveTo(pg, v[0], v[1]);
      pdf_cs_nums(&c, v, 2, "m");
      HPDF_Page_LineTo(pg, v[2], v[3]);
      pdf_cs_nums(&c, v + 2, 2, "l");
      HPDF_Page_Stroke(pg);
      pdf_cs_op(&c, "S");
      break;
    case 4: {
      v[0] = num(), v[1] = num(), v[2] = num() / 10, v[3] = num() / 10;
      HPDF_Page_DrawImage(pg, img, v[0], v[1], v[2], v[3]);
      const char *nm = HPDF_Page_GetXObjectName(pg, img);
      CHECK(nm != NULL);
      pdf_cs_image(&c, nm ? nm : "", v[0], v[1], v[2], v[3]);
      break;
    }
    default: {
      /* a text object: positions, perhaps a rotated matrix, and runs in
       * both fonts */
      HPDF_Page_BeginText(pg);
      pdf_cs_op(&c, "BT");
      int runs = 1 + (int)(rnd() % 5);
      for (int r = 0; r < runs; r++) {
        int u = rnd() % 2;
        HPDF_Font f = u ? uni : helv;
        float size = 4 + (float)(rnd() % 200) / 10.0f;
        HPDF_Page_SetFontAndSize(pg, f, size);
        const char *nm = HPDF_Page_GetLocalFontName(pg, f);
        CHECK(nm != NULL);
        pdf_cs_font(&c, nm ? nm : "", size);
        if (rnd() % 4 == 0) {
          float a = unit() * 2 - 1, b = unit() * 2 - 1;
          if (rnd() % 3 == 0)
            a = 0, b = 1; /* the 90-degree turn the DRAFT mark uses */
          float x = num(), y = num();
          HPDF_Page_SetTextMatrix(pg, a, b, -b, a, x, y);
          pdf_cs_text_matrix(&c, a, b, -b, a, x, y);
        }
        float x = num(), y = num();
        const char *text;
        if (u)
          text = utf8s[rnd() % (sizeof utf8s / sizeof *utf8s)];
        else
          text = literals[rnd() % (sizeof literals / sizeof *literals)];
        HPDF_Page_TextOut(pg, x, y, text);
        pdf_cs_text_pos(&c, x, y);
        if (u) {
          codes.len = 0;
          CHECK(pdf_encoder_codes(text, strlen(text), &codes) == 0);
          pdf_cs_show(&c, codes.data, codes.len, 1);
        } else {
          pdf_cs_show(&c, (const unsigned char *)text, strlen(text), 0);
        }
      }
      HPDF_Page_EndText(pg);
      pdf_cs_op(&c, "ET");
      break;
    }
    }
  }
  CHECK_INT(errors, 0);
  compare(pg, &c, t);

  /* the finished page: deflated bytes that inflate to the same operators */
  iso_buf plain;
  iso_buf_init(&plain);
  iso_buf_append(&plain, c.b.data, c.b.len);
  HPDF_Page pg2 = HPDF_AddPage(pdf);
  CHECK(pg2 != NULL);
  CHECK(pdf_content_finish(&c, pg2) == 0);
  CHECK_INT(c.b.len, 0);
  unsigned char *zd = NULL;
  size_t zn = page_bytes(pg2, &zd);
  uLongf out = plain.len + 1;
  unsigned char *back = malloc(out);
  CHECK(zn != (size_t)-1 && back &&
        uncompress(back, &out, zd, (uLong)zn) == Z_OK);
  CHECK(out == plain.len && memcmp(back, plain.data, out) == 0);
  free(back);
  free(zd);
  iso_buf_free(&plain);
  iso_buf_free(&codes);
  pdf_content_free(&c);
  HPDF_Free(pdf);
}

/* pdf_real against the numbers libharu writes, one by one, including the
 * clamp. */
static void reals(void) {
  struct {
    float v;
    const char *want;
  } cases[] = {{0, "0"},          {1, "1"},           {-1, "-1"},
               {0.5f, "0.5"},     {0.000004f, "0"},   {2.999996f, "3"},
               {40000, "32767"},  {-40000, "-32767"}, {12.25f, "12.25"},
               {-0.25f, "-0.25"}, {100, "100"}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char buf[16];
    *pdf_real(buf, cases[i].v) = 0;
    CHECK_STR(buf, cases[i].want);
  }
}

int main(void) {
  reals();
  char *font = find_font("Liberation Sans:style=Regular");
  CHECK(font != NULL);
  if (font)
    for (int t = 0; t < 60; t++)
      trial(t, font);
  free(font);
  FcFini();
  return check_done("content_test");
}
