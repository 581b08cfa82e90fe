/* The dump writer: the tree as indented text, for tests and debugging. */
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "writers.h"

static void quoted(iso_buf *b, const char *s) {
  iso_buf_puts(b, "\"");
  for (; s && *s; s++) {
    if (*s == '"' || *s == '\\')
      iso_buf_printf(b, "\\%c", *s);
    else if (*s == '\n')
      iso_buf_puts(b, "\\n");
    else if (*s == '\t')
      iso_buf_puts(b, "\\t");
    else if ((unsigned char)*s < 0x20)
      iso_buf_printf(b, "\\x%02x", (unsigned char)*s);
    else
      iso_buf_append(b, s, 1);
  }
  iso_buf_puts(b, "\"");
}

static void field(iso_buf *b, const char *name, const char *v) {
  if (!v)
    return;
  iso_buf_printf(b, "  %s: ", name);
  quoted(b, v);
  iso_buf_puts(b, "\n");
}

static void date_field(iso_buf *b, const char *name, iso_date d) {
  char s[11];
  if (!d.year)
    return;
  iso_date_iso(d, s);
  iso_buf_printf(b, "  %s: %s\n", name, s);
}

static void dump_meta(iso_buf *b, const iso_meta *m) {
  iso_buf_puts(b, "meta\n");
  field(b, "id", m->id);
  field(b, "title", m->title);
  field(b, "subtitle", m->subtitle);
  iso_buf_printf(b, "  type: %s\n", iso_doc_type_name(m->type));
  field(b, "organization", m->organization);
  field(b, "version", m->version);
  iso_buf_printf(b, "  status: %s\n", iso_status_name(m->status));
  field(b, "classification", m->classification);
  iso_buf_printf(b, "  language: %s\n", iso_lang_code(m->language));
  field(b, "owner", m->owner);
  field(b, "approver", m->approver);
  date_field(b, "approved", m->approved);
  date_field(b, "effective", m->effective);
  date_field(b, "next_review", m->next_review);
  if (m->review_months)
    iso_buf_printf(b, "  review_months: %d\n", m->review_months);
  for (size_t i = 0; i < m->n_distribution; i++)
    field(b, "distribution", m->distribution[i]);
  for (size_t i = 0; i < m->n_keywords; i++)
    field(b, "keyword", m->keywords[i]);
  field(b, "logo", m->logo);
  field(b, "theme", m->theme);
  for (size_t i = 0; i < m->n_signoff; i++) {
    const iso_signoff *so = &m->signoff[i];
    iso_buf_puts(b, "  signoff: ");
    quoted(b, so->role);
    if (so->name) {
      iso_buf_puts(b, " ");
      quoted(b, so->name);
    }
    if (so->date.year) {
      char d[11];
      iso_date_iso(so->date, d);
      iso_buf_printf(b, " %s", d);
    }
    iso_buf_puts(b, "\n");
  }
  field(b, "retention", m->retention);
  field(b, "master_copy", m->master_copy);
  if (m->uncontrolled)
    iso_buf_printf(b, "  uncontrolled_when_printed: %s\n",
                   m->uncontrolled > 0 ? "true" : "false");
  if (m->acknowledgement)
    iso_buf_puts(b, "  acknowledgement: true\n");
  for (size_t i = 0; i < m->n_history; i++) {
    const iso_revision *r = &m->history[i];
    char d[11];
    iso_date_iso(r->date, d);
    iso_buf_printf(b, "  history: %s ", d);
    quoted(b, r->version);
    iso_buf_puts(b, " ");
    quoted(b, r->author);
    iso_buf_puts(b, " ");
    quoted(b, r->changes);
    if (r->approver) {
      iso_buf_puts(b, " ");
      quoted(b, r->approver);
    }
    iso_buf_puts(b, "\n");
  }
}

static void attributes(iso_buf *b, const iso_node *n) {
  switch (iso_node_get_type(n)) {
  case ISO_NODE_TEXT:
  case ISO_NODE_CODE:
  case ISO_NODE_CODE_BLOCK:
    iso_buf_puts(b, " ");
    quoted(b, iso_node_get_literal(n));
    break;
  case ISO_NODE_LINK:
    iso_buf_puts(b, " url=");
    quoted(b, iso_node_get_url(n));
    break;
  case ISO_NODE_HEADING:
    iso_buf_printf(b, " level=%d", iso_node_get_level(n));
    break;
  case ISO_NODE_LIST:
    if (iso_node_get_list_ordered(n))
      iso_buf_printf(b, " ordered start=%d", iso_node_get_list_start(n));
    else
      iso_buf_puts(b, " bullet");
    break;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES: {
    iso_buf_printf(b, " columns=%d", iso_node_get_columns(n));
    const double *w = iso_node_get_widths(n);
    for (int i = 0; w && i < iso_node_get_columns(n); i++)
      iso_buf_printf(b, "%s%.3f", i ? "," : " widths=", w[i]);
    if (iso_node_get_caption(n)) {
      iso_buf_puts(b, " caption=");
      quoted(b, iso_node_get_caption(n));
    }
    break;
  }
  case ISO_NODE_ROW:
    if (iso_node_get_row_header(n))
      iso_buf_puts(b, " header");
    break;
  case ISO_NODE_CALLOUT: {
    static const char *const k[] = {"note", "tip", "warning"};
    iso_buf_printf(b, " %s", k[iso_node_get_callout(n)]);
    break;
  }
  case ISO_NODE_IMAGE: {
    const iso_image_info *info = iso_node_get_image_info(n);
    iso_buf_puts(b, " path=");
    quoted(b, iso_node_get_path(n));
    if (info)
      iso_buf_printf(b, " %s %dx%d",
                     info->format == ISO_IMAGE_PNG ? "png" : "jpeg",
                     info->width_px, info->height_px);
    if (iso_node_get_width_pct(n) > 0)
      iso_buf_printf(b, " width=%g%%", iso_node_get_width_pct(n));
    if (iso_node_get_caption(n)) {
      iso_buf_puts(b, " caption=");
      quoted(b, iso_node_get_caption(n));
    }
    break;
  }
  default:
    break;
  }
}

static int dump_write(const iso_node *doc, const iso_theme *theme,
                      const iso_write_options *o, iso_buf *out, iso_diags *d) {
  (void)theme;
  (void)o;
  const iso_meta *m = iso_document_meta_const(doc);
  if (m)
    dump_meta(out, m);
  iso_iter it;
  iso_iter_init(&it, doc);
  int depth = 0;
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev == ISO_EVENT_EXIT) {
      depth--;
      continue;
    }
    for (int i = 0; i < depth; i++)
      iso_buf_puts(out, "  ");
    iso_buf_printf(out, "%s@%d:%d", iso_node_type_name(iso_node_get_type(n)),
                   iso_node_line(n), iso_node_column(n));
    attributes(out, n);
    iso_buf_puts(out, "\n");
    depth++;
  }
  if (out->failed) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "dump: out of memory");
    return -1;
  }
  return 0;
}

const iso_writer iso_writer_dump = {"dump", "txt",
                                    "the document tree as text (for tests)",
                                    dump_write};
