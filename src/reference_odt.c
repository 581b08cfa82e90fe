/* What an ODT reference template gives: the fonts, sizes and colours of
 * its default paragraph style and of the Standard, Title and Heading 1-6
 * styles (following the parent styles, percentages of the parent's size
 * included, and the font-face declarations), the standard master page's
 * page size and margins, and the first image of its header. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reference.h"

#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define FO_NS "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define SVG_NS "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define XLINK_NS "http://www.w3.org/1999/xlink"


static void nsattr(const iso_xnode *n, const char *ns, const char *attr, char *out,
                   size_t size) {
  out[0] = '\0';
  if (!n)
    return;
  const char *v = iso_xdom_attr(n, ns, attr);
  if (v) {
    snprintf(out, size, "%s", v);
  }
}

/* style:font-name -> svg:font-family (without its quotes) */
static void family(iso_xnode *decls, const char *name, char out[64]) {
  out[0] = '\0';
  char s[64], fam[64];
  for (iso_xnode *k = decls ? decls->children : NULL; k; k = k->next) {
    if (!iso_ref_is(k, "font-face"))
      continue;
    nsattr(k, STYLE_NS, "name", s, sizeof s);
    if (strcmp(s, name))
      continue;
    nsattr(k, SVG_NS, "font-family", fam, sizeof fam);
    size_t n = strlen(fam);
    if (n >= 2 && (fam[0] == '\'' || fam[0] == '"') && fam[n - 1] == fam[0]) {
      fam[n - 1] = '\0';
      memmove(fam, fam + 1, n - 1);
    }
    snprintf(out, 64, "%s", fam[0] ? fam : name);
    return;
  }
  snprintf(out, 64, "%s", name);
}

typedef struct tprops {
  char font[64];
  double size; /* points; negative: a share of the parent's size */
  double pct;  /* percentages met on the way up, multiplied */
  char color[7];
} tprops;

static void read_text(const iso_xnode *tp, iso_xnode *decls, tprops *o) {
  if (!tp)
    return;
  char s[64];
  if (!o->font[0]) {
    nsattr(tp, STYLE_NS, "font-name", s, sizeof s);
    if (s[0])
      family(decls, s, o->font);
  }
  if (!o->size) {
    nsattr(tp, FO_NS, "font-size", s, sizeof s);
    size_t n = strlen(s);
    if (n > 1 && s[n - 1] == '%') {
      s[n - 1] = '\0';
      const char *end;
      double p = iso_ref_decimal(s, &end);
      if (*end == '\0' && p > 0 && p < 1000)
        o->pct *= p / 100;
    } else if (n) {
      double v = iso_ref_length(s);
      if (v > 0)
        o->size = v * o->pct;
    }
  }
  if (!o->color[0]) {
    nsattr(tp, FO_NS, "color", s, sizeof s);
    iso_ref_color(s, o->color);
  }
}

static iso_xnode *find_style(iso_xnode *styles, const char *name) {
  char s[128];
  for (iso_xnode *k = styles ? styles->children : NULL; k; k = k->next)
    if (iso_ref_is(k, "style")) {
      nsattr(k, STYLE_NS, "name", s, sizeof s);
      if (!strcmp(s, name))
        return k;
    }
  return NULL;
}

static int style_text(iso_xnode *styles, iso_xnode *decls, const char *name, tprops *o) {
  memset(o, 0, sizeof *o);
  o->pct = 1;
  iso_xnode *s = find_style(styles, name);
  int found = s != NULL;
  for (int i = 0; s && i < 10; i++) {
    read_text(iso_ref_child(s, "text-properties"), decls, o);
    char parent[128];
    nsattr(s, STYLE_NS, "parent-style-name", parent, sizeof parent);
    s = parent[0] ? find_style(styles, parent) : NULL;
  }
  for (iso_xnode *k = styles ? styles->children : NULL; k; k = k->next) {
    char fam[32];
    nsattr(k, STYLE_NS, "family", fam, sizeof fam);
    if (iso_ref_is(k, "default-style") && !strcmp(fam, "paragraph"))
      read_text(iso_ref_child(k, "text-properties"), decls, o);
  }
  return found;
}

static void read_page(iso_xnode *root, iso_ref_values *v) {
  iso_xnode *master = iso_ref_child(iso_ref_child(root, "master-styles"), "master-page");
  char layout[128];
  nsattr(master, STYLE_NS, "page-layout-name", layout, sizeof layout);
  iso_xnode *autos = iso_ref_child(root, "automatic-styles");
  for (iso_xnode *k = autos ? autos->children : NULL; k && layout[0]; k = k->next) {
    char s[128];
    nsattr(k, STYLE_NS, "name", s, sizeof s);
    if (!iso_ref_is(k, "page-layout") || strcmp(s, layout))
      continue;
    iso_xnode *p = iso_ref_child(k, "page-layout-properties");
    const char *which[6] = {"page-width", "page-height", "margin-top",
                            "margin-bottom", "margin-left", "margin-right"};
    double *dst[6] = {&v->page_w, &v->page_h, &v->m_top, &v->m_bottom, &v->m_left,
                      &v->m_right};
    int margins = 0;
    for (int i = 0; i < 6; i++) {
      nsattr(p, FO_NS, which[i], s, sizeof s);
      double x = iso_ref_length(s);
      if (x >= 0) {
        *dst[i] = x;
        margins += i >= 2;
      }
    }
    v->margins = margins == 4;
    break;
  }
  /* the header's first picture */
  iso_xnode *hdr = iso_ref_child(master, "header");
  for (iso_xnode *n = hdr; n && !v->logo;) {
    if (iso_ref_is(n, "image")) {
      char href[256];
      nsattr(n, XLINK_NS, "href", href, sizeof href);
      char *part = iso_ref_part_name("", href);
      (void)part;
      v->logo_name[0] = '\0';
      if (part)
        snprintf(v->logo_name, sizeof v->logo_name, "%s", part);
      free(part);
      break;
    }
    /* depth first through the header, never above it */
    if (n->children)
      n = n->children;
    else {
      while (n && n != hdr && !n->next)
        n = n->parent;
      n = n && n != hdr ? n->next : NULL;
    }
  }
}

int iso_ref_odt(zip_t *z, iso_ref_values *v, char *why, size_t why_len) {
  iso_buf mt;
  iso_buf_init(&mt);
  int r = iso_ref_part(z, "mimetype", &mt, why, why_len);
  static const char odt[] = "application/vnd.oasis.opendocument.text";
  int ok = r == 1 && (mt.len == sizeof odt - 1 || mt.len == sizeof odt + 8) &&
           !memcmp(mt.data, odt, sizeof odt - 1);
  iso_buf_free(&mt);
  if (r < 0)
    return -1;
  if (!ok) {
    snprintf(why, why_len, "its mimetype is not an ODF text document's");
    return -1;
  }
  iso_xdoc *doc = iso_ref_xml(z, "styles.xml", 1, NULL, why, why_len);
  if (!doc)
    return -1;
  iso_xnode *root = iso_xdom_root(doc);
  iso_xnode *decls = iso_ref_child(root, "font-face-decls");
  iso_xnode *styles = iso_ref_child(root, "styles");
  if (!iso_ref_is(root, "document-styles") || !styles) {
    snprintf(why, why_len, "styles.xml holds no office:styles");
    iso_xdom_free(doc);
    return -1;
  }
  tprops t;
  style_text(styles, decls, "Standard", &t);
  snprintf(v->font_body, sizeof v->font_body, "%s", t.font);
  v->size_body = t.size;
  memcpy(v->color_text, t.color, 7);
  if (style_text(styles, decls, "Title", &t))
    v->size_title = t.size;
  for (int i = 0; i < 6; i++) {
    char name[32];
    snprintf(name, sizeof name, "Heading_20_%d", i + 1);
    if (!style_text(styles, decls, name, &t))
      continue;
    v->size_h[i] = t.size;
    if (i == 0) {
      snprintf(v->font_heading, sizeof v->font_heading, "%s", t.font);
      memcpy(v->color_heading, t.color, 7);
    }
  }
  read_page(root, v);
  iso_xdom_free(doc);
  if (v->logo_name[0]) {
    iso_buf b;
    iso_buf_init(&b);
    if (iso_ref_part(z, v->logo_name, &b, why, why_len) == 1)
      v->logo = (unsigned char *)iso_buf_detach(&b, &v->logo_len);
    iso_buf_free(&b);
    why[0] = '\0';
  }
  return 0;
}
