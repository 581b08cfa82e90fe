/* Inline content into styled spans for the layout engine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inline.h"

uint32_t lay_color(const char *s) {
  unsigned v = 0;
  if (s && sscanf(s, "%6x", &v) == 1)
    return v;
  return 0;
}

void lay_spans_reset(lay_spans *s) {
  s->n = 0;
  s->text.len = 0;
}

void lay_spans_free(lay_spans *s) {
  free(s->v);
  iso_buf_free(&s->text);
  memset(s, 0, sizeof *s);
}

static lay_span *new_span(lay_doc *c, lay_spans *s) {
  if (s->n == s->cap) {
    size_t n = s->cap ? s->cap * 2 : 32;
    lay_span *v = realloc(s->v, n * sizeof *v);
    if (!v) {
      c->L.failed = 1;
      return NULL;
    }
    s->v = v;
    s->cap = n;
  }
  lay_span *sp = &s->v[s->n++];
  memset(sp, 0, sizeof *sp);
  sp->link = -1;
  return sp;
}

/* Adds text (cleaned for its font) in one style. */
static lay_span *add(lay_doc *c, lay_spans *s, int font, double size,
                     uint32_t color, const char *text, size_t len,
                     const iso_node *pos) {
  size_t n = 0;
  char *clean = lay_clean(c, font, text, len, 0, pos, c->d, &n);
  if (!clean) {
    c->L.failed = 1;
    return NULL;
  }
  size_t off = s->text.len;
  iso_buf_append(&s->text, clean, n);
  iso_buf_append(&s->text, "", 1); /* never an empty (NULL) buffer */
  free(clean);
  if (s->text.failed) {
    c->L.failed = 1;
    return NULL;
  }
  s->text.len--;
  lay_span *sp = new_span(c, s);
  if (sp) {
    sp->font = font;
    sp->size = size;
    sp->color = color;
    sp->off = off;
    sp->len = n;
  }
  return sp;
}

void lay_spans_add(lay_doc *c, lay_spans *s, int font, double size,
                   uint32_t color, const char *text, size_t len,
                   const iso_node *pos) {
  add(c, s, font, size, color, text, len, pos);
}

void lay_spans_break(lay_doc *c, lay_spans *s, int font, double size) {
  lay_span *sp = new_span(c, s);
  if (sp) {
    sp->font = font;
    sp->size = size;
    sp->hard_break = 1;
    sp->off = s->text.len;
  }
}

static void walk(lay_doc *c, lay_spans *s, const iso_node *parent,
                 const lay_style *st) {
  for (const iso_node *n = iso_node_first_child(parent); n;
       n = iso_node_next(n)) {
    lay_style in = *st;
    const char *lit;
    switch (iso_node_get_type(n)) {
    case ISO_NODE_TEXT: {
      lit = iso_node_get_literal(n);
      lay_span *sp = add(c, s, st->family | st->style, st->size, st->color,
                         lit ? lit : "", lit ? strlen(lit) : 0, n);
      if (sp) {
        sp->link = st->link;
        sp->underline = st->link >= 0;
      }
      break;
    }
    case ISO_NODE_CODE: {
      lit = iso_node_get_literal(n);
      lay_span *sp = add(c, s, LAY_MONO | st->style, st->size * 0.92,
                         st->color, lit ? lit : "", lit ? strlen(lit) : 0, n);
      if (sp) {
        sp->link = st->link;
        sp->underline = st->link >= 0;
      }
      break;
    }
    case ISO_NODE_LINEBREAK:
      lay_spans_break(c, s, st->family | st->style, st->size);
      break;
    case ISO_NODE_STRONG:
      in.style |= LAY_BOLD;
      walk(c, s, n, &in);
      break;
    case ISO_NODE_EMPH:
      in.style |= LAY_ITALIC;
      walk(c, s, n, &in);
      break;
    case ISO_NODE_LINK: {
      const char *url = iso_node_get_url(n);
      char *e = url ? iso_uri_escape(url) /* libharu writes URIs raw */ : NULL;
      if (url && !e)
        c->L.failed = 1;
      if (e) {
        in.link = lay_add_uri(&c->L, e);
        in.color = c->c_link;
      }
      free(e);
      walk(c, s, n, &in);
      break;
    }
    default:
      walk(c, s, n, &in);
      break;
    }
  }
}

void lay_inlines(lay_doc *c, lay_spans *s, const iso_node *parent,
                 const lay_style *st) {
  walk(c, s, parent, st);
}
