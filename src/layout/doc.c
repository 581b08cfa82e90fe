/* The layout of one document: its set-up, the run (content, then the page
 * furniture once the page count is known), and the pages of its headings
 * for the writers that let the reader's application paginate. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "orient.h"
#include "util.h"

static void colors(lay_doc *c) {
  const iso_theme *t = c->t;
  c->c_text = lay_color(t->color_text);
  c->c_head = lay_color(t->color_heading);
  c->c_accent = lay_color(t->color_accent);
  c->c_link = lay_color(t->color_link);
  c->c_th = lay_color(t->color_table_header);
  c->c_border = lay_color(t->color_table_border);
  c->c_draft = lay_color(t->color_draft);
  c->c_grey = lay_color(ISO_PR_FURNITURE_COLOR);
}

/* Both orientations' pages (orient.h): the same margins at the turned
 * page's edges, the footer's room below the text as on the theme's
 * page. */
static void orientations(lay_doc *c) {
  const iso_theme *t = c->t;
  int own = iso_pr_theme_landscape(t);
  double below = t->page_height - lay_text_bottom(c->m, t);
  lay *L = &c->L;
  L->landscape = own;
  for (int turned = 1; turned >= 0; turned--) {
    int land = turned ? !own : own;
    lay_geom g;
    iso_pr_page_size(t, land, &g.page_w, &g.page_h);
    g.top = t->margin_top;
    g.bottom = g.page_h - below;
    g.left = t->margin_left;
    g.right = g.page_w - t->margin_right;
    lay_set_geom(L, land, g);
  }
}

void lay_doc_init(lay_doc *c, const iso_node *doc, const iso_theme *theme,
                  lay_fonts fonts, iso_diags *d) {
  memset(c, 0, sizeof *c);
  c->doc = doc;
  c->m = iso_document_meta_const(doc);
  c->t = theme ? theme : iso_theme_default();
  c->d = d;
  c->fonts = fonts;
  c->logo = -1;
  colors(c);
  const iso_theme *t = c->t;
  lay_init(&c->L, fonts.measure, fonts.ctx, t->page_width, t->page_height,
           t->margin_top, lay_text_bottom(c->m, t), t->margin_left,
           t->page_width - t->margin_right, t->line_spacing);
  orientations(c);
  c->L.hyphenate = 1, c->L.lang = c->m ? c->m->language : ISO_LANG_EN;
  if (c->m && iso_pr_heading_numbers(doc, c->t, &c->numbers))
    c->L.failed = 1;
}

int lay_doc_run(lay_doc *c) {
  if (lay_build(c) == 0)
    lay_furniture(c);
  return c->L.failed ? -1 : 0;
}

void lay_doc_free(lay_doc *c) {
  lay_free(&c->L);
  lay_spans_free(&c->sp);
  free(c->images);
  for (size_t i = 0; i < c->ntoc; i++)
    free(c->toc_text[i]);
  free(c->toc_text);
  free(c->toc_level);
  iso_pr_numbers_free(&c->numbers);
}

char *lay_clean(lay_doc *c, int font, const char *s, size_t len, int keep_nl,
                const iso_node *node, iso_diags *d, size_t *out_len) {
  return c->fonts.clean(c->fonts.ctx, font, s, len, keep_nl, node, d, out_len);
}

char *lay_clean_text(const char *s, size_t len, int keep_nl,
                     int (*subst)(void *ctx, uint32_t cp), void *ctx,
                     size_t *out_len) {
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  size_t o = 0, i = 0;
  const unsigned char *p = (const unsigned char *)s;
  while (i < len) {
    if (p[i] >= 0x20 && p[i] < 0x7F) { /* printable ASCII stays, at once */
      out[o++] = (char)p[i++];
      continue;
    }
    uint32_t cp;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (!n) { /* the loader refuses invalid UTF-8; drop it if it slips by */
      i++;
      continue;
    }
    int c = 0;
    if ((cp == '\n' || cp == '\t') && keep_nl)
      c = (int)cp;
    else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 ||
             cp == 0x2029)
      c = ' ';
    else if (cp >= 0x80 && cp != 0xAD && subst) /* soft hyphens: break points */
      c = subst(ctx, cp);
    if (c) {
      out[o++] = (char)c;
    } else {
      memcpy(out + o, p + i, n);
      o += n;
    }
    i += n;
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

/* Without a font engine every character is drawn (what a word processor
 * does). */
static char *plain_clean(void *ctx, int font, const char *s, size_t len,
                         int keep_nl, const iso_node *node, iso_diags *d,
                         size_t *out_len) {
  (void)ctx, (void)font, (void)node, (void)d;
  return lay_clean_text(s, len, keep_nl, NULL, NULL, out_len);
}

int lay_paginate_keep(const iso_node *doc, const iso_theme *theme,
                      iso_layout_pages *out, lay_kept **keep) {
  memset(out, 0, sizeof *out);
  if (keep)
    *keep = NULL;
  const iso_theme *t = theme ? theme : iso_theme_default();
  lay_kept *k = calloc(1, sizeof *k);
  iso_metrics *met = k ? iso_metrics_open(t) : NULL;
  iso_diags *d = met ? iso_diags_new() : NULL; /* the PDF writer reports */
  if (!d) {
    iso_metrics_free(met);
    free(k);
    return -1;
  }
  lay_fonts fonts = {met, iso_metrics_measure_face, plain_clean};
  lay_doc *c = &k->c;
  lay_doc_init(c, doc, theme, fonts, d);
  int rc = lay_build(c) == 0 && !iso_metrics_failed(met) ? 0 : -1;
  if (rc == 0 && c->L.nheadings) {
    out->heading = malloc(c->L.nheadings * sizeof *out->heading);
    if (!out->heading)
      rc = -1;
    for (size_t i = 0; out->heading && i < c->L.nheadings; i++)
      out->heading[i] = c->L.headings[i].page + 1;
    if (out->heading)
      out->n = c->L.nheadings;
  }
  out->pages = c->L.pages;
  out->content_pages = c->content_pages;
  k->met = met;
  k->d = d;
  k->logo = t->logo_image;
  if (rc == 0 && keep)
    *keep = k;
  else
    lay_kept_free(k);
  return rc;
}

int lay_paginate(const iso_node *doc, const iso_theme *theme,
                 iso_layout_pages *out) {
  return lay_paginate_keep(doc, theme, out, NULL);
}

void lay_kept_free(lay_kept *k) {
  if (!k)
    return;
  lay_doc_free(&k->c);
  iso_diags_free(k->d);
  iso_metrics_free(k->met);
  free(k);
}

void iso_layout_pages_free(iso_layout_pages *p) {
  free(p->heading);
  memset(p, 0, sizeof *p);
}
