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
#include "present.h"
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

/* Adds the characters of S to C->set; clears C->fits at one that
 * Windows-1252 lacks. */
typedef struct collect {
  pdf_charset *set;
  int fits;
} collect;

static void add(collect *c, const char *s) {
  if (!s)
    return;
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    if (p[i] < 0x80) { /* most text: no decoding */
      c->set->bit[p[i] >> 3] |= (uint8_t)(1u << (p[i] & 7));
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (!n || pdf_cp1252_byte(cp) < 0)
      c->fits = 0;
    if (!n) {
      i++;
      continue;
    }
    pdf_charset_add(c->set, cp);
    i += n;
  }
}

static void add_list(collect *c, char *const *v, size_t n) {
  for (size_t i = 0; i < n; i++)
    add(c, v[i]);
}

/* Every string the PDF may draw: the metadata, the tree's text and captions,
 * the bullets of its lists and the built-in labels of the document's
 * language. */
int pdf_doc_chars(const iso_node *doc, pdf_charset *set) {
  const iso_meta *m = iso_document_meta_const(doc);
  if (!m)
    return -1;
  collect c = {set, 1};
  const char *fields[] = {m->id,      m->title,          m->subtitle,
                          m->organization, m->version, m->classification,
                          m->owner,   m->approver};
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    add(&c, fields[i]);
  add_list(&c, m->distribution, m->n_distribution);
  add_list(&c, m->keywords, m->n_keywords);
  for (size_t i = 0; i < m->n_history; i++) {
    const iso_revision *r = &m->history[i];
    add(&c, r->version);
    add(&c, r->author);
    add(&c, r->changes);
    add(&c, r->approver);
  }
  for (int i = 0; i < ISO_L_COUNT; i++)
    add(&c, iso_label(m->language, (iso_label_id)i));
  for (int t = 0; t <= ISO_TYPE_RECORD; t++)
    add(&c, iso_doc_type_label(m->language, t));
  /* list numbers: digits, letters and roman numerals */
  add(&c, "0123456789abcdefghijklmnopqrstuvwxyz" ISO_PR_NUM_SUFFIX);
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  int lists = 0; /* lists around the node: at least the bullet's depth */
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (iso_node_get_type(n) == ISO_NODE_LIST) {
      if (ev == ISO_EVENT_EXIT) {
        lists--;
        continue;
      }
      for (int d = 0; d <= lists && d < 3; d++)
        add(&c, iso_pr_bullet(d));
      lists++;
    }
    if (ev != ISO_EVENT_ENTER)
      continue;
    add(&c, iso_node_get_literal(n));
    add(&c, iso_node_get_caption(n));
    add(&c, iso_node_get_url(n));
  }
  return c.fits;
}

void pdf_charset_add_cp1252(pdf_charset *set) {
  for (uint32_t cp = 0x20; cp < 0x7F; cp++)
    pdf_charset_add(set, cp);
  for (uint32_t cp = 0xA0; cp <= 0xFF; cp++)
    pdf_charset_add(set, cp);
  for (int i = 0; i < 32; i++)
    if (high[i])
      pdf_charset_add(set, high[i]);
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

/* PDFDocEncoding (ISO 32000-1, Annex D) where it differs from Latin-1. */
static const struct {
  uint16_t cp;
  unsigned char byte;
} docenc_special[] = {
    {0x02D8, 0x18}, {0x02C7, 0x19}, {0x02C6, 0x1A}, {0x02D9, 0x1B},
    {0x02DD, 0x1C}, {0x02DB, 0x1D}, {0x02DA, 0x1E}, {0x02DC, 0x1F},
    {0x2022, 0x80}, {0x2020, 0x81}, {0x2021, 0x82}, {0x2026, 0x83},
    {0x2014, 0x84}, {0x2013, 0x85}, {0x0192, 0x86}, {0x2044, 0x87},
    {0x2039, 0x88}, {0x203A, 0x89}, {0x2212, 0x8A}, {0x2030, 0x8B},
    {0x201E, 0x8C}, {0x201C, 0x8D}, {0x201D, 0x8E}, {0x2018, 0x8F},
    {0x2019, 0x90}, {0x201A, 0x91}, {0x2122, 0x92}, {0xFB01, 0x93},
    {0xFB02, 0x94}, {0x0141, 0x95}, {0x0152, 0x96}, {0x0160, 0x97},
    {0x0178, 0x98}, {0x017D, 0x99}, {0x0131, 0x9A}, {0x0142, 0x9B},
    {0x0153, 0x9C}, {0x0161, 0x9D}, {0x017E, 0x9E}, {0x20AC, 0xA0}};

static int docenc_byte(uint32_t cp) {
  if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD))
    return (int)cp;
  for (size_t i = 0; i < sizeof docenc_special / sizeof docenc_special[0]; i++)
    if (docenc_special[i].cp == cp)
      return docenc_special[i].byte;
  return -1;
}

int pdf_to_docenc(const char *s, char *out) {
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s), o = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    int b = n ? docenc_byte(cp) : -1;
    if (b < 0)
      return -1;
    out[o++] = (char)b;
    i += n;
  }
  out[o] = '\0';
  return 0;
}
