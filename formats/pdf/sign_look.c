/* What the signer's field shows: a thin frame and "Digitally signed by
 * NAME, DATE" in the body face. The text needs a font of its own: the
 * document's fonts are subset by libharu to the glyphs the pages use, and
 * their widths list only those, so a PDF/A reader would find the name's
 * other letters missing. The appearance font is a subset of the body
 * face's TrueType file (subset.c) holding the appearance's characters,
 * with Windows-1252 codes; a character outside Windows-1252 shows as '?'. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fonts.h"
#include "sign.h"
#include "sign_look.h"
#include "util.h"

void pdf_sig_font_free(pdf_sig_font *f) {
  free(f->program);
  memset(f, 0, sizeof *f);
}

int pdf_sig_font_make(pdf_fonts *F, const char *text, pdf_sig_font *out) {
  memset(out, 0, sizeof *out);
  HPDF_Font hf = pdf_font(F, LAY_BODY);
  pdf_face *face = &F->face[LAY_BODY];
  if (!hf || !face->file)
    return 0; /* a frame without text */
  char *bytes = pdf_to_cp1252(text, strlen(text));
  pdf_charset *cs = calloc(1, sizeof *cs);
  iso_buf file;
  iso_buf_init(&file);
  iso_diags *quiet = iso_diags_new();
  int rc = -1;
  if (!bytes || !cs || !quiet)
    goto out;
  if (iso_read_file_max(face->file, (size_t)64 << 20, &file, quiet)) {
    rc = 0; /* unreadable now: no text */
    goto out;
  }
  pdf_charset_add(cs, ' ');
  const unsigned char *p = (const unsigned char *)text;
  size_t len = strlen(text);
  while (len) {
    uint32_t cp;
    size_t k = iso_utf8_decode(p, len, &cp);
    if (!k)
      break;
    if (pdf_cp1252_byte(cp) >= 32)
      pdf_charset_add(cs, cp);
    p += k;
    len -= k;
  }
  pdf_charset_add(cs, '?');
  int s = pdf_ttf_subset(file.data, file.len, (unsigned)face->index, cs,
                         &out->program, &out->len);
  if (s == -2)
    goto out;
  if (s != 0) {
    out->program = NULL; /* not a TrueType file subset.c reads: no text */
    rc = 0;
    goto out;
  }
  for (uint32_t cp = 32; cp < 65536; cp++) {
    if (!pdf_charset_has(cs, cp))
      continue;
    int b = pdf_cp1252_byte(cp);
    char u[4];
    size_t n = 0;
    if (cp < 0x80) {
      u[n++] = (char)cp;
    } else if (cp < 0x800) {
      u[n++] = (char)(0xC0 | (cp >> 6));
      u[n++] = (char)(0x80 | (cp & 0x3F));
    } else {
      u[n++] = (char)(0xE0 | (cp >> 12));
      u[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
      u[n++] = (char)(0x80 | (cp & 0x3F));
    }
    if (b >= 32)
      out->widths[b - 32] = (int)lround(pdf_measure(F, LAY_BODY, 1000, u, n));
  }
  HPDF_Box box = HPDF_Font_GetBBox(hf);
  out->bbox[0] = (int)box.left;
  out->bbox[1] = (int)box.bottom;
  out->bbox[2] = (int)box.right;
  out->bbox[3] = (int)box.top;
  out->ascent = HPDF_Font_GetAscent(hf);
  out->descent = HPDF_Font_GetDescent(hf);
  out->cap_height = (int)HPDF_Font_GetCapHeight(hf);
  out->flags = 32; /* nonsymbolic: Windows-1252 codes */
  const char *ps = HPDF_Font_GetFontName(hf);
  size_t o = (size_t)snprintf(out->name, sizeof out->name, "ISOSIG+");
  for (; ps && *ps && *ps != ',' && o + 1 < sizeof out->name; ps++)
    if ((*ps >= 'A' && *ps <= 'Z') || (*ps >= 'a' && *ps <= 'z') ||
        (*ps >= '0' && *ps <= '9') || *ps == '-')
      out->name[o++] = *ps;
  out->name[o] = '\0';
  rc = 0;
out:
  free(bytes);
  free(cs);
  iso_buf_free(&file);
  iso_diags_free(quiet);
  if (rc)
    pdf_sig_font_free(out);
  return rc;
}

static double text_width(const pdf_sig_font *f, const char *s) {
  double w = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p >= 32)
      w += f->widths[*p - 32];
  return w / 1000;
}

static void put_string(iso_buf *o, const char *s) {
  iso_buf_puts(o, "(");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '(' || *p == ')' || *p == '\\')
      iso_buf_printf(o, "\\%c", *p);
    else if (*p < 32 || *p > 126)
      iso_buf_printf(o, "\\%03o", *p);
    else
      iso_buf_append(o, p, 1);
  }
  iso_buf_puts(o, ")");
}

void pdf_sig_appearance(iso_buf *out, const pdf_sig_font *font, double width,
                        double height, const char *signer, const char *date,
                        const char *label) {
  (void)label;
  iso_buf_printf(out, "q 0.35 0.35 0.35 RG 0.6 w 0.3 0.3 %.2f %.2f re S Q\n",
                 width - 0.6, height - 0.6);
  if (!font || !font->program)
    return;
  iso_buf line;
  iso_buf_init(&line);
  iso_buf_printf(&line, "Digitally signed by %s,", signer);
  char *l1 = line.failed ? NULL : pdf_to_cp1252((const char *)line.data, line.len);
  char *l2 = pdf_to_cp1252(date, strlen(date));
  iso_buf_free(&line);
  if (l1 && l2) {
    double wide = fmax(text_width(font, l1), text_width(font, l2));
    double size = fmin(10, (height - 3) / 2.3);
    if (wide > 0)
      size = fmin(size, (width - 6) / wide);
    size = fmax(size, 3);
    double top = (height + 2.2 * size) / 2;
    iso_buf_printf(out, "BT /F1 %.2f Tf 0.1 0.1 0.1 rg 3 %.2f Td ", size,
                   top - 0.9 * size);
    put_string(out, l1);
    iso_buf_printf(out, " Tj 0 %.2f Td ", -1.25 * size);
    put_string(out, l2);
    iso_buf_puts(out, " Tj ET\n");
  }
  free(l1);
  free(l2);
}
