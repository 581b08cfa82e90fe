/* Reference templates: the archive read with the care of hostile input,
 * then the values a DOCX (reference_docx.c) or an ODT (reference_odt.c)
 * gives put into the theme within the theme's own ranges. A template is
 * bounded before it is trusted: the file's size, the number of entries,
 * each part's inflated size counted while it inflates (a zip bomb's header
 * may lie), and XML without DTDs, so no entity can reach out or expand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "reference.h"
#include "theme_private.h"
#include "util.h"

int iso_ref_part(zip_t *z, const char *name, iso_buf *out, char *why,
                 size_t why_len) {
  zip_int64_t i = zip_name_locate(z, name, 0);
  if (i < 0)
    return 0;
  zip_stat_t st;
  if (zip_stat_index(z, (zip_uint64_t)i, 0, &st) == 0 &&
      (st.valid & ZIP_STAT_SIZE) && st.size > ISO_REF_PART_MAX) {
    snprintf(why, why_len, "%s inflates to more than 8 MB (a zip bomb?)", name);
    return -1;
  }
  zip_file_t *f = zip_fopen_index(z, (zip_uint64_t)i, 0);
  if (!f) {
    snprintf(why, why_len, "%s cannot be read (damaged or encrypted)", name);
    return -1;
  }
  unsigned char chunk[16384];
  zip_int64_t n;
  int rc = 1;
  while ((n = zip_fread(f, chunk, sizeof chunk)) > 0) {
    if (out->len + (size_t)n > ISO_REF_PART_MAX) {
      snprintf(why, why_len, "%s inflates to more than 8 MB (a zip bomb?)", name);
      rc = -1;
      break;
    }
    iso_buf_append(out, chunk, (size_t)n);
  }
  if (rc == 1 && n < 0) {
    snprintf(why, why_len, "%s is damaged (%s)", name, zip_file_strerror(f));
    rc = -1;
  }
  zip_fclose(f);
  if (rc == 1 && out->failed) {
    snprintf(why, why_len, "out of memory");
    rc = -1;
  }
  return rc;
}

static int has_doctype(const unsigned char *d, size_t n) {
  for (size_t i = 0; i + 9 <= n; i++)
    if (d[i] == '<' && !memcmp(d + i, "<!DOCTYPE", 9))
      return 1;
  return 0;
}

iso_xdoc *iso_ref_xml(zip_t *z, const char *name, int required, int *missing,
                      char *why, size_t why_len) {
  iso_buf b;
  iso_buf_init(&b);
  if (missing)
    *missing = 0;
  int r = iso_ref_part(z, name, &b, why, why_len);
  if (r <= 0) {
    iso_buf_free(&b);
    if (r == 0) {
      if (missing)
        *missing = 1;
      if (required)
        snprintf(why, why_len, "it has no %s", name);
    }
    return NULL;
  }
  /* a template's XML has no use for a DTD: refusing any keeps external
   * entities (XXE) and entity expansion (billion laughs) out entirely */
  if (has_doctype(b.data, b.len)) {
    snprintf(why, why_len, "%s declares a DTD (refused: entities are not read)",
             name);
    iso_buf_free(&b);
    return NULL;
  }
  iso_xdom_status st = ISO_XDOM_ILL_FORMED;
  iso_xdoc *doc = iso_xdom_parse(b.data, b.len, &st);
  iso_buf_free(&b);
  if (!doc) {
    if (st == ISO_XDOM_DTD)
      snprintf(why, why_len, "%s declares a DTD (refused: entities are not read)",
               name);
    else if (st == ISO_XDOM_TOO_BIG)
      snprintf(why, why_len,
               "%s nests elements deeper than %d or holds more than %d elements",
               name, ISO_XDOM_MAX_DEPTH, ISO_XDOM_MAX_ELEMENTS);
    else if (st == ISO_XDOM_NO_MEMORY)
      snprintf(why, why_len, "out of memory reading %s", name);
    else
      snprintf(why, why_len, "%s is not well-formed XML", name);
    return NULL;
  }
  return doc;
}

char *iso_ref_part_name(const char *dir, const char *target) {
  if (!target || !*target || target[0] == '/' || strstr(target, "://") ||
      strstr(target, ".."))
    return NULL;
  if (target[0] == '.' && target[1] == '/')
    target += 2;
  size_t a = strlen(dir), b = strlen(target);
  char *s = malloc(a + b + 1);
  if (s) {
    memcpy(s, dir, a);
    memcpy(s + a, target, b + 1);
  }
  return s;
}

/* Parsed by hand: strtod follows the host's locale (a decimal comma) and
 * takes hex, exponents, inf and nan. */
double iso_ref_decimal(const char *s, const char **end) {
  const char *p = s;
  int neg = *p == '-';
  p += neg;
  double v = 0, scale = 1;
  int digits = 0;
  for (; *p >= '0' && *p <= '9'; p++, digits++)
    if (v < 1e9)
      v = v * 10 + (*p - '0');
  if (*p == '.')
    for (p++; *p >= '0' && *p <= '9'; p++, digits++)
      if ((scale /= 10) > 1e-9)
        v += (*p - '0') * scale;
  if (!digits) {
    *end = s;
    return 0;
  }
  *end = p;
  return neg ? -v : v;
}

double iso_ref_length(const char *s) {
  if (!s)
    return -1;
  const char *end;
  double v = iso_ref_decimal(s, &end);
  if (end == s || v < 0)
    return -1;
  if (!strcmp(end, "pt"))
    return v;
  if (!strcmp(end, "in"))
    return v * 72;
  if (!strcmp(end, "cm"))
    return v * 72 / 2.54;
  if (!strcmp(end, "mm"))
    return v * 72 / 25.4;
  return -1;
}

int iso_ref_color(const char *s, char out[7]) {
  if (!s)
    return 0;
  if (*s == '#')
    s++;
  if (strlen(s) != 6)
    return 0;
  for (int i = 0; i < 6; i++) {
    char c = s[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
      return 0;
    out[i] = c >= 'a' ? (char)(c - 32) : c;
  }
  out[6] = '\0';
  return 1;
}

/* ---- into the theme ---------------------------------------------------- */

typedef struct put_ctx {
  iso_theme *t;
  const int *keep;
  const char *path;
  iso_diags *d;
} put_ctx;

static void put_num(put_ctx *c, iso_theme_key_id id, double v, double lo,
                    double hi) {
  if (v <= 0 || (c->keep && c->keep[id]))
    return;
  if (v < lo || v > hi) {
    iso_diag_add(c->d, ISO_SEV_WARNING, c->path, 0, 0,
                 "the template's %s (%gpt) is outside a theme's range; the "
                 "theme's value is kept", iso_theme_keys[id].dotted, v);
    return;
  }
  *(double *)((char *)c->t + iso_theme_keys[id].offset) = v;
}

static void put_text(put_ctx *c, iso_theme_key_id id, const char *v) {
  if (!*v || (c->keep && c->keep[id]))
    return;
  size_t n = strlen(v);
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)v[i] < 0x20 || v[i] == 0x7F)
      return;
  if (n > ISO_THEME_TEXT_MAX || v[0] == ' ' || v[n - 1] == ' ')
    return;
  char *copy = iso_strdup(v);
  if (!copy)
    return;
  char **dst = (char **)((char *)c->t + iso_theme_keys[id].offset);
  free(*dst);
  *dst = copy;
}

static void put_color(put_ctx *c, iso_theme_key_id id, const char *v) {
  if (!*v || (c->keep && c->keep[id]))
    return;
  memcpy((char *)c->t + iso_theme_keys[id].offset, v, 7);
}

static void put(put_ctx *c, const iso_ref_values *v) {
  put_num(c, TK_PAGE_WIDTH, v->page_w, ISO_THEME_PAGE_MIN, ISO_THEME_PAGE_MAX);
  put_num(c, TK_PAGE_HEIGHT, v->page_h, ISO_THEME_PAGE_MIN, ISO_THEME_PAGE_MAX);
  if (v->margins) {
    put_num(c, TK_MARGIN_TOP, v->m_top, 1e-9, ISO_THEME_PAGE_MAX);
    put_num(c, TK_MARGIN_BOTTOM, v->m_bottom, 1e-9, ISO_THEME_PAGE_MAX);
    put_num(c, TK_MARGIN_LEFT, v->m_left, 1e-9, ISO_THEME_PAGE_MAX);
    put_num(c, TK_MARGIN_RIGHT, v->m_right, 1e-9, ISO_THEME_PAGE_MAX);
  }
  put_text(c, TK_FONT_BODY, v->font_body);
  put_text(c, TK_FONT_HEADING, v->font_heading);
  put_num(c, TK_SIZE_BODY, v->size_body, ISO_THEME_SIZE_MIN, ISO_THEME_SIZE_MAX);
  put_num(c, TK_SIZE_TITLE, v->size_title, ISO_THEME_SIZE_MIN, ISO_THEME_SIZE_MAX);
  for (int i = 0; i < 6; i++)
    put_num(c, (iso_theme_key_id)(TK_SIZE_H1 + i), v->size_h[i], ISO_THEME_SIZE_MIN,
            ISO_THEME_SIZE_MAX);
  put_color(c, TK_COLOR_TEXT, v->color_text);
  put_color(c, TK_COLOR_HEADING, v->color_heading);
}

static const char *kind_of(zip_t *z) {
  if (zip_name_locate(z, "word/document.xml", 0) >= 0)
    return "docx";
  if (zip_name_locate(z, "mimetype", 0) >= 0)
    return "odt";
  return NULL;
}

int iso_reference_apply_keep(const char *path, iso_theme *t, const int *keep,
                             const char *at_file, int line, int col,
                             iso_diags *d) {
  (void)at_file;
  (void)line;
  (void)col;
  iso_buf file;
  iso_buf_init(&file);
  if (iso_read_file_max(path, ISO_REF_FILE_MAX, &file, d)) {
    iso_buf_free(&file);
    return -1;
  }
  char why[300] = "";
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *src = file.len ? zip_source_buffer_create(file.data, file.len, 0, &ze)
                               : NULL;
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
  if (!z) {
    if (src)
      zip_source_free(src);
    zip_error_fini(&ze);
    iso_buf_free(&file);
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0,
                 "not a reference template: not a DOCX or ODT file (no ZIP archive)");
    return -1;
  }
  zip_error_fini(&ze);
  iso_ref_values v;
  memset(&v, 0, sizeof v);
  int rc = 0;
  const char *kind = kind_of(z);
  if (zip_get_num_entries(z, 0) > ISO_REF_ENTRIES_MAX) {
    snprintf(why, sizeof why, "it has more than %d entries", ISO_REF_ENTRIES_MAX);
    rc = -1;
  } else if (!kind) {
    snprintf(why, sizeof why, "a ZIP archive, but neither a DOCX nor an ODT");
    rc = -1;
  } else {
    rc = !strcmp(kind, "docx") ? iso_ref_docx(z, &v, why, sizeof why)
                               : iso_ref_odt(z, &v, why, sizeof why);
  }
  zip_discard(z); /* frees the source; the buffer is ours */
  iso_buf_free(&file);
  iso_image *logo = NULL;
  if (rc == 0 && v.logo && !t->logo_image) {
    char iwhy[256];
    logo = iso_image_from_mem(path, v.logo, v.logo_len, iwhy, sizeof iwhy);
    if (!logo)
      iso_diag_add(d, ISO_SEV_WARNING, path, 0, 0,
                   "the template's header image %s is not used: %s", v.logo_name,
                   iwhy);
  }
  free(v.logo);
  if (rc) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "not a usable reference template: %s",
                 why);
    return -1;
  }
  put_ctx c = {t, keep, path, d};
  put(&c, &v);
  if (logo)
    t->logo_image = logo;
  return 0;
}

int iso_reference_apply(const char *path, iso_theme *t, iso_diags *d) {
  int errors_before = (int)iso_diags_errors(d);
  if (iso_reference_apply_keep(path, t, NULL, path, 0, 0, d))
    return -1;
  /* the template's page must still hold the header, text and footer */
  if (iso_theme_check_fit(t, path, NULL, d) ||
      (int)iso_diags_errors(d) > errors_before)
    return -1;
  return 0;
}

int iso_ref_is(const iso_xnode *n, const char *name) {
  return n && !strcmp(n->name, name);
}

iso_xnode *iso_ref_child(const iso_xnode *n, const char *name) {
  for (iso_xnode *k = n ? n->children : NULL; k; k = k->next)
    if (iso_ref_is(k, name))
      return k;
  return NULL;
}
