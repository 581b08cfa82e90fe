/* ToUnicode CMaps for UTF-8 fonts (see tounicode.h). libharu has no public
 * call for this; the dictionary and stream calls used are those of its
 * installed object headers. */
#include <hpdf_objects.h>

#include "internal.h"
#include "tounicode.h"
#include "zstream.h"

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
    c = chars->bit[c >> 3] ? c + 1 : (c | 7) + 1; /* empty bytes at once */
  if (c >= 0xFFFF)
    return 0;
  unsigned e = c;
  while (e < 0xFFFE && (e & 0xFF) != 0xFF && pdf_charset_has(chars, e + 1))
    e++;
  *cp = c;
  *last = e;
  return 1;
}

HPDF_Dict pdf_tounicode_new(HPDF_Doc pdf, const pdf_charset *chars) {
  iso_buf b;
  iso_buf_init(&b);
  iso_buf_puts(&b, head);
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
      iso_buf_printf(&b, "%u beginbfrange\n", n);
      for (unsigned i = 0; i < n; i++)
        iso_buf_printf(&b, "<%04X> <%04X> <%04X>\n", from[i], to[i], from[i]);
      iso_buf_puts(&b, "endbfrange\n");
      n = 0;
    }
    if (!more)
      break;
  }
  iso_buf_puts(&b, tail);
  HPDF_Dict cmap = b.failed ? NULL : HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (cmap && pdf_stream_put_deflated(cmap, b.data, b.len) < 0)
    cmap = NULL; /* a failed one is libharu's to free */
  iso_buf_free(&b);
  return cmap;
}
