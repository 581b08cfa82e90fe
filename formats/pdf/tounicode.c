/* ToUnicode CMaps for UTF-8 fonts (see tounicode.h). libharu has no public
 * call for this; the dictionary and stream calls used are those of its
 * installed object headers. */
#include <stdio.h>

#include <hpdf_objects.h>

#include "tounicode.h"

static const char head[] =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> "
    "def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
static const char tail[] = "endcmap\n"
                           "CMapName currentdict /CMap defineresource pop\n"
                           "end\nend\n";

/* The next run of characters of CHARS at or after *CP that stays within one
 * high byte (a bfrange may vary only in its last byte); 0 when none. */
static int next_run(const pdf_charset *chars, unsigned *cp, unsigned *last) {
  unsigned c = *cp;
  while (c < 0xFFFF && !(c >= 0x20 && pdf_charset_has(chars, c)))
    c++;
  if (c >= 0xFFFF)
    return 0;
  unsigned e = c;
  while (e < 0xFFFE && (e & 0xFF) != 0xFF && pdf_charset_has(chars, e + 1))
    e++;
  *cp = c;
  *last = e;
  return 1;
}

static HPDF_Dict make_cmap(HPDF_Doc pdf, const pdf_charset *chars) {
  HPDF_Dict cmap = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!cmap)
    return NULL;
  HPDF_Stream s = cmap->stream;
  HPDF_STATUS ret = HPDF_Stream_WriteStr(s, head);
  /* blocks of at most 100 ranges, as the CMap format asks */
  unsigned cp = 0x20, last, n = 0, from[100], to[100];
  for (;;) {
    int more = next_run(chars, &cp, &last);
    if (more) {
      from[n] = cp;
      to[n++] = last;
      cp = last + 1;
    }
    if ((n == 100 || !more) && n) {
      char line[64];
      snprintf(line, sizeof line, "%u beginbfrange\n", n);
      ret += HPDF_Stream_WriteStr(s, line);
      for (unsigned i = 0; i < n; i++) {
        snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n", from[i], to[i],
                 from[i]);
        ret += HPDF_Stream_WriteStr(s, line);
      }
      ret += HPDF_Stream_WriteStr(s, "endbfrange\n");
      n = 0;
    }
    if (!more)
      break;
  }
  ret += HPDF_Stream_WriteStr(s, tail);
  cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  return ret == HPDF_OK ? cmap : NULL; /* a failed one is libharu's to free */
}

int pdf_fix_tounicode(HPDF_Doc pdf, HPDF_Font font, const pdf_charset *chars,
                      void **shared) {
  if (!*shared)
    *shared = make_cmap(pdf, chars);
  /* the old CMap stays: it is the font's encoding too */
  return *shared && HPDF_Dict_Add(font, "ToUnicode", *shared) == HPDF_OK ? 0
                                                                          : -1;
}
