/* The document's own UTF-8 encoder (see encoder.h), made with the CMap
 * encoder calls of libharu's installed headers. */
#include <stdlib.h>
#include <string.h>

#include <hpdf_encoder.h>
#include <hpdf_objects.h>

#include "encoder.h"

#define NAME "ISO-UCS2"

/* The UTF-8 parser's state between calls, kept in the encoder (in the
 * table for Japanese line rules, which nothing here uses), as libharu's
 * UTF-8 encoder keeps its own in a corner of its maps. */
typedef struct utf8_state {
  HPDF_BYTE cur, end, bytes[4];
} utf8_state;

static utf8_state *state(HPDF_Encoder e) {
  return (utf8_state *)(void *)((HPDF_CMapEncoderAttr)e->attr)->jww_line_head;
}

/* Takes one byte of UTF-8 text into S: 1 when it ends a character (the
 * character is then value(S)), 0 otherwise. */
static int step(utf8_state *s, HPDF_BYTE b) {
  if (s->cur == 0) {
    s->bytes[0] = b;
    s->cur = 1;
    if (!(b & 0x80)) {
      s->cur = s->end = 0;
      return 1;
    }
    if ((b & 0xF8) == 0xF0)
      s->end = 3;
    else if ((b & 0xF0) == 0xE0)
      s->end = 2;
    else if ((b & 0xE0) == 0xC0)
      s->end = 1;
    else
      s->cur = 0; /* not a lead byte: skipped */
    return 0;
  }
  s->bytes[s->cur] = b;
  if (s->cur == s->end) {
    s->cur = 0;
    return 1;
  }
  s->cur++;
  return 0;
}

static HPDF_UNICODE value(const utf8_state *s) {
  unsigned v;
  switch (s->end) {
  case 3:
    v = ((s->bytes[0] & 7u) << 18) | ((s->bytes[1] & 0x3Fu) << 12) |
        ((s->bytes[2] & 0x3Fu) << 6) | (s->bytes[3] & 0x3Fu);
    break;
  case 2:
    v = ((s->bytes[0] & 0xFu) << 12) | ((s->bytes[1] & 0x3Fu) << 6) |
        (s->bytes[2] & 0x3Fu);
    break;
  case 1:
    v = ((s->bytes[0] & 0x1Fu) << 6) | (s->bytes[1] & 0x3Fu);
    break;
  default:
    v = s->bytes[0];
  }
  return (HPDF_UNICODE)(v > 0xFFFF ? 32 : v); /* as libharu's */
}

static HPDF_ByteType byte_type(HPDF_Encoder e, HPDF_ParseText_Rec *p) {
  utf8_state *s = state(e);
  if (p->index == 0)
    s->cur = 0;
  return step(s, p->text[p->index++]) ? HPDF_BYTE_TYPE_SINGLE
                                       : HPDF_BYTE_TYPE_TRIAL;
}

static HPDF_UNICODE to_unicode(HPDF_Encoder e, HPDF_UINT16 code) {
  (void)code;
  return value(state(e));
}

/* LEN bytes of UTF-8 TEXT as two bytes a character, big-endian, into OUT
 * (room for 2 * LEN); returns the bytes written. */
static size_t to_codes(const char *text, size_t len, unsigned char *out) {
  utf8_state s = {0, 0, {0}};
  unsigned char *c = out;
  for (size_t i = 0; i < len; i++)
    if (step(&s, (HPDF_BYTE)text[i])) {
      HPDF_UNICODE u = value(&s);
      *c++ = (unsigned char)(u >> 8);
      *c++ = (unsigned char)(u & 0xFF);
    }
  return (size_t)(c - out);
}

int pdf_encoder_codes(const char *text, size_t len, iso_buf *out) {
  unsigned char small[256];
  unsigned char *b = len * 2 <= sizeof small ? small : malloc(len * 2);
  if (!b)
    return -1;
  iso_buf_append(out, b, to_codes(text, len, b));
  if (b != small)
    free(b);
  return out->failed ? -1 : 0;
}

/* TEXT as the codes drawn: two bytes a character, big-endian. libharu
 * frees the result with free(). */
static char *encode_text(HPDF_Encoder e, const char *text, HPDF_UINT len,
                         HPDF_UINT *length) {
  char *out = malloc(len * 2 + 2);
  if (!out) { /* libharu cannot hear of it but through its error handler */
    *length = 0;
    HPDF_RaiseError(e->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
    return NULL;
  }
  *length = (HPDF_UINT)to_codes(text, len, (unsigned char *)out);
  return out;
}

static HPDF_STATUS no_init(HPDF_Encoder e) {
  (void)e;
  return HPDF_INVALID_ENCODER;
}

static HPDF_STATUS init(HPDF_Encoder e, const pdf_charset *chars) {
  HPDF_STATUS ret = HPDF_CMapEncoder_InitAttr(e);
  if (ret != HPDF_OK)
    return ret;
  /* the ranges only describe the encoding CMap libharu writes; with our own
   * to_unicode they leave the CID map alone */
  e->byte_type_fn = byte_type;
  e->to_unicode_fn = to_unicode;
  e->encode_text_fn = encode_text;
  static const HPDF_CidRange_Rec cids[] = {{0x0000, 0xFFFF, 0x0},
                                           {0xFFFF, 0xFFFF, 0x0}};
  static const HPDF_CidRange_Rec space = {0x0000, 0xFFFF, 0};
  static const HPDF_CidRange_Rec notdef = {0x0000, 0x001F, 1};
  if (HPDF_CMapEncoder_AddCMap(e, cids) != HPDF_OK ||
      HPDF_CMapEncoder_AddCodeSpaceRange(e, space) != HPDF_OK ||
      HPDF_CMapEncoder_AddNotDefRange(e, notdef) != HPDF_OK)
    return e->error->error_no ? e->error->error_no : HPDF_FAILD_TO_ALLOC_MEM;
  HPDF_CMapEncoderAttr a = e->attr;
  /* the document's characters, CID = code point; libharu's CID font keeps
   * the map below its highest CID (its loops stop short of it), so the one
   * after the last character closes the map */
  unsigned last = 0;
  for (unsigned cp = 0x20; cp < 0xFFFF; cp++)
    if (pdf_charset_has(chars, cp)) {
      a->cid_map[cp & 0xFF][cp >> 8] = (HPDF_UINT16)cp;
      a->unicode_map[cp & 0xFF][cp >> 8] = (HPDF_UNICODE)cp;
      last = cp;
    }
  unsigned end = last + 1;
  a->cid_map[end & 0xFF][end >> 8] = (HPDF_UINT16)end;
  a->unicode_map[end & 0xFF][end >> 8] = (HPDF_UNICODE)end;
  a->is_lead_byte_fn = NULL;
  a->is_trial_byte_fn = NULL;
  strcpy(a->registry, "Adobe");
  strcpy(a->ordering, "Identity-H");
  a->suppliment = 0;
  a->writing_mode = HPDF_WMODE_HORIZONTAL;
  e->type = HPDF_ENCODER_TYPE_DOUBLE_BYTE;
  return HPDF_OK;
}

const char *pdf_encoder_register(HPDF_Doc pdf, const pdf_charset *chars) {
  if (HPDF_Doc_FindEncoder(pdf, NAME))
    return NAME;
  HPDF_Encoder e = HPDF_CMapEncoder_New(pdf->mmgr, NAME, no_init);
  if (!e)
    return NULL;
  if (init(e, chars) != HPDF_OK) {
    HPDF_Encoder_Free(e);
    return NULL;
  }
  return HPDF_Doc_RegisterEncoder(pdf, e) == HPDF_OK ? NAME : NULL;
}

HPDF_Font pdf_encoder_font(HPDF_Doc pdf, const char *name) {
  HPDF_Encoder e = HPDF_Doc_FindEncoder(pdf, NAME);
  if (!e)
    return NULL;
  /* libharu's CID font reads the CID map only for an encoder with its own
   * to_unicode; text is parsed with ours */
  e->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  HPDF_Font f = HPDF_GetFont(pdf, name, NAME);
  e->to_unicode_fn = to_unicode;
  return f;
}
