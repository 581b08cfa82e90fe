/* The HTML writer: one self-contained HTML5 file per document (the
 * intranet edition). Nothing in it is fetched: the style sheet is inline,
 * images are data: URIs, and a Content-Security-Policy forbids every
 * request and every script, so even a text that slipped past the escaping
 * could not run or call out. Nothing varies between runs: no dates, no
 * counters but the document's own. */
#include <string.h>

#include "html.h"
#include "writers.h"

static const char csp[] = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                          "base-uri 'none'; form-action 'none'";

static void head(html_ctx *c) {
  html_raw(c, "<!DOCTYPE html>\n<html");
  html_attr(c, "lang", iso_lang_tag(c->lang));
  html_raw(c, ">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"");
  html_attr(c, "content", csp);
  html_raw(c, ">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<title>");
  html_text(c, c->m->title);
  html_raw(c, "</title>\n");
  if (c->m->id && *c->m->id) {
    html_raw(c, "<meta name=\"dc.identifier\"");
    html_attr(c, "content", c->m->id);
    html_raw(c, ">\n");
  }
  html_style(c);
  html_raw(c, "</head>\n");
}

static int write_html(const iso_node *doc, const iso_theme *theme,
                      const iso_write_options *o, iso_buf *out, iso_diags *d) {
  (void)o; /* an HTML page carries no dates of its own */
  const iso_meta *m = doc ? iso_document_meta_const(doc) : NULL;
  if (!m) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "html: no document");
    return -1;
  }
  html_ctx c;
  memset(&c, 0, sizeof c);
  c.doc = doc;
  c.m = m;
  c.t = theme ? theme : iso_theme_default();
  c.d = d;
  c.lang = m->language;
  c.out = out;
  c.text_width = c.t->page_width - c.t->margin_left - c.t->margin_right;
  c.text_height = c.t->page_height - c.t->margin_top - c.t->margin_bottom;
  if (c.text_width < 36)
    c.text_width = 36;
  if (c.text_height < 36)
    c.text_height = 36;
  c.metrics = iso_metrics_open(c.t);
  if (!c.metrics || iso_walk_contents_build(doc, c.t, &c.contents)) {
    iso_metrics_free(c.metrics);
    iso_diag_add(d, ISO_SEV_ERROR, m->source, 0, 0, "html: out of memory");
    return -1;
  }
  head(&c);
  html_raw(&c, "<body>\n");
  html_watermark(&c);
  html_page_header(&c);
  html_walk(&c);
  html_control_footer(&c);
  html_raw(&c, "</body>\n</html>\n");
  int failed = c.failed || out->failed || iso_metrics_failed(c.metrics);
  iso_metrics_free(c.metrics);
  iso_walk_contents_free(&c.contents);
  if (failed) {
    iso_diag_add(d, ISO_SEV_ERROR, m->source, 0, 0, "html: out of memory");
    return -1;
  }
  return 0;
}

const iso_writer iso_writer_html = {"html", "html", "HTML5 (one self-contained file)",
                                    write_html};
