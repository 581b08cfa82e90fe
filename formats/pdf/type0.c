/* Type 0 fonts for the UTF-8 faces (see type0.h). */
#include <stdlib.h>
#include <string.h>

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_utils.h>

#include "encoder.h"
#include "subset.h"
#include "type0.h"
#include "zstream.h"

/* The characters drawn are kept in the attribute's USED, as a
 * pdf_charset (pdf_type0_mark). */
static pdf_charset *used(HPDF_Font font) {
  return (pdf_charset *)(void *)((HPDF_FontAttr)font->attr)->used;
}

/* libharu's Type 0 measure for a TrueType font, with this font's codes:
 * the width of each character. Measuring marks nothing: text measured is
 * not always drawn in this face (a word tried with a hyphen, a layout made
 * over the font files' own metrics draws without measuring here). */
static HPDF_TextWidth text_width(HPDF_Font font, const HPDF_BYTE *text,
                                 HPDF_UINT len) {
  HPDF_TextWidth tw = {0, 0, 0, 0};
  HPDF_FontDef def = ((HPDF_FontAttr)font->attr)->fontdef;
  pdf_utf8 s = {0, 0, {0}};
  HPDF_BYTE b = 0;
  for (HPDF_UINT i = 0; i < len; i++) {
    b = text[i];
    if (pdf_utf8_step(&s, b)) {
      unsigned code = pdf_utf8_code(&s);
      tw.width += (HPDF_UINT)HPDF_TTFontDef_GetCharWidth(def, (HPDF_UNICODE)code);
      tw.numchars++;
    }
    if (HPDF_IS_WHITE_SPACE(b)) {
      tw.numwords++;
      tw.numspace++;
    }
  }
  if (!HPDF_IS_WHITE_SPACE(b))
    tw.numwords++;
  return tw;
}

/* Line fitting is the layout's (src/layout/); libharu's text boxes, which
 * would call this, are not used. */
static HPDF_UINT measure_text(HPDF_Font font, const HPDF_BYTE *text,
                              HPDF_UINT len, HPDF_REAL width, HPDF_REAL size,
                              HPDF_REAL charspace, HPDF_REAL wordspace,
                              HPDF_BOOL wordwrap, HPDF_REAL *real_width) {
  (void)font, (void)text, (void)len, (void)width, (void)size;
  (void)charspace, (void)wordspace, (void)wordwrap;
  if (real_width)
    *real_width = 0;
  return 0;
}

static void on_free(HPDF_Dict font) {
  HPDF_FontAttr a = font->attr;
  if (!a)
    return;
  if (a->used)
    HPDF_FreeMem(font->mmgr, a->used);
  HPDF_FreeMem(font->mmgr, a);
  font->attr = NULL;
}

/* The descendant CIDFontType2 font, without what finish adds. */
static HPDF_Dict descendant(HPDF_MMgr mmgr, HPDF_Xref xref, HPDF_FontDef def) {
  HPDF_Dict d = HPDF_Dict_New(mmgr);
  if (!d || HPDF_Xref_Add(xref, d) != HPDF_OK)
    return NULL; /* an object libharu failed to add is freed by it */
  HPDF_Dict info = HPDF_Dict_New(mmgr);
  if (!info)
    return NULL;
  HPDF_STATUS ret = HPDF_Dict_Add(d, "CIDSystemInfo", info);
  ret += HPDF_Dict_AddName(d, "Type", "Font");
  ret += HPDF_Dict_AddName(d, "Subtype", "CIDFontType2");
  ret += HPDF_Dict_AddNumber(d, "DW", def->missing_width);
  /* Identity-H goes with any character collection; Adobe-Identity-0 is the
   * one it names */
  ret += HPDF_Dict_Add(info, "Registry", HPDF_String_New(mmgr, "Adobe", NULL));
  ret += HPDF_Dict_Add(info, "Ordering",
                       HPDF_String_New(mmgr, "Identity", NULL));
  ret += HPDF_Dict_AddNumber(info, "Supplement", 0);
  return ret == HPDF_OK ? d : NULL;
}

HPDF_Font pdf_type0_new(HPDF_Doc pdf, const char *name) {
  HPDF_FontDef def = HPDF_GetFontDef(pdf, name);
  if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE)
    return NULL;
  HPDF_MMgr mmgr = pdf->mmgr;
  HPDF_Font font = HPDF_Dict_New(mmgr);
  if (!font)
    return NULL;
  HPDF_FontAttr a = HPDF_GetMem(mmgr, sizeof *a);
  HPDF_BYTE *u = a ? HPDF_GetMem(mmgr, sizeof(pdf_charset)) : NULL;
  if (!u) {
    if (a)
      HPDF_FreeMem(mmgr, a);
    HPDF_Dict_Free(font);
    return NULL;
  }
  memset(a, 0, sizeof *a);
  memset(u, 0, sizeof(pdf_charset));
  a->type = HPDF_FONT_TYPE0_TT;
  a->writing_mode = HPDF_WMODE_HORIZONTAL;
  a->text_width_fn = text_width;
  a->measure_text_fn = measure_text;
  a->fontdef = def;
  a->used = u;
  a->xref = pdf->xref;
  font->attr = a;
  font->free_fn = on_free;
  font->header.obj_class |= HPDF_OSUBCLASS_FONT;
  if (HPDF_Xref_Add(pdf->xref, font) != HPDF_OK)
    return NULL;
  HPDF_Dict cid = descendant(mmgr, pdf->xref, def);
  HPDF_Array list = cid ? HPDF_Array_New(mmgr) : NULL;
  if (!list)
    return NULL;
  a->descendant_font = cid;
  HPDF_STATUS ret = HPDF_Dict_AddName(font, "Type", "Font");
  ret += HPDF_Dict_AddName(font, "Subtype", "Type0");
  ret += HPDF_Dict_AddName(font, "Encoding", "Identity-H");
  ret += HPDF_Dict_Add(font, "DescendantFonts", list);
  ret += HPDF_Array_Add(list, cid);
  return ret == HPDF_OK ? font : NULL;
}

int pdf_type0_is(HPDF_Font font) {
  return font && font->free_fn == on_free;
}

/* The W array: runs of consecutive codes whose width is not DW. */
static int widths(HPDF_Dict cid, HPDF_FontDef def, const pdf_charset *u,
                  unsigned max, const unsigned char *map) {
  HPDF_Array w = HPDF_Array_New(cid->mmgr);
  if (!w || HPDF_Dict_Add(cid, "W", w) != HPDF_OK)
    return -1;
  HPDF_STATUS ret = HPDF_OK;
  HPDF_Array run = NULL;
  unsigned last = 0; /* the code after the run's end */
  for (unsigned code = 0; code <= max && ret == HPDF_OK; code++) {
    if (!u->bit[code >> 3]) {
      code |= 7; /* eight codes not drawn */
      continue;
    }
    if (!pdf_charset_has(u, code))
      continue;
    HPDF_UINT16 gid = (HPDF_UINT16)(map[2 * code] << 8 | map[2 * code + 1]);
    HPDF_INT16 width = HPDF_TTFontDef_GetGidWidth(def, gid);
    if (width == def->missing_width)
      continue;
    if (!run || code != last) {
      ret += HPDF_Array_AddNumber(w, (HPDF_INT32)code);
      run = HPDF_Array_New(cid->mmgr);
      ret += run ? HPDF_Array_Add(w, run) : HPDF_FAILD_TO_ALLOC_MEM;
    }
    if (run)
      ret += HPDF_Array_AddNumber(run, width);
    last = code + 1;
  }
  return ret == HPDF_OK ? 0 : -1;
}

void pdf_type0_mark(HPDF_Font font, const unsigned char *codes, size_t len) {
  pdf_charset *u = used(font);
  for (size_t i = 0; i + 1 < len; i += 2)
    pdf_charset_add(u, (uint32_t)codes[i] << 8 | codes[i + 1]);
}

int pdf_type0_finish(HPDF_Font font, HPDF_Dict tounicode) {
  HPDF_FontAttr a = font->attr;
  HPDF_FontDef def = a->fontdef;
  HPDF_TTFontDefAttr ta = def->attr;
  HPDF_Dict cid = a->descendant_font;
  const pdf_charset *u = used(font);
  if (!def->descriptor || !tounicode)
    return -1;
  HPDF_STATUS ret = HPDF_Dict_AddName(font, "BaseFont", ta->base_font);
  ret += HPDF_Dict_AddName(cid, "BaseFont", ta->base_font);
  ret += HPDF_Dict_Add(cid, "FontDescriptor", def->descriptor);
  ret += HPDF_Dict_Add(font, "ToUnicode", tounicode);
  if (ret != HPDF_OK)
    return -1;
  unsigned max = 0;
  for (unsigned i = sizeof u->bit; i-- > 0;)
    if (u->bit[i]) { /* the highest code drawn */
      for (unsigned k = 8; k-- > 0 && !max;)
        if (pdf_charset_has(u, i * 8 + k))
          max = i * 8 + k;
      break;
    }
  /* the CID map, CID (the code) to the subset's glyph, big-endian */
  unsigned char *map = calloc(max + 1, 2);
  if (!map)
    return -1;
  for (unsigned code = 0; code <= max; code++)
    if (u->bit[code >> 3] && pdf_charset_has(u, code)) {
      HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)code);
      map[2 * code] = (unsigned char)(gid >> 8);
      map[2 * code + 1] = (unsigned char)gid;
    }
  int rc = -1;
  HPDF_Dict s = NULL;
  if (widths(cid, def, u, max, map) == 0 &&
      (s = HPDF_DictStream_New(font->mmgr, a->xref)) != NULL &&
      HPDF_Dict_Add(cid, "CIDToGIDMap", s) == HPDF_OK &&
      pdf_stream_put_deflated(s, map, 2 * ((size_t)max + 1)) == 0)
    rc = 0;
  free(map);
  return rc;
}
