/* index.html, the intranet edition's front page: the register's rows as
 * iso_register_document builds them for every other format (so the page
 * shows the same rows, labels and summary as register.pdf), one more column
 * of links to each document's HTML and PDF, and a filter box. The filter is
 * a few lines of inline script allowed by its hash in the page's
 * Content-Security-Policy, nothing else may run or load; without script
 * every row shows and the box stays hidden. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "register.h"

static const char script[] =
    "(function(){\n"
    "var box=document.getElementById('filter'),"
    "rows=document.querySelectorAll('#register tbody tr'),"
    "shown=document.getElementById('shown'),"
    "tpl=shown.getAttribute('data-template');\n"
    "function apply(){\n"
    "var words=box.value.toLocaleLowerCase().split(/\\s+/).filter(Boolean),n=0;\n"
    "rows.forEach(function(r){\n"
    "var t=r.textContent.toLocaleLowerCase(),"
    "ok=words.every(function(w){return t.indexOf(w)>=0;});\n"
    "r.hidden=!ok;if(ok)n++;});\n"
    "shown.textContent=tpl.replace('{n}',n).replace('{m}',rows.length);}\n"
    "document.getElementById('filter-box').hidden=false;\n"
    "box.addEventListener('input',apply);apply();})();\n";

/* 'sha256-BASE64' of the script, for the policy */
static int script_hash(html_ctx *c) {
  char hex[65];
  unsigned char raw[32];
  if (iso_sha256_hex(script, sizeof script - 1, hex))
    return -1;
  for (int i = 0; i < 32; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    raw[i] = (unsigned char)v;
  }
  html_raw(c, "'sha256-");
  html_base64(c, raw, sizeof raw);
  html_raw(c, "'");
  return 0;
}

/* A cell's inlines: text and line breaks (what the register's cells hold). */
static void cell_content(html_ctx *c, const iso_node *cell) {
  for (const iso_node *k = iso_node_first_child(cell); k; k = iso_node_next(k))
    if (iso_node_get_type(k) == ISO_NODE_TEXT)
      html_text(c, iso_node_get_literal(k));
    else if (iso_node_get_type(k) == ISO_NODE_LINEBREAK)
      html_raw(c, "<br>");
}

static void link(html_ctx *c, const char *href, const char *text) {
  html_raw(c, "<a");
  html_attr(c, "href", href);
  html_raw(c, ">");
  html_text(c, text);
  html_raw(c, "</a>");
}

static void row(html_ctx *c, const iso_node *r, size_t i, char *const *html,
                char *const *pdf, const char *files) {
  int header = iso_node_get_row_header(r);
  html_raw(c, "<tr>");
  for (const iso_node *k = iso_node_first_child(r); k; k = iso_node_next(k)) {
    html_raw(c, header ? "<th scope=\"col\">" : "<td>");
    cell_content(c, k);
    html_raw(c, header ? "</th>" : "</td>");
  }
  if (header) {
    html_raw(c, "<th scope=\"col\">");
    html_text(c, files);
    html_raw(c, "</th>");
  } else {
    html_raw(c, "<td>");
    if (html && html[i])
      link(c, html[i], "HTML");
    if (html && html[i] && pdf && pdf[i])
      html_raw(c, "<br>");
    if (pdf && pdf[i])
      link(c, pdf[i], "PDF");
    html_raw(c, "</td>");
  }
  html_raw(c, "</tr>\n");
}

static const iso_node *find(const iso_node *doc, iso_node_type type) {
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE)
    if (ev == ISO_EVENT_ENTER && iso_node_get_type(iso_iter_node(&it)) == type)
      return iso_iter_node(&it);
  return NULL;
}

static void page(html_ctx *c, const iso_node *doc, char *const *html,
                 char *const *pdf) {
  const iso_meta *m = c->m;
  html_raw(c, "<!DOCTYPE html>\n<html");
  html_attr(c, "lang", iso_lang_tag(c->lang));
  html_raw(c, ">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
              "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; script-src ");
  if (script_hash(c))
    c->failed = 1;
  html_raw(c, "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  html_text(c, m->title);
  html_raw(c, "</title>\n<style>\n");
  html_style_common(c);
  html_raw(c, "table.register{table-layout:auto}\n#filter-box{margin:1em 0}\n"
              "#filter{font:inherit;padding:0.2em 0.4em;min-width:20em}\n"
              "tr[hidden]{display:none}\n</style>\n</head>\n<body>\n<header>\n"
              "<h1 class=\"title\">");
  html_text(c, m->title);
  html_raw(c, "</h1>\n<p class=\"subtitle\">");
  html_text(c, m->subtitle);
  html_raw(c, "</p>\n</header>\n<main>\n");
  const iso_node *p = find(doc, ISO_NODE_PARAGRAPH);
  if (p) {
    html_raw(c, "<p>");
    cell_content(c, p);
    html_raw(c, "</p>\n");
  }
  html_raw(c, "<p id=\"filter-box\" hidden><label for=\"filter\">");
  html_text(c, iso_register_word(c->lang, ISO_REG_FILTER));
  html_raw(c, "</label> <input id=\"filter\" type=\"search\" autocomplete=\"off\"> "
              "<output id=\"shown\" for=\"filter\" aria-live=\"polite\"");
  html_attr(c, "data-template", iso_register_word(c->lang, ISO_REG_SHOWN));
  html_raw(c, "></output></p>\n<table class=\"register\" id=\"register\">\n");
  const iso_node *t = find(doc, ISO_NODE_TABLE);
  const char *files = iso_register_word(c->lang, ISO_REG_FILES);
  size_t i = 0;
  int body = 0;
  for (const iso_node *r = t ? iso_node_first_child(t) : NULL; r; r = iso_node_next(r)) {
    if (iso_node_get_row_header(r)) {
      html_raw(c, "<thead>\n");
      row(c, r, 0, html, pdf, files);
      html_raw(c, "</thead>\n");
      continue;
    }
    if (!body++)
      html_raw(c, "<tbody>\n");
    row(c, r, i++, html, pdf, files);
  }
  if (!body) /* no documents: the table still has a body */
    html_raw(c, "<tbody></tbody>\n");
  else
    html_raw(c, "</tbody>\n");
  html_raw(c, "</table>\n</main>\n<script>");
  html_raw(c, script);
  html_raw(c, "</script>\n</body>\n</html>\n");
}

int iso_register_html(const iso_register *r, iso_date today,
                      const iso_theme *theme, char *const *href_html,
                      char *const *href_pdf, iso_buf *out, iso_diags *d) {
  iso_lang lang = iso_register_language(r);
  iso_node *doc = iso_register_document(r, today, lang);
  if (!doc) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "index.html: out of memory");
    return -1;
  }
  html_ctx c;
  memset(&c, 0, sizeof c);
  c.doc = doc;
  c.m = iso_document_meta_const(doc);
  c.t = theme ? theme : iso_theme_default();
  c.lang = lang;
  c.out = out;
  c.d = d;
  c.text_width = c.t->page_width - c.t->margin_left - c.t->margin_right;
  page(&c, doc, href_html, href_pdf);
  iso_node_free(doc);
  if (c.failed || out->failed) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "index.html: out of memory");
    return -1;
  }
  return 0;
}
