/* Sections of word/document.xml: the page set-up (w:sectPr) of each run of
 * pages of one orientation (orient.h). A run ends with a paragraph that
 * holds its sectPr, the last run's sectPr closes the body; every run
 * refers to the same header and footer, so the document control and the
 * page numbers continue across. */
#include "docx.h"
#include "orient.h"

long docx_text_width(const docx *c, int landscape) {
  const iso_theme *t = c->theme;
  double w, h;
  iso_pr_page_size(t, landscape, &w, &h);
  long tw = DOCX_TWIPS(w - t->margin_left - t->margin_right);
  return tw < 1440 ? 1440 : tw; /* absurd themes still give a usable page */
}

static void page_size(docx *c, iso_xml *x, int landscape) {
  double w, h;
  iso_pr_page_size(c->theme, landscape, &w, &h);
  iso_xml_start(x, "w:pgSz");
  iso_xml_attr_int(x, "w:w", DOCX_TWIPS(w));
  iso_xml_attr_int(x, "w:h", DOCX_TWIPS(h));
  if (w > h)
    iso_xml_attr(x, "w:orient", "landscape");
  iso_xml_end(x);
}

static void page_margins(docx *c, iso_xml *x) {
  const iso_theme *t = c->theme;
  /* header and footer sit in the middle of their margins */
  iso_xml_start(x, "w:pgMar");
  iso_xml_attr_int(x, "w:top", DOCX_TWIPS(t->margin_top));
  iso_xml_attr_int(x, "w:right", DOCX_TWIPS(t->margin_right));
  iso_xml_attr_int(x, "w:bottom", DOCX_TWIPS(t->margin_bottom));
  iso_xml_attr_int(x, "w:left", DOCX_TWIPS(t->margin_left));
  iso_xml_attr_int(x, "w:header", DOCX_TWIPS(t->margin_top / 2));
  iso_xml_attr_int(x, "w:footer", DOCX_TWIPS(t->margin_bottom / 3));
  iso_xml_attr(x, "w:gutter", "0");
  iso_xml_end(x);
}

static void hdr_ftr_ref(iso_xml *x, const char *name, int rel) {
  iso_xml_start(x, name);
  iso_xml_attr(x, "w:type", "default");
  iso_xml_attrf(x, "r:id", "rId%d", rel);
  iso_xml_end(x);
}

void docx_sect_pr(docx *c, iso_xml *x, int landscape) {
  int turned = landscape != iso_pr_theme_landscape(c->theme) && c->hdr2_rel;
  iso_xml_start(x, "w:sectPr");
  /* see fixed_rels; turned pages: the same header and footer, their right
   * tab at the wider (or narrower) text's edge */
  hdr_ftr_ref(x, "w:headerReference", turned ? c->hdr2_rel : 5);
  hdr_ftr_ref(x, "w:footerReference", turned ? c->ftr2_rel : 6);
  page_size(c, x, landscape);
  page_margins(c, x);
  iso_xml_empty_attr(x, "w:cols", "w:space", "708");
  iso_xml_end(x);
}

/* The run before the turn ends with a paragraph ISO_PR_BREAK_HEIGHT high
 * that holds its sectPr (a section break to the next page, Word's
 * default); the blocks after it get the new text width. */
void docx_turn(docx *c, iso_xml *x, int turn) {
  iso_xml_start(x, "w:p");
  iso_xml_start(x, "w:pPr");
  docx_thin_props(x);
  docx_sect_pr(c, x, c->landscape);
  iso_xml_end(x);
  iso_xml_end(x);
  c->landscape = turn == ISO_WALK_TURN_LANDSCAPE;
  c->text_width = docx_text_width(c, c->landscape);
  if (c->landscape != iso_pr_theme_landscape(c->theme) && !c->hdr2_rel) {
    c->hdr2_rel = docx_rel_add(c, &c->doc_rels, "header", "header2.xml", 0);
    c->ftr2_rel = docx_rel_add(c, &c->doc_rels, "footer", "footer2.xml", 0);
  }
}

void docx_furniture_ppr(docx *c, iso_xml *x, const char *style) {
  iso_xml_start(x, "w:pPr");
  iso_xml_empty_attr(x, "w:pStyle", "w:val", style);
  if (c->furniture_turned) {
    int own = iso_pr_theme_landscape(c->theme);
    iso_xml_start(x, "w:tabs");
    iso_xml_start(x, "w:tab");
    iso_xml_attr(x, "w:val", "clear");
    iso_xml_attr_int(x, "w:pos", docx_text_width(c, own));
    iso_xml_end(x);
    iso_xml_start(x, "w:tab");
    iso_xml_attr(x, "w:val", "right");
    iso_xml_attr_int(x, "w:pos", docx_text_width(c, !own));
    iso_xml_end(x);
    iso_xml_end(x);
  }
  iso_xml_end(x);
}
