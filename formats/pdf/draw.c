/* The display list into the PDF: page contents written by content.c;
 * pages, images, links and outlines through libharu. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_pages.h>

#include "charset.h"
#include "content.h"
#include "encoder.h"
#include "pdf.h"
#include "type0.h"

/* An RGB colour as the three operands of rg/RG. */
static void rgb(uint32_t v, float c[3]) {
  c[0] = ((v >> 16) & 0xFF) / 255.0f;
  c[1] = ((v >> 8) & 0xFF) / 255.0f;
  c[2] = (v & 0xFF) / 255.0f;
}

typedef struct drawer {
  pdf_ctx *c;
  HPDF_Doc pdf;
  HPDF_Page *pages;
  HPDF_Image *images;
  char *image_failed;
  double H;
  HPDF_STATUS *err; /* the error handler's record */
  int oom;          /* out of memory */
  pdf_content cs;   /* the page's operators */
  iso_buf codes;    /* a text run in its font's codes */
  /* What the page's content stream has set, so that runs of text share one
   * text object and repeat no font or colour. */
  int in_text;
  HPDF_Font font; /* NULL: none set on this page */
  double size;
  int fill_set;
  uint32_t fill;
  int stroke_set; /* table rules: one colour and width, thousands of cells */
  uint32_t stroke;
  double line_width;
} drawer;

/* A new page starts with nothing set. */
static void page_state(drawer *D) {
  D->in_text = 0;
  D->font = NULL;
  D->fill_set = 0;
  D->stroke_set = 0;
}

/* Closes the text object before a drawing operator (PDF allows none in
 * one). */
static void end_text(drawer *D) {
  if (D->in_text)
    pdf_cs_op(&D->cs, "ET");
  D->in_text = 0;
}

static void set_fill(drawer *D, uint32_t color) {
  if (D->fill_set && D->fill == color)
    return;
  float col[3];
  rgb(color, col);
  pdf_cs_nums(&D->cs, col, 3, "rg");
  D->fill_set = 1;
  D->fill = color;
}

static void set_stroke(drawer *D, uint32_t color, double width) {
  if (D->stroke_set && D->stroke == color && D->line_width == width)
    return;
  if (!D->stroke_set || D->stroke != color) {
    float col[3];
    rgb(color, col);
    pdf_cs_nums(&D->cs, col, 3, "RG");
  }
  if (!D->stroke_set || D->line_width != width) {
    float w = (float)width;
    pdf_cs_nums(&D->cs, &w, 1, "w");
  }
  D->stroke_set = 1;
  D->stroke = color;
  D->line_width = width;
}

static void set_font(drawer *D, HPDF_Page pg, HPDF_Font f, double size) {
  if (D->font == f && D->size == size)
    return;
  /* the page's resources name the font (libharu adds it on first use) */
  const char *name = HPDF_Page_GetLocalFontName(pg, f);
  if (!name) {
    D->oom = 1;
    return;
  }
  pdf_cs_font(&D->cs, name, (float)size);
  D->font = f;
  D->size = size;
}

/* UTF8 in the font's codes into D->codes: Windows-1252 bytes for the
 * single-byte fonts (charset.c), two bytes a character for the others
 * (encoder.h). Returns whether they are two-byte codes; -1 when out of
 * memory. */
static int codes(drawer *D, const char *utf8) {
  D->codes.len = 0;
  size_t n = strlen(utf8);
  if (!pdf_ctx_fonts(D->c)->simple)
    return pdf_encoder_codes(utf8, n, &D->codes) < 0 ? (D->oom = 1, -1) : 1;
  char *b = pdf_to_cp1252(utf8, n);
  if (!b || iso_buf_append(&D->codes, b, strlen(b)) < 0) {
    free(b);
    D->oom = 1;
    return -1;
  }
  free(b);
  return 0;
}

/* Shows UTF8 where the text position is: nothing for a text of no width,
 * as libharu's HPDF_Page_ShowText. The measure is not only for that: for
 * the Windows-1252 fonts it is what marks the glyphs used in the embedded
 * subset (HPDF_TTFontDef_GetCharWidth sets their flags), so a width the
 * layout knew already cannot stand in for it. */
static void show(drawer *D, const lay_op *op, const char *utf8) {
  if (!*utf8 ||
      pdf_measure(pdf_ctx_fonts(D->c), op->font, op->size, utf8,
                  strlen(utf8)) == 0)
    return;
  int hex = codes(D, utf8);
  if (hex == 1)
    pdf_type0_mark(D->font, D->codes.data, D->codes.len);
  if (hex >= 0)
    pdf_cs_show(&D->cs, D->codes.data, D->codes.len, hex);
}

static void text_at(drawer *D, HPDF_Page pg, const lay_op *op, const char *utf8,
                    double x) {
  HPDF_Font f = pdf_font(pdf_ctx_fonts(D->c), op->font);
  if (!f)
    return;
  if (!D->in_text)
    pdf_cs_op(&D->cs, "BT");
  D->in_text = 1;
  set_font(D, pg, f, op->size);
  set_fill(D, op->color);
  pdf_cs_text_pos(&D->cs, (float)x, (float)(D->H - op->y));
  show(D, op, utf8);
}

static void mark(drawer *D, HPDF_Page pg, const lay_op *op) {
  HPDF_Font f = pdf_font(pdf_ctx_fonts(D->c), op->font);
  if (!f)
    return;
  const lay *L = &D->c->L;
  const lay_geom *g = lay_page_geom(L, op->page); /* its page's diagonal */
  double a = atan2(g->page_h, g->page_w), cs = cos(a), sn = sin(a);
  double cap = ISO_PR_CAP_HEIGHT * op->size; /* centred on its capitals */
  double x = g->page_w / 2 - op->w / 2 * cs + cap / 2 * sn;
  double y = g->page_h / 2 - op->w / 2 * sn - cap / 2 * cs;
  end_text(D); /* its own text object: the matrix is rotated */
  pdf_cs_op(&D->cs, "BT");
  set_font(D, pg, f, op->size);
  set_fill(D, op->color);
  pdf_cs_text_matrix(&D->cs, (float)cs, (float)sn, (float)-sn, (float)cs,
                     (float)x, (float)y);
  show(D, op, lay_str(L, op->text));
  pdf_cs_op(&D->cs, "ET");
}

/* An image that cannot be embedded is a warning and a grey box, not a
 * failed document (the loader's check makes that rare: out of memory). */
static HPDF_Image image(drawer *D, int ref) {
  if (D->images[ref] || D->image_failed[ref])
    return D->images[ref];
  HPDF_Image img = pdf_image_load(D->c, D->pdf, &D->c->images[ref], D->err);
  if (!img)
    D->image_failed[ref] = 1;
  D->images[ref] = img;
  return img;
}

/* OP's box (y downwards from the top) as a path in PDF space. */
static void box(drawer *D, const lay_op *op) {
  float v[4] = {(float)op->x, (float)(D->H - op->y - op->h), (float)op->w,
                (float)op->h};
  pdf_cs_nums(&D->cs, v, 4, "re");
}

static void draw_op(drawer *D, HPDF_Page pg, const lay_op *op) {
  const lay *L = &D->c->L;
  double H = D->H;
  if (op->kind != LAY_OP_TEXT && op->kind != LAY_OP_PAGEREF &&
      op->kind != LAY_OP_URI && op->kind != LAY_OP_GOTO)
    end_text(D);
  switch (op->kind) {
  case LAY_OP_TEXT:
    text_at(D, pg, op, lay_str(L, op->text), op->x);
    break;
  case LAY_OP_PAGEREF: {
    if (op->ref < 0 || (size_t)op->ref >= L->nheadings)
      break;
    char num[16];
    snprintf(num, sizeof num, "%d", L->headings[op->ref].page + 1);
    double w = L->measure(L->mctx, op->font, op->size, num, strlen(num));
    text_at(D, pg, op, num, op->x - w);
    break;
  }
  case LAY_OP_MARK:
    mark(D, pg, op);
    break;
  case LAY_OP_RECT:
    set_fill(D, op->color);
    box(D, op);
    pdf_cs_op(&D->cs, "f");
    break;
  case LAY_OP_FRAME:
    set_stroke(D, op->color, op->line_width);
    box(D, op);
    pdf_cs_op(&D->cs, "S");
    break;
  case LAY_OP_LINE: {
    set_stroke(D, op->color, op->line_width);
    float from[2] = {(float)op->x, (float)(H - op->y)};
    float to[2] = {(float)(op->x + op->w), (float)(H - op->y - op->h)};
    pdf_cs_nums(&D->cs, from, 2, "m");
    pdf_cs_nums(&D->cs, to, 2, "l");
    pdf_cs_op(&D->cs, "S");
    break;
  }
  case LAY_OP_IMAGE: {
    HPDF_Image img = image(D, op->ref);
    /* the page's resources name the image (libharu adds it) */
    const char *name = img ? HPDF_Page_GetXObjectName(pg, img) : NULL;
    if (name) {
      pdf_cs_image(&D->cs, name, (float)op->x, (float)(H - op->y - op->h),
                   (float)op->w, (float)op->h);
    } else {
      set_stroke(D, 0x999999, 0.5); /* a placeholder frame */
      box(D, op);
      pdf_cs_op(&D->cs, "S");
    }
    break;
  }
  case LAY_OP_URI:
  case LAY_OP_GOTO: {
    HPDF_Rect r = {(HPDF_REAL)op->x, (HPDF_REAL)(H - op->y - op->h),
                   (HPDF_REAL)(op->x + op->w), (HPDF_REAL)(H - op->y)};
    HPDF_Annotation a = NULL;
    if (op->kind == LAY_OP_URI && op->ref >= 0 && (size_t)op->ref < L->nuris) {
      a = HPDF_Page_CreateURILinkAnnot(pg, r, L->uris[op->ref]);
    } else if (op->kind == LAY_OP_GOTO && op->ref >= 0 &&
               (size_t)op->ref < L->nheadings) {
      const lay_heading *h = &L->headings[op->ref];
      HPDF_Destination dst = HPDF_Page_CreateDestination(D->pages[h->page]);
      if (dst) {
        double th = lay_page_geom(L, h->page)->page_h; /* the target's */
        HPDF_Destination_SetFitH(dst, (HPDF_REAL)(th - h->y + 6));
        a = HPDF_Page_CreateLinkAnnot(pg, r, dst);
      }
    }
    if (a)
      HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
    break;
  }
  }
}

/* The bookmarks: titles in PDFDocEncoding when they fit, else UTF-16 via
 * libharu's UTF-8 encoder (made only then: its set-up is costly). */
static void outlines(drawer *D) {
  const lay *L = &D->c->L;
  HPDF_Encoder utf8 = NULL;
  HPDF_Outline parent[7] = {NULL};
  int plevel[7] = {0};
  int depth = 0;
  for (size_t i = 0; i < L->nheadings; i++) {
    const lay_heading *h = &L->headings[i];
    while (depth > 0 && plevel[depth - 1] >= h->level)
      depth--;
    HPDF_Outline up = depth ? parent[depth - 1] : NULL;
    const char *t = lay_str(L, h->text);
    if (!*t)
      t = " ";
    /* libharu refuses strings over 65,535 bytes: a longer heading's
     * bookmark holds as much of it as fits, cut between characters */
    size_t n = strlen(t);
    if (n > HPDF_LIMIT_MAX_STRING_LEN) {
      n = HPDF_LIMIT_MAX_STRING_LEN;
      while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
        n--;
    }
    char *b = malloc(2 * n + 2);
    if (!b) {
      D->oom = 1;
      return;
    }
    char *cut = b + n + 1; /* the heading, cut */
    memcpy(cut, t, n);
    cut[n] = '\0';
    HPDF_Encoder enc = NULL;
    if (pdf_to_docenc(cut, b) < 0) {
      if (!utf8)
        utf8 = HPDF_GetEncoder(D->pdf, "UTF-8");
      enc = utf8;
    }
    HPDF_Outline o = HPDF_CreateOutline(D->pdf, up, enc ? cut : b, enc);
    free(b);
    if (!o)
      return;
    HPDF_Destination dst = HPDF_Page_CreateDestination(D->pages[h->page]);
    if (dst) {
      double H = lay_page_geom(&D->c->L, h->page)->page_h;
      HPDF_Destination_SetFitH(dst, (HPDF_REAL)(H - h->y + 6));
      HPDF_Outline_SetDestination(o, dst);
    }
    HPDF_Outline_SetOpened(o, h->level < 2 ? HPDF_TRUE : HPDF_FALSE);
    if (depth < 7) {
      parent[depth] = o;
      plevel[depth] = h->level;
      depth++;
    }
  }
}

int pdf_draw(pdf_ctx *c, HPDF_Doc pdf, HPDF_STATUS *err) {
  lay *L = &c->L;
  int np = L->pages;
  drawer D;
  memset(&D, 0, sizeof D);
  D.c = c;
  D.pdf = pdf;
  D.H = L->page_h;
  D.err = err;
  pdf_content_init(&D.cs);
  iso_buf_init(&D.codes);
  size_t *count = calloc((size_t)np + 1, sizeof(size_t));
  size_t *order = malloc((L->nops ? L->nops : 1) * sizeof(size_t));
  D.pages = calloc((size_t)np, sizeof(HPDF_Page));
  D.images = calloc(c->nimages + 1, sizeof(HPDF_Image));
  D.image_failed = calloc(c->nimages + 1, 1);
  int rc = -1;
  if (!count || !order || !D.pages || !D.images || !D.image_failed)
    goto done;
  /* ops grouped by page, in their order (a stable counting sort) */
  for (size_t i = 0; i < L->nops; i++)
    count[L->ops[i].page + 1]++;
  for (int p = 0; p < np; p++)
    count[p + 1] += count[p];
  for (size_t i = 0; i < L->nops; i++)
    order[count[L->ops[i].page]++] = i;
  for (int p = np; p > 0; p--)
    count[p] = count[p - 1];
  count[0] = 0;

  /* every page exists before drawing, so links can point forwards */
  for (int p = 0; p < np; p++) {
    D.pages[p] = HPDF_AddPage(pdf);
    if (!D.pages[p])
      goto done;
    /* each page its own size: landscape pages are turned (orient.h) */
    const lay_geom *g = lay_page_geom(L, p);
    HPDF_Page_SetWidth(D.pages[p], (HPDF_REAL)g->page_w);
    HPDF_Page_SetHeight(D.pages[p], (HPDF_REAL)g->page_h);
  }
  /* libharu is not safe to call on after an error: stop at the first */
  for (int p = 0; p < np && !*err && !D.oom; p++) {
    page_state(&D);
    D.H = lay_page_geom(L, p)->page_h; /* y flips on each page's height */
    for (int layer = 0; layer < 2 && !*err; layer++)
      for (size_t k = count[p]; k < count[p + 1] && !*err; k++)
        if (L->ops[order[k]].layer == layer)
          draw_op(&D, D.pages[p], &L->ops[order[k]]);
    end_text(&D);
    if (!*err && pdf_content_finish(&D.cs, D.pages[p]) < 0)
      D.oom = 1;
  }
  if (!*err && !D.oom)
    outlines(&D);
  rc = (*err || D.oom) ? -1 : 0;
done:
  free(count);
  free(order);
  free(D.pages);
  free(D.images);
  free(D.image_failed);
  pdf_content_free(&D.cs);
  iso_buf_free(&D.codes);
  return rc;
}
