/* word/header1.xml, on every page: logo or organisation on the left; title,
 * classification and the DRAFT / RETIRED mark on the right (at the Header
 * style's right tab). */
#include "docx.h"

static const docx_rpr plain = {0, 0, NULL};

#define SEP " \xC2\xB7 " /* middle dot, as in the footer */

static void logo(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  const docx_media *media = docx_media_get(c, m->logo_image, c->doc);
  if (!media)
    return;
  const iso_image_info *info = &media->img->info;
  int rel = docx_rel_add(c, &c->hdr_rels, "image", media->name, 0);
  /* 24 pt high, at most a third of the text width */
  double h = 24, w = info->height_px > 0 ? h * info->width_px / info->height_px : h;
  double max_w = c->text_width / 20.0 / 3;
  if (w > max_w) {
    h *= max_w / w;
    w = max_w;
  }
  docx_drawing(c, x, rel, DOCX_EMU(w), DOCX_EMU(h), media->name + 6,
               m->organization ? m->organization : "logo");
}

static void left_part(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  if (m->logo_image) {
    logo(c, x);
    if (m->organization && *m->organization)
      docx_run(x, "  ", plain);
  }
  if (m->organization && *m->organization)
    docx_run(x, m->organization, plain);
}

static void right_part(docx *c, iso_xml *x) {
  const iso_meta *m = c->meta;
  iso_xml_start(x, "w:r");
  iso_xml_empty(x, "w:tab");
  iso_xml_end(x);
  docx_run(x, m->title, plain);
  if (m->classification && *m->classification) {
    docx_run(x, SEP, plain);
    docx_run(x, m->classification, plain);
  }
  const char *mark = iso_status_mark(c->lang, m->status);
  if (mark) {
    docx_rpr r = {0, 0, "StatusMark"};
    docx_run(x, SEP, plain);
    docx_run(x, mark, r);
  }
}

void docx_part_header(docx *c, iso_xml *x) {
  iso_xml_start(x, "w:hdr");
  iso_xml_attr(x, "xmlns:w", DOCX_NS_W);
  iso_xml_attr(x, "xmlns:r", DOCX_NS_R);
  iso_xml_attr(x, "xmlns:wp", DOCX_NS_WP);
  iso_xml_attr(x, "xmlns:a", DOCX_NS_A);
  iso_xml_attr(x, "xmlns:pic", DOCX_NS_PIC);
  iso_xml_start(x, "w:p");
  docx_ppr_style(x, "Header");
  left_part(c, x);
  right_part(c, x);
  iso_xml_end(x);
  iso_xml_end(x);
}
