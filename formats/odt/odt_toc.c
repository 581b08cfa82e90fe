/* The table of contents: the index source (so LibreOffice can update it)
 * and the index body written out, because LibreOffice does not regenerate
 * an index on load. Page numbers are bookmark references to the headings'
 * bookmarks, which LibreOffice computes at layout time; their cached
 * values are the shared layout's pages, for readers that do not. */
#include <stdio.h>
#include <stdlib.h>

#include "odt.h"

#define TOC_LEVELS ISO_PR_TOC_LEVELS

static void entry_template(iso_xml *x, int level, int numbered) {
  iso_xml_start(x, "text:table-of-content-entry-template");
  iso_xml_attr_int(x, "text:outline-level", level);
  iso_xml_attrf(x, "text:style-name", "Contents_20_%d", level);
  iso_xml_empty_attr(x, "text:index-entry-link-start", "text:style-name",
                     "Index_20_Link");
  if (numbered) { /* "1.2 Scope" when LibreOffice regenerates it too */
    iso_xml_empty(x, "text:index-entry-chapter");
    iso_xml_element(x, "text:index-entry-span", ISO_PR_NUMBER_SEP);
  }
  iso_xml_empty(x, "text:index-entry-text");
  iso_xml_start(x, "text:index-entry-tab-stop");
  iso_xml_attr(x, "style:type", "right");
  iso_xml_attr(x, "style:leader-char", ".");
  iso_xml_end(x);
  iso_xml_empty(x, "text:index-entry-page-number");
  iso_xml_empty(x, "text:index-entry-link-end");
  iso_xml_end(x);
}

/* Without a title the template is empty too, so an update in LibreOffice
 * does not bring the title back. */
static void toc_source(odt_ctx *c, int titled) {
  iso_xml *x = c->x;
  iso_xml_start(x, "text:table-of-content-source");
  iso_xml_attr_int(x, "text:outline-level", TOC_LEVELS);
  iso_xml_attr(x, "text:use-index-marks", "false");
  iso_xml_start(x, "text:index-title-template");
  iso_xml_attr(x, "text:style-name", "Contents_20_Heading");
  if (titled)
    iso_xml_text(x, iso_label(c->lang, ISO_L_TOC));
  iso_xml_end(x);
  for (int level = 1; level <= TOC_LEVELS; level++)
    entry_template(x, level, odt_numbered(c));
  iso_xml_end(x);
}

static void entry(odt_ctx *c, size_t i, const iso_walk_heading *h) {
  int level = h->level;
  int page = i < c->pages.n ? c->pages.heading[i] : 1;
  if (level < 1 || level > TOC_LEVELS)
    return;
  iso_xml *x = c->x;
  char style[32], mark[32];
  snprintf(style, sizeof style, "Contents_20_%d", level);
  odt_bookmark_name(i, mark);
  odt_p_start(c, "text:p", style);
  iso_xml_start(x, "text:a");
  iso_xml_attr(x, "xlink:type", "simple");
  iso_xml_attrf(x, "xlink:href", "#%s", mark);
  /* a plain character style: entries are links, but should not look blue */
  iso_xml_attr(x, "text:style-name", "Index_20_Link");
  iso_xml_attr(x, "text:visited-style-name", "Index_20_Link");
  if (h->number) { /* "1.2 Scope", as the heading shows it */
    odt_text(c, h->number, 0);
    odt_text(c, ISO_PR_NUMBER_SEP, 0);
  }
  odt_text(c, h->text, 0);
  iso_xml_empty(x, "text:tab");
  iso_xml_start(x, "text:bookmark-ref");
  iso_xml_attr(x, "text:reference-format", "page");
  iso_xml_attr(x, "text:ref-name", mark);
  char num[16];
  snprintf(num, sizeof num, "%d", page);
  iso_xml_text(x, num);
  iso_xml_end(x);
  iso_xml_end(x);
  iso_xml_end(x);
}

void odt_bookmark_name(size_t i, char out[32]) {
  snprintf(out, 32, "_Toc%zu", i + 1);
}

/* The walk's contents: the order of the bookmarks and of the pages. */
static void entries(odt_ctx *c) {
  for (size_t i = 0; i < c->contents.n; i++)
    entry(c, i, &c->contents.h[i]);
}

static void index_body(odt_ctx *c, const char *name, int titled) {
  iso_xml *x = c->x;
  iso_xml_start(x, "text:index-body");
  if (titled) {
    iso_xml_start(x, "text:index-title");
    iso_xml_attrf(x, "text:name", "%s_Head", name);
    odt_p_start(c, "text:p", "Contents_20_Heading");
    odt_text(c, iso_label(c->lang, ISO_L_TOC), 0);
    iso_xml_end(x);
    iso_xml_end(x);
  }
  entries(c);
  iso_xml_end(x);
}

void odt_toc(odt_ctx *c, int titled) {
  char name[32];
  snprintf(name, sizeof name, "Contents%d", ++c->n_tocs);
  iso_xml_start(c->x, "text:table-of-content");
  iso_xml_attr(c->x, "text:name", name);
  iso_xml_attr(c->x, "text:protected", "true");
  toc_source(c, titled);
  index_body(c, name, titled);
  iso_xml_end(c->x);
}
