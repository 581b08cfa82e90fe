/* Pictures/: the logo and every image, named in document order, so the
 * body pass and the manifest agree on names. The bytes are the ones the
 * loader read and checked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "odt.h"

static int add_picture(odt_ctx *c, const iso_image *img, const char *stem,
                       const iso_node *at) {
  if (!img || (img->info.format != ISO_IMAGE_PNG &&
               img->info.format != ISO_IMAGE_JPEG)) {
    iso_diag_add(c->d, ISO_SEV_ERROR, at ? iso_node_file(at) : c->m->source,
                 at ? iso_node_line(at) : 0, at ? iso_node_column(at) : 0,
                 "odt: image without a PNG or JPEG file");
    return -1;
  }
  odt_picture *p = realloc(c->pics, (c->n_pics + 1) * sizeof *p);
  if (!p) {
    iso_diag_add(c->d, ISO_SEV_ERROR, NULL, 0, 0, "odt: out of memory");
    return -1;
  }
  c->pics = p;
  p = &c->pics[c->n_pics];
  memset(p, 0, sizeof *p);
  int png = img->info.format == ISO_IMAGE_PNG;
  snprintf(p->name, sizeof p->name, "Pictures/%s%zu.%s", stem, c->n_pics + 1,
           png ? "png" : "jpg");
  p->media_type = png ? "image/png" : "image/jpeg";
  p->img = img;
  c->n_pics++;
  return 0;
}

int odt_pictures_collect(odt_ctx *c) {
  int rc = 0;
  c->logo = -1;
  /* the logo shown, in the header or on the title page */
  const iso_image *logo = iso_pr_logo(c->m, c->t);
  if (logo) {
    if (add_picture(c, logo, "logo", NULL) == 0)
      c->logo = (int)c->n_pics - 1;
    else
      rc = -1;
  }
  iso_iter it;
  iso_iter_init(&it, c->doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(n) == ISO_NODE_IMAGE &&
        add_picture(c, iso_node_get_image(n), "image", n))
      rc = -1;
  }
  return rc;
}

const odt_picture *odt_body_picture(odt_ctx *c, int nth) {
  size_t i = (size_t)nth + (c->logo >= 0 ? 1 : 0);
  return i < c->n_pics ? &c->pics[i] : NULL;
}

void odt_pictures_free(odt_ctx *c) {
  free(c->pics);
  c->pics = NULL;
  c->n_pics = 0;
}

void odt_image_size(const odt_picture *p, double pct, double width,
                    double max_h, double *w, double *h) {
  double ww, hh;
  iso_pr_image_size(&p->img->info, pct, width, max_h, &ww, &hh);
  /* ODF lengths must be positive */
  *w = ww < 1 ? 1 : ww;
  *h = hh < 1 ? 1 : hh;
}

void odt_image_frame(odt_ctx *c, const odt_picture *p, double w, double h,
                     const char *style, const char *name) {
  iso_xml *x = c->x;
  iso_xml_start(x, "draw:frame");
  iso_xml_attr(x, "draw:style-name", style);
  iso_xml_attr(x, "draw:name", name);
  iso_xml_attr(x, "text:anchor-type", "as-char");
  odt_attr_len(x, "svg:width", w);
  odt_attr_len(x, "svg:height", h);
  iso_xml_attr(x, "draw:z-index", "0");
  iso_xml_start(x, "draw:image");
  iso_xml_attr(x, "xlink:href", p->name);
  iso_xml_attr(x, "xlink:type", "simple");
  iso_xml_attr(x, "xlink:show", "embed");
  iso_xml_attr(x, "xlink:actuate", "onLoad");
  iso_xml_attr(x, "draw:mime-type", p->media_type);
  iso_xml_end(x);
  iso_xml_end(x);
}
