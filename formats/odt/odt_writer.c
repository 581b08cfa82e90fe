/* The ODT writer: strict ODF 1.3 text documents. This file assembles the
 * package; each part has its own file (odt_content.c, odt_styles.c, ...). */
#include <string.h>

#include "odt.h"
#include "orient.h"
#include "writers.h"

static const char mimetype[] = "application/vnd.oasis.opendocument.text";

static void ctx_init(odt_ctx *c, const iso_node *doc, const iso_theme *theme,
                     iso_diags *d) {
  memset(c, 0, sizeof *c);
  c->doc = doc;
  c->m = iso_document_meta_const(doc);
  c->t = theme ? theme : iso_theme_default();
  c->d = d;
  c->lang = c->m->language;
  c->logo = -1;
  c->landscape = iso_pr_theme_landscape(c->t);
  c->turns = iso_pr_has_turns(doc, c->t);
  c->text_width = odt_text_width(c, c->landscape);
  c->text_height = odt_text_height(c, c->landscape);
}

double odt_text_width(const odt_ctx *c, int landscape) {
  double w, h;
  iso_pr_page_size(c->t, landscape, &w, &h);
  w -= c->t->margin_left + c->t->margin_right;
  return w < 36 ? 36 : w;
}

double odt_text_height(const odt_ctx *c, int landscape) {
  double w, h;
  iso_pr_page_size(c->t, landscape, &w, &h);
  h -= c->t->margin_top + c->t->margin_bottom;
  return h < 36 ? 36 : h;
}

const char *odt_turned_master(const odt_ctx *c) {
  return iso_pr_theme_landscape(c->t) ? "Portrait" : "Landscape";
}

/* mimetype first and stored: its bytes then sit at offset 38, where file
 * type sniffers look. Pictures go in before the manifest that lists them. */
static int assemble(odt_ctx *c, iso_zip *z) {
  if (iso_zip_add_copy(z, "mimetype", mimetype, sizeof mimetype - 1, 1) ||
      odt_content_xml(c, z) || odt_styles_xml(c, z) || odt_meta_xml(c, z) ||
      odt_settings_xml(c, z))
    return -1;
  for (size_t i = 0; i < c->n_pics; i++) {
    /* PNG and JPEG are compressed already */
    const iso_image *img = c->pics[i].img;
    if (iso_zip_add_copy(z, c->pics[i].name, img->data, img->len, 1))
      return -1;
  }
  return odt_manifest_xml(c, z);
}

static int write_odt(const iso_node *doc, const iso_theme *theme,
                     const iso_write_options *o, iso_buf *out, iso_diags *d) {
  if (!doc || !iso_document_meta_const(doc)) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "odt: no document");
    return -1;
  }
  odt_ctx c;
  ctx_init(&c, doc, theme, d);
  c.when = iso_write_timestamp(c.m, o);
  c.metrics = iso_metrics_open(c.t);
  if (!c.metrics || iso_walk_contents_build(doc, c.t, &c.contents)) {
    iso_metrics_free(c.metrics);
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "odt: out of memory");
    return -1;
  }
  if (iso_layout_paginate(doc, c.t, &c.pages)) {
    iso_metrics_free(c.metrics);
    iso_walk_contents_free(&c.contents);
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "odt: out of memory");
    return -1;
  }
  if (odt_pictures_collect(&c)) {
    iso_metrics_free(c.metrics);
    iso_layout_pages_free(&c.pages);
    iso_walk_contents_free(&c.contents);
    odt_pictures_free(&c);
    return -1;
  }
  iso_zip *z = iso_zip_new(c.when);
  int rc = -1;
  if (!z) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "odt: out of memory");
  } else if (assemble(&c, z)) {
    iso_zip_free(z);
    iso_diag_add(d, ISO_SEV_ERROR, c.m->source, 0, 0,
                 "odt: cannot write an XML part (out of memory)");
  } else {
    rc = iso_zip_finish(z, out, d, "odt");
  }
  odt_pictures_free(&c);
  iso_metrics_free(c.metrics);
  iso_layout_pages_free(&c.pages);
  iso_walk_contents_free(&c.contents);
  return rc;
}

const iso_writer iso_writer_odt = {"odt", "odt", "OpenDocument text (ODF 1.3)",
                                   write_odt};
