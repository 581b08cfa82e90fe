/* The headings of the table of contents (the walk's contents, src/walk.h)
 * with the page each one lands on, taken from the shared layout
 * (src/layout/doc.h): the pages the PDF shows, which LibreOffice shows too,
 * since the styles are the same. Word refreshes the numbers on opening (see
 * updateFields). */
#include "docx.h"

int docx_collect_headings(docx *c) {
  int rc = iso_walk_contents_build(c->doc, c->theme, &c->contents);
  if (rc == 0)
    rc = iso_layout_paginate(c->doc, c->theme, &c->heading_pages);
  if (rc == 0) {
    c->pages = c->heading_pages.pages;
  } else {
    iso_diag_add(c->d, ISO_SEV_ERROR, NULL, 0, 0, "docx: out of memory");
    c->failed = 1;
  }
  return rc;
}
