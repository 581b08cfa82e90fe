/* Reference templates inside the library (docs/themes.md, "Reference
 * templates"): the user's DOCX or ODT read as hostile input (size limits,
 * zip bombs, no DTDs and so no external entities), and the values taken
 * from it. Not part of the public API. */
#ifndef ISO_REFERENCE_H
#define ISO_REFERENCE_H

#include "xdom.h"
#include <stddef.h>
#include <zip.h>

#include "internal.h"

#define ISO_REF_FILE_MAX (20u * 1024u * 1024u) /* the template file */
#define ISO_REF_PART_MAX (8u * 1024u * 1024u)  /* one part, inflated */
#define ISO_REF_ENTRIES_MAX 2000               /* entries in the archive */

/* What a template gives; 0, "" or NULL: it does not say. */
typedef struct iso_ref_values {
  double page_w, page_h;
  double m_top, m_bottom, m_left, m_right;
  int margins; /* the four margins were read */
  char font_body[64], font_heading[64];
  double size_body, size_title, size_h[6];
  char color_text[7], color_heading[7];
  unsigned char *logo; /* the header's first image (malloc'd) */
  size_t logo_len;
  char logo_name[128];
} iso_ref_values;

/* Reads the part NAME (at most ISO_REF_PART_MAX bytes once inflated,
 * whatever its header claims) into OUT. 1 read, 0 no such part, -1 damaged
 * or too large (WHY says which). */
int iso_ref_part(zip_t *z, const char *name, iso_buf *out, char *why,
                 size_t why_len);
/* Parses the part NAME as XML without network, DTDs or entity
 * substitution; a part with a DOCTYPE is refused. NULL with WHY: missing
 * (when REQUIRED), damaged, not XML. *MISSING is set when it is absent. */
iso_xdoc *iso_ref_xml(zip_t *z, const char *name, int required, int *missing,
                      char *why, size_t why_len);
/* A part's name from a relationship target or an ODF href relative to
 * folder DIR ("word/"): NULL for absolute, external or climbing ("..")
 * names. Caller frees. */
char *iso_ref_part_name(const char *dir, const char *target);
/* A plain decimal ("-12", "10.5"); *END past it (== S: none). */
/* Whether N is an element called NAME (local name), and N's first child
 * element called NAME (NULL: none); for both template readers. */
int iso_ref_is(const iso_xnode *n, const char *name);
iso_xnode *iso_ref_child(const iso_xnode *n, const char *name);
double iso_ref_decimal(const char *s, const char **end);
/* "12pt", "0.5in", "2.54cm", "25.4mm" in points; -1 when not a length. */
double iso_ref_length(const char *s);
/* An RRGGBB colour ("auto" and others: 0). */
int iso_ref_color(const char *s, char out[7]);

/* The two readers: 0, or -1 with WHY (not this kind of template, damaged). */
int iso_ref_docx(zip_t *z, iso_ref_values *v, char *why, size_t why_len);
int iso_ref_odt(zip_t *z, iso_ref_values *v, char *why, size_t why_len);

/* iso_reference_apply, leaving the keys marked in KEEP (iso_theme_key_id
 * indices; NULL: none) as they are. Errors go to the template's PATH. */
int iso_reference_apply_keep(const char *path, iso_theme *t, const int *keep,
                             const char *at_file, int line, int col,
                             iso_diags *d);

#endif
