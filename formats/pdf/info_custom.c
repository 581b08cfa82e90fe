/* The document's `custom` fields in the Info dictionary, each under its
 * own name. libharu writes a key's space as it is, which ends the name
 * ("/Project code" is two tokens), so the entries are written by the
 * dictionary's write hook, which libharu calls after the standard entries:
 * the name escaped here (ISO 32000-1, 7.3.5), the value a text string as
 * the incremental updates write them (pdf_put_text). */
#include <string.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "info_text.h"
#include "pdfupdate.h"

/* The document whose fields this thread's Info dictionary writes: set
 * before the save, checked against the dictionary being written. */
static _Thread_local struct {
  HPDF_Dict dict;
  const iso_meta *m;
} pending;

/* NAME as a PDF name's bytes after the slash: '#' and two hex digits for
 * every byte outside '!'..'~' and for the delimiters. */
static void put_name(iso_buf *b, const char *name) {
  static const char hex[] = "0123456789ABCDEF";
  iso_buf_puts(b, "/");
  for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
    if (*s < 0x21 || *s > 0x7E || strchr("#()<>[]{}/%", *s)) {
      char e[3] = {'#', hex[*s >> 4], hex[*s & 15]};
      iso_buf_append(b, e, 3);
    } else {
      iso_buf_append(b, s, 1);
    }
  }
}

static HPDF_STATUS write_fields(HPDF_Dict dict, HPDF_Stream stream) {
  if (dict != pending.dict || !pending.m)
    return HPDF_OK;
  const iso_meta *m = pending.m;
  iso_buf b;
  iso_buf_init(&b);
  for (size_t i = 0; i < m->n_custom; i++) {
    put_name(&b, m->custom[i].name);
    iso_buf_puts(&b, " ");
    pdf_put_text(&b, m->custom[i].value);
    iso_buf_puts(&b, "\n");
  }
  HPDF_STATUS st = b.failed ? HPDF_FAILD_TO_ALLOC_MEM
                            : HPDF_Stream_Write(stream, b.data, (HPDF_UINT)b.len);
  iso_buf_free(&b);
  pending.dict = NULL;
  pending.m = NULL;
  return st;
}

int pdf_info_custom(HPDF_Doc pdf, const iso_meta *m) {
  if (!m->n_custom)
    return 0;
  if (!pdf->info) /* set up by the standard entries (the title is required) */
    return -1;
  pending.dict = pdf->info;
  pending.m = m;
  pdf->info->write_fn = write_fields;
  return 0;
}
