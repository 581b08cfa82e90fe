/* Single-byte fonts for documents that need no more than Windows-1252.
 *
 * libharu's UTF-8 (Type 0) font maps all 65,536 BMP code points to glyphs
 * when it is created, by a linear walk of the font's cmap for each: about
 * 4 ms of CPU per face, 40% of a typical policy's PDF. English and Finnish
 * text (äöå ÅÄÖ € – — “ ” … •) fits Windows-1252, whose simple TrueType fonts
 * cost nothing to set up, extract as text the same and are subset the same.
 * A document with any other character keeps the UTF-8 fonts. */
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "util.h"

/* Windows-1252 bytes 0x80..0x9F (0 where the byte is unassigned). */
static const uint16_t high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int pdf_cp1252_byte(uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
    return (int)cp;
  for (int i = 0; i < 32; i++)
    if (high[i] && high[i] == cp)
      return 0x80 + i;
  return -1;
}

static int fits(const char *s) {
  if (!s)
    return 1;
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (!n || pdf_cp1252_byte(cp) < 0)
      return 0;
    i += n;
  }
  return 1;
}

static int list_fits(char *const *v, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!fits(v[i]))
      return 0;
  return 1;
}

/* Every string the PDF may draw: the metadata, the tree's text and captions,
 * and the built-in labels of the document's language. */
int pdf_doc_fits_cp1252(const iso_node *doc) {
  const iso_meta *m = iso_document_meta_const(doc);
  if (!m)
    return 0;
  if (!fits(m->id) || !fits(m->title) || !fits(m->subtitle) ||
      !fits(m->organization) || !fits(m->version) || !fits(m->classification) ||
      !fits(m->owner) || !fits(m->approver) ||
      !list_fits(m->distribution, m->n_distribution) ||
      !list_fits(m->keywords, m->n_keywords))
    return 0;
  for (size_t i = 0; i < m->n_history; i++) {
    const iso_revision *r = &m->history[i];
    if (!fits(r->version) || !fits(r->author) || !fits(r->changes) ||
        !fits(r->approver))
      return 0;
  }
  for (int i = 0; i < ISO_L_COUNT; i++)
    if (!fits(iso_label(m->language, (iso_label_id)i)))
      return 0;
  for (int t = 0; t <= ISO_TYPE_RECORD; t++)
    if (!fits(iso_doc_type_label(m->language, t)))
      return 0;
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER)
      continue;
    if (!fits(iso_node_get_literal(n)) || !fits(iso_node_get_caption(n)) ||
        !fits(iso_node_get_url(n)))
      return 0;
  }
  return 1;
}

char *pdf_to_cp1252(const char *s, size_t len) {
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  const unsigned char *p = (const unsigned char *)s;
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    int b = n ? pdf_cp1252_byte(cp) : -1;
    out[o++] = b > 0 ? (char)b : '?';
    i += n ? n : 1;
  }
  out[o] = '\0';
  return out;
}
