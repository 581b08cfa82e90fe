/* The theme's header and footer items (docs/themes.md, "Header and
 * footer") and which logo stands where: decided here once, so that DOCX,
 * ODT and PDF show the same items in the same order. With the default
 * theme the result is exactly the header and footer isoexport always had. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "present.h"

const iso_image *iso_pr_logo(const iso_meta *m, const iso_theme *t) {
  /* a document's own logo wins over its theme's */
  const iso_image *i = m->logo_image ? m->logo_image : t ? t->logo_image : NULL;
  return i && i->info.width_px > 0 && i->info.height_px > 0 ? i : NULL;
}

const iso_image *iso_pr_header_logo(const iso_meta *m, const iso_theme *t) {
  return t && t->logo_placement == ISO_LOGO_TITLE_PAGE ? NULL : iso_pr_logo(m, t);
}

const iso_image *iso_pr_title_logo(const iso_meta *m, const iso_theme *t) {
  return t && t->logo_placement == ISO_LOGO_TITLE_PAGE ? iso_pr_logo(m, t) : NULL;
}

void iso_pr_title_logo_box(const iso_image *logo, double text_width, double *w,
                           double *h) {
  const iso_image_info *i = &logo->info;
  *h = ISO_PR_TITLE_LOGO_HEIGHT;
  *w = i->height_px > 0 ? *h * i->width_px / i->height_px : *h;
  if (*w > text_width / 2 && *w > 0) {
    *h *= text_width / 2 / *w;
    *w = text_width / 2;
  }
}

void iso_pr_item(const iso_meta *m, iso_item it, iso_control_field *f) {
  iso_lang l = m->language;
  memset(f, 0, sizeof *f);
  iso_control_field cf[ISO_CONTROL_FIELDS];
  switch (it) {
  case ISO_ITEM_ID:
    f->label = iso_label(l, ISO_L_ID);
    f->value = m->id;
    break;
  case ISO_ITEM_TITLE:
    f->label = iso_label(l, ISO_L_TITLE);
    f->value = m->title;
    break;
  case ISO_ITEM_ORGANIZATION:
    f->label = iso_label(l, ISO_L_ORGANIZATION);
    f->value = m->organization;
    break;
  case ISO_ITEM_VERSION:
    f->label = iso_label(l, ISO_L_VERSION);
    f->value = m->version;
    break;
  case ISO_ITEM_STATUS:
    f->label = iso_label(l, ISO_L_STATUS);
    f->value = iso_status_label(l, m->status);
    break;
  case ISO_ITEM_CLASSIFICATION:
    f->label = iso_label(l, ISO_L_CLASSIFICATION);
    f->value = m->classification;
    break;
  case ISO_ITEM_TYPE:
    f->label = iso_label(l, ISO_L_DOC_TYPE);
    f->value = iso_doc_type_label(l, (int)m->type);
    break;
  case ISO_ITEM_EFFECTIVE:
    f->label = iso_label(l, ISO_L_EFFECTIVE);
    iso_date_format(l, m->effective, f->buf);
    f->value = f->buf;
    break;
  case ISO_ITEM_OWNER:
  case ISO_ITEM_APPROVER:
  case ISO_ITEM_APPROVED:
  case ISO_ITEM_NEXT_REVIEW: {
    iso_control_fields(m, cf);
    const iso_control_field *s = &cf[it - ISO_ITEM_OWNER];
    f->label = s->label;
    if (s->value == s->buf) {
      memcpy(f->buf, s->buf, sizeof f->buf);
      f->value = f->buf;
    } else {
      f->value = s->value;
    }
    break;
  }
  default:
    break;
  }
  if (f->value && !*f->value)
    f->value = NULL;
}

/* A list's items as one text: missing ones left out; the version is
 * "Version 1.2" and the people and dates "Owner: ...", the status and the
 * rest their values. The status mark is not text (iso_pr_header_items). */
void iso_pr_items_text(const iso_meta *m, const unsigned char *list, iso_buf *out) {
  int first = 1;
  for (int i = 0; i < ISO_THEME_ITEMS_MAX && list[i]; i++) {
    iso_item it = (iso_item)list[i];
    if (it == ISO_ITEM_MARK)
      continue;
    iso_control_field f;
    iso_pr_item(m, it, &f);
    int labelled = it == ISO_ITEM_OWNER || it == ISO_ITEM_APPROVER ||
                   it == ISO_ITEM_APPROVED || it == ISO_ITEM_NEXT_REVIEW ||
                   it == ISO_ITEM_EFFECTIVE;
    /* the people and dates have a text even when missing ("–") */
    if (!f.value)
      continue;
    if (!first)
      iso_buf_puts(out, ISO_PR_SEP);
    first = 0;
    if (it == ISO_ITEM_VERSION)
      iso_buf_printf(out, "%s %s", f.label, f.value);
    else if (labelled)
      iso_buf_printf(out, "%s: %s", f.label, f.value);
    else
      iso_buf_puts(out, f.value);
  }
}

void iso_pr_footer_line1(const iso_meta *m, const iso_theme *t, iso_buf *out) {
  t = t ? t : iso_theme_default();
  iso_pr_items_text(m, t->footer_control, out);
}

int iso_pr_footer_fields(const iso_meta *m, const iso_theme *t,
                         iso_control_field out[ISO_THEME_ITEMS_MAX]) {
  t = t ? t : iso_theme_default();
  int n = 0;
  for (int i = 0; i < ISO_THEME_ITEMS_MAX && t->footer_fields[i]; i++) {
    iso_pr_item(m, (iso_item)t->footer_fields[i], &out[n]);
    if (!out[n].value)
      out[n].value = ISO_PR_NONE;
    n++;
  }
  return n;
}

int iso_pr_header_items(const iso_meta *m, const iso_theme *t, iso_pr_header *h) {
  memset(h, 0, sizeof *h);
  t = t ? t : iso_theme_default();
  h->logo_image = iso_pr_header_logo(m, t);
  h->logo = h->logo_image != NULL;
  iso_buf b, r;
  iso_buf_init(&b);
  iso_buf_init(&r);
  iso_pr_items_text(m, t->header_left, &b);
  iso_buf_append(&b, "", 1);
  iso_pr_items_text(m, t->header_right, &r);
  int any_right = r.len > 0;
  iso_buf_append(&r, "", 1);
  for (int i = 0; i < ISO_THEME_ITEMS_MAX && t->header_right[i]; i++)
    if (t->header_right[i] == ISO_ITEM_MARK)
      h->mark = iso_status_mark(m->language, m->status);
  if (b.failed || r.failed) {
    iso_buf_free(&b);
    iso_buf_free(&r);
    return -1;
  }
  h->left = iso_buf_detach(&b, NULL);
  h->classification = iso_buf_detach(&r, NULL);
  if (h->classification && !any_right) {
    free(h->classification);
    h->classification = NULL;
  }
  return h->left && (h->classification || !any_right) ? 0 : -1;
}

void iso_pr_header_free(iso_pr_header *h) {
  free(h->left);
  free(h->classification);
  h->left = h->classification = NULL;
}
