/* What a DOCX reference template gives: the fonts, sizes and colours of its
 * document defaults and of the Normal, Title and Heading 1-6 styles
 * (following basedOn, and the theme's major and minor fonts where a style
 * names them), the body's page size and margins, and the first image of
 * its headers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reference.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define A_NS "http://schemas.openxmlformats.org/drawingml/2006/main"


/* w:ATTR's value into OUT (empty when absent). */
static void wattr(const iso_xnode *n, const char *attr, char *out, size_t size) {
  out[0] = '\0';
  if (!n)
    return;
  const char *v = iso_xdom_attr(n, W_NS, attr);
  if (v) {
    snprintf(out, size, "%s", v);
  }
}

static double wnum(const iso_xnode *n, const char *attr) {
  char s[32];
  wattr(n, attr, s, sizeof s);
  const char *end;
  double v = iso_ref_decimal(s, &end);
  return end != s && !*end ? v : 0;
}

typedef struct fonts {
  char major[64], minor[64];
} fonts;

/* A run's properties: the font (or the theme font it names), the size in
 * half-points and the colour, each only when given. */
typedef struct rpr {
  char font[64];
  double size;
  char color[7];
} rpr;

static void read_rpr(const iso_xnode *r, const fonts *f, rpr *out) {
  if (!r)
    return;
  const iso_xnode *rf = iso_ref_child(r, "rFonts");
  char s[64];
  if (rf && !out->font[0]) {
    wattr(rf, "ascii", s, sizeof s);
    if (!s[0]) {
      wattr(rf, "asciiTheme", s, sizeof s);
      const char *tf = !strncmp(s, "major", 5) ? f->major
                       : !strncmp(s, "minor", 5) ? f->minor
                                                  : "";
      snprintf(s, sizeof s, "%s", tf);
    }
    if (s[0])
      snprintf(out->font, sizeof out->font, "%s", s);
  }
  if (!out->size)
    out->size = wnum(iso_ref_child(r, "sz"), "val") / 2;
  if (!out->color[0]) {
    wattr(iso_ref_child(r, "color"), "val", s, sizeof s);
    iso_ref_color(s, out->color);
  }
}

static iso_xnode *style(iso_xnode *root, const char *id) {
  char s[64];
  for (iso_xnode *k = root->children; k; k = k->next)
    if (iso_ref_is(k, "style")) {
      wattr(k, "styleId", s, sizeof s);
      if (!strcmp(s, id))
        return k;
    }
  return NULL;
}

/* A style's run properties with what it inherits: basedOn (at most ten
 * steps: a loop ends there), then the document defaults. 1 when the style
 * exists. */
static int style_rpr(iso_xnode *root, const char *id, const fonts *f, rpr *out) {
  memset(out, 0, sizeof *out);
  iso_xnode *s = style(root, id);
  int found = s != NULL;
  for (int i = 0; s && i < 10; i++) {
    read_rpr(iso_ref_child(s, "rPr"), f, out);
    char base[64];
    wattr(iso_ref_child(s, "basedOn"), "val", base, sizeof base);
    s = base[0] ? style(root, base) : NULL;
  }
  read_rpr(iso_ref_child(iso_ref_child(iso_ref_child(root, "docDefaults"), "rPrDefault"), "rPr"), f, out);
  return found;
}

static void theme_fonts(zip_t *z, fonts *f) {
  char why[64];
  iso_xdoc *th = iso_ref_xml(z, "word/theme/theme1.xml", 0, NULL, why, sizeof why);
  if (!th)
    return;
  iso_xnode *fs = iso_ref_child(iso_ref_child(iso_xdom_root(th), "themeElements"), "fontScheme");
  const char *which[2] = {"majorFont", "minorFont"};
  for (int i = 0; i < 2; i++) {
    iso_xnode *latin = iso_ref_child(iso_ref_child(fs, which[i]), "latin");
    const char *v = latin ? iso_xdom_attr_any(latin, "typeface") : NULL;
    if (v)
      snprintf(i ? f->minor : f->major, 64, "%s", v);
  }
  iso_xdom_free(th);
}

static int read_styles(zip_t *z, iso_ref_values *v, char *why, size_t why_len) {
  fonts f;
  memset(&f, 0, sizeof f);
  theme_fonts(z, &f);
  iso_xdoc *doc = iso_ref_xml(z, "word/styles.xml", 1, NULL, why, why_len);
  if (!doc)
    return -1;
  iso_xnode *root = iso_xdom_root(doc);
  if (!iso_ref_is(root, "styles")) {
    snprintf(why, why_len, "word/styles.xml holds no w:styles");
    iso_xdom_free(doc);
    return -1;
  }
  rpr r;
  style_rpr(root, "Normal", &f, &r);
  snprintf(v->font_body, sizeof v->font_body, "%s", r.font);
  v->size_body = r.size;
  memcpy(v->color_text, r.color, 7);
  if (style_rpr(root, "Title", &f, &r))
    v->size_title = r.size;
  for (int i = 0; i < 6; i++) {
    char id[16];
    snprintf(id, sizeof id, "Heading%d", i + 1);
    if (!style_rpr(root, id, &f, &r))
      continue;
    v->size_h[i] = r.size;
    if (i == 0) {
      snprintf(v->font_heading, sizeof v->font_heading, "%s", r.font);
      memcpy(v->color_heading, r.color, 7);
    }
  }
  iso_xdom_free(doc);
  return 0;
}

/* The relationships of PART ("word/document.xml"): the target of the first
 * one whose type ends with TYPE, after SKIP of them. NULL: none. */
static char *rel_target(zip_t *z, const char *dir, const char *file, const char *type,
                        int skip) {
  char name[256], why[64];
  snprintf(name, sizeof name, "%s_rels/%s.rels", dir, file);
  iso_xdoc *doc = iso_ref_xml(z, name, 0, NULL, why, sizeof why);
  if (!doc)
    return NULL;
  char *out = NULL;
  size_t tl = strlen(type);
  for (iso_xnode *k = iso_xdom_root(doc)->children; k && !out; k = k->next) {
    if (!iso_ref_is(k, "Relationship"))
      continue;
    const char *t = iso_xdom_attr_any(k, "Type");
    const char *tg = iso_xdom_attr_any(k, "Target");
    const char *mode = iso_xdom_attr_any(k, "TargetMode");
    size_t n = t ? strlen(t) : 0;
    if (t && tg && !mode && n >= tl && !strcmp(t + n - tl, type) &&
        skip-- == 0)
      out = iso_ref_part_name(dir, tg);
  }
  iso_xdom_free(doc);
  return out;
}

static void header_logo(zip_t *z, iso_ref_values *v) {
  for (int h = 0; h < 6 && !v->logo; h++) {
    char *hdr = rel_target(z, "word/", "document.xml", "/header", h);
    if (!hdr)
      return;
    const char *file = strrchr(hdr, '/') ? strrchr(hdr, '/') + 1 : hdr;
    char *img = rel_target(z, "word/", file, "/image", 0);
    free(hdr);
    if (!img)
      continue;
    iso_buf b;
    iso_buf_init(&b);
    char why[128];
    if (iso_ref_part(z, img, &b, why, sizeof why) == 1) {
      v->logo = (unsigned char *)iso_buf_detach(&b, &v->logo_len);
      snprintf(v->logo_name, sizeof v->logo_name, "%s", img);
    }
    iso_buf_free(&b);
    free(img);
  }
}

static int read_page(zip_t *z, iso_ref_values *v, char *why, size_t why_len) {
  iso_xdoc *doc = iso_ref_xml(z, "word/document.xml", 1, NULL, why, why_len);
  if (!doc)
    return -1;
  iso_xnode *body = iso_ref_child(iso_xdom_root(doc), "body");
  iso_xnode *sect = iso_ref_child(body, "sectPr");
  if (sect) {
    /* twentieths of a point */
    iso_xnode *sz = iso_ref_child(sect, "pgSz"), *mar = iso_ref_child(sect, "pgMar");
    v->page_w = wnum(sz, "w") / 20;
    v->page_h = wnum(sz, "h") / 20;
    if (mar) {
      v->margins = 1;
      double top = wnum(mar, "top"), bottom = wnum(mar, "bottom");
      v->m_top = (top < 0 ? -top : top) / 20;
      v->m_bottom = (bottom < 0 ? -bottom : bottom) / 20;
      v->m_left = wnum(mar, "left") / 20;
      v->m_right = wnum(mar, "right") / 20;
    }
  }
  iso_xdom_free(doc);
  return 0;
}

int iso_ref_docx(zip_t *z, iso_ref_values *v, char *why, size_t why_len) {
  if (read_page(z, v, why, why_len) || read_styles(z, v, why, why_len))
    return -1;
  header_logo(z, v);
  return 0;
}
