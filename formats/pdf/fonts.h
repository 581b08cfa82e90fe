/* Fonts for the PDF writer: found through fontconfig, embedded into the
 * document lazily (libharu embeds every font it is asked for, used or not),
 * and the text cleaning that keeps libharu from mangling characters. */
#ifndef ISO_PDF_FONTS_H
#define ISO_PDF_FONTS_H

#include <stdint.h>

#include <fontconfig/fontconfig.h>
#include <hpdf.h>

#include "internal.h"
#include "layout/layout.h"
#include "subset.h"

typedef struct pdf_face {
  int resolved; /* fontconfig was asked */
  char *file;
  int index;    /* face index in a collection */
  FcCharSet *charset;
  HPDF_Font font; /* NULL until first use */
  uint64_t digest; /* of the subset libharu loaded (0: a file, unknown) */
  int failed;
  /* Advance widths (1/1000 em) of the BMP by pages of 256 characters, filled
   * on demand: libharu looks every glyph up by a linear walk of the cmap,
   * which was a third of all the time a document took. */
  float *width_page[256];
} pdf_face;

typedef struct pdf_fonts {
  HPDF_Doc pdf;
  const char *family[3]; /* body, heading, mono */
  int simple; /* Windows-1252 fonts (see charset.c); set before first use */
  int whole;  /* embed whole font files, no subsets (iso_write_options) */
  /* The characters the document may show, for UTF-8 fonts: the subset
   * embedded holds these (and nothing else is drawn). NULL: all of them. */
  const pdf_charset *chars;
  pdf_face face[LAY_FONTS];
  iso_diags *d;
  /* characters already reported, with where (so repeats stay quiet) */
  struct pdf_reported {
    uint32_t cp;
    const iso_node *node;
  } reported[256];
  size_t nreported;
} pdf_fonts;

void pdf_fonts_init(pdf_fonts *F, HPDF_Doc pdf, const iso_theme *t,
                    iso_diags *d);
void pdf_fonts_free(pdf_fonts *F);
/* The font, loaded and embedded on first use; NULL after an error (with a
 * diagnostic). */
HPDF_Font pdf_font(pdf_fonts *F, int id);
/* Before saving: every font's subset gets its name and font file
 * (fontfile.h). -1 when memory ran out. */
int pdf_fonts_prepare(pdf_fonts *F);
/* Whether face ID is the face INDEX of FILE (finding it on first use). */
int pdf_font_file_is(pdf_fonts *F, int id, const char *file, int index);
/* Whether the face has a glyph for CP (1 when unknown). */
int pdf_font_has(pdf_fonts *F, int id, uint32_t cp);
/* The measuring callback for the layout engine (CTX is a pdf_fonts). */
double pdf_measure(void *ctx, int font, double size, const char *s,
                   size_t len);

/* Text that libharu draws faithfully in FONT: drops soft hyphens and
 * invalid bytes, turns control characters into spaces (or keeps newlines
 * and tabs when KEEP_NL), and replaces characters the font lacks or above U+FFFF with
 * "?", warning about each (at NODE's position). Caller frees; NULL when out
 * of memory. */
char *pdf_clean_text(pdf_fonts *F, int font, const char *s, size_t len,
                     int keep_nl, const iso_node *node, iso_diags *d,
                     size_t *out_len);

#endif
