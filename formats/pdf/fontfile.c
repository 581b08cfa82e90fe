/* Font files made once and names from the subset (see fontfile.h), through
 * the object calls of libharu's installed headers. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>

#include "bytestream.h"
#include "fontfile.h"
#include "ttfsave.h"
#include "zstream.h"

/* A deflated font file, kept for the life of the process. */
typedef struct made_file {
  uint64_t key;
  char base[HPDF_LIMIT_MAX_NAME_LEN + 1]; /* the untagged name */
  uint64_t digest;
  unsigned nglyphs;
  unsigned char *used; /* the glyph flags, NGLYPHS */
  unsigned char *z;    /* the font file, deflated */
  size_t zlen;
  unsigned length1; /* its length before deflating */
} made_file;

#define KEPT 16
static made_file kept[KEPT];
static size_t nkept, next_out;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 1099511628211u;
  return h;
}

/* The font file of DEF as libharu writes it, with its present tag, into
 * *FILE (caller frees) and *LEN: ttfsave.h when the font was loaded from
 * memory, else (a font libharu read from its file, or bytes it parsed
 * other than they are) libharu's own call. -1 when out of memory or
 * libharu failed. */
static int font_file(HPDF_FontDef def, unsigned char **file, size_t *len) {
  const unsigned char *src;
  size_t n;
  int rc = 1;
  if (pdf_bytes_view(((HPDF_TTFontDefAttr)def->attr)->stream, &src, &n) == 0)
    rc = pdf_ttf_save(def, src, n, file, len);
  if (rc <= 0)
    return rc;
  iso_buf raw;
  iso_buf_init(&raw);
  HPDF_Stream s = pdf_buf_stream(def->mmgr, def->error, &raw);
  rc = s && HPDF_TTFontDef_SaveFontData(def, s) == HPDF_OK && !raw.failed
           ? 0
           : -1;
  if (s)
    HPDF_Stream_Free(s);
  if (rc < 0)
    iso_buf_free(&raw);
  else
    *file = (unsigned char *)iso_buf_detach(&raw, len);
  return *file || rc < 0 ? rc : -1;
}

/* DEF's font file deflated (zstream.h) into *M's z, zlen and length1; -1
 * when out of memory or libharu failed. */
static int make_file(HPDF_FontDef def, made_file *m) {
  unsigned char *file = NULL;
  size_t len = 0;
  if (font_file(def, &file, &len) < 0)
    return -1;
  m->z = pdf_deflate_font(file, len, &m->zlen);
  m->length1 = (unsigned)len;
  free(file);
  return m->z ? 0 : -1;
}

/* The descriptor libharu would make for a font of this type, with FILE as
 * its FontFile2. */
static HPDF_Dict descriptor(HPDF_Font font, HPDF_Dict file) {
  HPDF_FontAttr fa = font->attr;
  HPDF_FontDef def = fa->fontdef;
  HPDF_TTFontDefAttr a = def->attr;
  HPDF_Dict d = HPDF_Dict_New(font->mmgr);
  if (!d)
    return NULL;
  HPDF_STATUS ret = HPDF_Xref_Add(fa->xref, d);
  if (ret != HPDF_OK)
    return NULL; /* freed by libharu */
  ret += HPDF_Dict_AddName(d, "Type", "FontDescriptor");
  ret += HPDF_Dict_AddNumber(d, "Ascent", def->ascent);
  ret += HPDF_Dict_AddNumber(d, "Descent", def->descent);
  if (fa->type == HPDF_FONT_TRUETYPE)
    ret += HPDF_Dict_AddNumber(d, "CapHeight", def->cap_height);
  ret += HPDF_Dict_AddNumber(d, "Flags", def->flags);
  ret += HPDF_Dict_Add(d, "FontBBox",
                       HPDF_Box_Array_New(font->mmgr, def->font_bbox));
  ret += HPDF_Dict_AddName(d, "FontName", a->base_font);
  ret += HPDF_Dict_AddNumber(d, "ItalicAngle", def->italic_angle);
  ret += HPDF_Dict_AddNumber(d, "StemV", def->stemv);
  ret += HPDF_Dict_AddNumber(d, "XHeight", def->x_height);
  if (fa->type == HPDF_FONT_TRUETYPE && a->char_set)
    ret += HPDF_Dict_AddName(d, "CharSet", a->char_set);
  ret += HPDF_Dict_Add(d, "FontFile2", file);
  return ret == HPDF_OK ? d : NULL;
}

int pdf_fontfile_prepare(HPDF_Font font, uint64_t digest) {
  if (!font || !font->attr)
    return 0;
  HPDF_FontAttr fa = font->attr;
  HPDF_FontDef def = fa->fontdef;
  if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || def->descriptor ||
      (fa->type != HPDF_FONT_TRUETYPE && fa->type != HPDF_FONT_TYPE0_TT))
    return 0;
  HPDF_TTFontDefAttr a = def->attr;
  if (!a->embedding)
    return 0;
  unsigned n = a->num_glyphs;
  /* what the subset holds: the font and the glyphs used */
  uint64_t key = fnv(14695981039346656037u, def->base_font,
                     strlen(def->base_font));
  key = fnv(key, &digest, sizeof digest);
  key = fnv(key, &n, sizeof n);
  key = fnv(key, a->glyph_tbl.flgs, n);
  /* its prefix: six capitals, as ISO 32000-1 (9.6.4) asks */
  char tag[7];
  uint64_t h = key ^ (key >> 29);
  for (int i = 0; i < 6; i++) {
    tag[i] = (char)('A' + h % 26);
    h /= 26;
  }
  tag[6] = 0;
  HPDF_TTFontDef_SetTagName(def, tag);
  if (fa->type == HPDF_FONT_TRUETYPE && /* the Type 0 font sets its own */
      HPDF_Dict_AddName(font, "BaseFont", a->base_font) != HPDF_OK)
    return -1;

  pthread_mutex_lock(&lock);
  made_file *m = NULL;
  for (size_t i = 0; i < nkept && !m; i++)
    if (kept[i].key == key && kept[i].digest == digest &&
        kept[i].nglyphs == n && strcmp(kept[i].base, def->base_font) == 0 &&
        memcmp(kept[i].used, a->glyph_tbl.flgs, n) == 0)
      m = &kept[i];
  made_file fresh = {0};
  if (!m) {
    fresh.key = key;
    fresh.digest = digest;
    fresh.nglyphs = n;
    strcpy(fresh.base, def->base_font);
    fresh.used = malloc(n ? n : 1);
    if (!fresh.used || make_file(def, &fresh) < 0) {
      free(fresh.used);
      pthread_mutex_unlock(&lock);
      return -1;
    }
    memcpy(fresh.used, a->glyph_tbl.flgs, n);
    size_t at = nkept < KEPT ? nkept++ : next_out++ % KEPT;
    free(kept[at].used);
    free(kept[at].z);
    kept[at] = fresh;
    m = &kept[at];
  }
  HPDF_Dict file = HPDF_DictStream_New(font->mmgr, fa->xref);
  HPDF_STATUS ret = file ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM;
  if (file) {
    /* a copy of the kept bytes, read in place (bytestream.h): another
     * worker may replace the kept file before this PDF is saved */
    unsigned char *copy = malloc(m->zlen ? m->zlen : 1);
    if (copy)
      memcpy(copy, m->z, m->zlen);
    if (!copy || pdf_dict_take_bytes(file, copy, m->zlen) < 0)
      ret = HPDF_FAILD_TO_ALLOC_MEM;
    ret += HPDF_Dict_AddNumber(file, "Length1", m->length1);
    ret += HPDF_Dict_AddNumber(file, "Length2", 0);
    ret += HPDF_Dict_AddNumber(file, "Length3", 0);
    pdf_stream_mark_deflated(file);
  }
  pthread_mutex_unlock(&lock);
  if (ret != HPDF_OK)
    return -1;
  HPDF_Dict d = descriptor(font, file);
  if (!d)
    return -1;
  def->descriptor = d;
  return 0;
}
