/* The table of contents: a TOC \o "1-3" field whose result is already
 * filled in (LibreOffice never updates it; Word refreshes it because of
 * updateFields): one hyperlinked entry per heading of levels 1 to 3 with a
 * PAGEREF field to the heading's bookmark and its page from the shared
 * layout. */
#include <stdio.h>

#include "docx.h"
#include "present.h"

#define TOC_INSTR " TOC \\o \"1-3\" \\h \\z \\u " /* ISO_PR_TOC_LEVELS */

static const docx_rpr plain = {0, 0, NULL};

static void fld_char(iso_xml *x, const char *type) {
  iso_xml_start(x, "w:r");
  iso_xml_empty_attr(x, "w:fldChar", "w:fldCharType", type);
  iso_xml_end(x);
}

static void toc_begin(iso_xml *x) {
  fld_char(x, "begin");
  iso_xml_start(x, "w:r");
  iso_xml_start(x, "w:instrText");
  iso_xml_attr(x, "xml:space", "preserve");
  iso_xml_text(x, TOC_INSTR);
  iso_xml_end(x);
  iso_xml_end(x);
  fld_char(x, "separate");
}

static void entry(docx *c, iso_xml *x, size_t i, int first, int last) {
  const iso_walk_heading *h = &c->contents.h[i];
  char style[16], bookmark[32], instr[64], page[16];
  snprintf(style, sizeof style, "TOC%d", h->level);
  docx_bookmark_name(i, bookmark);
  snprintf(instr, sizeof instr, " PAGEREF %s \\h ", bookmark);
  snprintf(page, sizeof page, "%d",
           i < c->heading_pages.n ? c->heading_pages.heading[i] : 1);
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  iso_xml_end(x);
  if (first)
    toc_begin(x);
  iso_xml_start(x, "w:hyperlink");
  iso_xml_attr(x, "w:anchor", bookmark);
  iso_xml_attr(x, "w:history", "1");
  if (h->number) { /* "1.2 Scope", as the heading shows it */
    docx_run(x, h->number, plain);
    docx_run(x, ISO_PR_NUMBER_SEP, plain);
  }
  docx_run(x, h->text, plain);
  iso_xml_start(x, "w:r");
  iso_xml_empty(x, "w:tab");
  iso_xml_end(x);
  docx_field(x, instr, page, plain);
  iso_xml_end(x);
  if (last)
    fld_char(x, "end");
  iso_xml_end(x);
}

void docx_toc(docx *c, iso_xml *x, int titled) {
  if (titled)
    docx_para_text(x, "TOCHeading", iso_label(c->lang, ISO_L_TOC));
  size_t n = c->contents.n, last = n;
  for (size_t i = 0; i < n; i++)
    if (c->contents.h[i].listed)
      last = i;
  if (last == n) { /* no headings: an empty field */
    iso_xml_start(x, "w:p");
    toc_begin(x);
    fld_char(x, "end");
    iso_xml_end(x);
    return;
  }
  int first = 1;
  for (size_t i = 0; i <= last; i++) {
    if (!c->contents.h[i].listed)
      continue;
    entry(c, x, i, first, i == last);
    first = 0;
  }
  docx_spacer(x, 8);
}
