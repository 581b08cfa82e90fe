/* Themes: page set-up, fonts, sizes and colours. The default is built in. */
#include <ctype.h>
#include <stddef.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "isoexport.h"
#include "util.h"

#define MM (72.0 / 25.4)

/* Keep in step with templates/themes/default.yaml (a test compares them). */
static const iso_theme builtin = {
    .name = "default",
    .page_width = 210 * MM,
    .page_height = 297 * MM,
    .margin_top = 25 * MM,
    .margin_bottom = 25 * MM,
    .margin_left = 25 * MM,
    .margin_right = 20 * MM,
    .font_body = "Liberation Sans",
    .font_heading = "Liberation Sans",
    .font_mono = "Liberation Mono",
    .size_body = 10.5,
    .size_small = 8,
    .size_code = 9,
    .size_title = 24,
    .size_subtitle = 14,
    .size_heading = {16, 13, 11.5, 10.5, 10.5, 10.5},
    .line_spacing = 1.25,
    .space_before = 0,
    .space_after = 6,
    .color_text = "1A1A1A",
    .color_heading = "1F3864",
    .color_accent = "2F5496",
    .color_link = "0563C1",
    .color_table_header = "D9E2F3",
    .color_table_border = "8EA9DB",
    .color_note = "DEEBF7",
    .color_tip = "E2EFDA",
    .color_warning = "FCE4D6",
    .color_draft = "C00000",
};

const iso_theme *iso_theme_default(void) { return &builtin; }

iso_theme *iso_theme_copy(const iso_theme *t) {
  iso_theme *c = malloc(sizeof *c);
  if (!c)
    return NULL;
  *c = *t;
  c->name = iso_strdup(t->name);
  c->font_body = iso_strdup(t->font_body);
  c->font_heading = iso_strdup(t->font_heading);
  c->font_mono = iso_strdup(t->font_mono);
  if (!c->name || !c->font_body || !c->font_heading || !c->font_mono) {
    iso_theme_free(c);
    return NULL;
  }
  return c;
}

void iso_theme_free(iso_theme *t) {
  if (!t)
    return;
  free(t->name);
  free(t->font_body);
  free(t->font_heading);
  free(t->font_mono);
  free(t);
}

enum kind { K_LENGTH, K_NUMBER, K_SPACE, K_FONT, K_COLOR, K_NAME, K_PAGESIZE };

struct key {
  const char *section; /* NULL: top level */
  const char *name;
  enum kind kind;
  size_t offset;
};

#define F(field) offsetof(iso_theme, field)
static const struct key keys[] = {
    {NULL, "name", K_NAME, F(name)},
    {"page", "size", K_PAGESIZE, 0},
    {"page", "width", K_LENGTH, F(page_width)},
    {"page", "height", K_LENGTH, F(page_height)},
    {"page", "margin_top", K_LENGTH, F(margin_top)},
    {"page", "margin_bottom", K_LENGTH, F(margin_bottom)},
    {"page", "margin_left", K_LENGTH, F(margin_left)},
    {"page", "margin_right", K_LENGTH, F(margin_right)},
    {"fonts", "body", K_FONT, F(font_body)},
    {"fonts", "heading", K_FONT, F(font_heading)},
    {"fonts", "mono", K_FONT, F(font_mono)},
    {"sizes", "body", K_NUMBER, F(size_body)},
    {"sizes", "small", K_NUMBER, F(size_small)},
    {"sizes", "code", K_NUMBER, F(size_code)},
    {"sizes", "title", K_NUMBER, F(size_title)},
    {"sizes", "subtitle", K_NUMBER, F(size_subtitle)},
    {"sizes", "h1", K_NUMBER, F(size_heading[0])},
    {"sizes", "h2", K_NUMBER, F(size_heading[1])},
    {"sizes", "h3", K_NUMBER, F(size_heading[2])},
    {"sizes", "h4", K_NUMBER, F(size_heading[3])},
    {"sizes", "h5", K_NUMBER, F(size_heading[4])},
    {"sizes", "h6", K_NUMBER, F(size_heading[5])},
    {"spacing", "line", K_NUMBER, F(line_spacing)},
    {"spacing", "before", K_SPACE, F(space_before)},
    {"spacing", "after", K_SPACE, F(space_after)},
    {"colors", "text", K_COLOR, F(color_text)},
    {"colors", "heading", K_COLOR, F(color_heading)},
    {"colors", "accent", K_COLOR, F(color_accent)},
    {"colors", "link", K_COLOR, F(color_link)},
    {"colors", "table_header", K_COLOR, F(color_table_header)},
    {"colors", "table_border", K_COLOR, F(color_table_border)},
    {"colors", "note", K_COLOR, F(color_note)},
    {"colors", "tip", K_COLOR, F(color_tip)},
    {"colors", "warning", K_COLOR, F(color_warning)},
    {"colors", "draft", K_COLOR, F(color_draft)},
};
#undef F

/* "25mm", "2.5cm", "1in", "72pt" or a bare number of points. */
static int parse_length(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s)
    return -1;
  while (*end == ' ')
    end++;
  double f;
  if (!*end || strcmp(end, "pt") == 0)
    f = 1;
  else if (strcmp(end, "mm") == 0)
    f = MM;
  else if (strcmp(end, "cm") == 0)
    f = 10 * MM;
  else if (strcmp(end, "in") == 0)
    f = 72;
  else
    return -1;
  v *= f;
  if (!(v >= 0 && v <= 5000))
    return -1;
  *out = v;
  return 0;
}

static int is_color(const char *s) {
  if (strlen(s) != 6)
    return 0;
  for (int i = 0; i < 6; i++)
    if (!isxdigit((unsigned char)s[i]))
      return 0;
  return 1;
}

static const struct key *find_key(const char *section, const char *name) {
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    const struct key *k = &keys[i];
    if (((!section && !k->section) ||
         (section && k->section && strcmp(section, k->section) == 0)) &&
        strcmp(name, k->name) == 0)
      return k;
  }
  return NULL;
}

static int is_section(const char *s) {
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (keys[i].section && strcmp(keys[i].section, s) == 0)
      return 1;
  return 0;
}

static int set_value(iso_theme *t, const struct key *k, const char *v,
                     const char *path, yaml_mark_t mark, iso_diags *d) {
  char *base = (char *)t + k->offset;
  int line = (int)mark.line + 1, col = (int)mark.column + 1;
  switch (k->kind) {
  case K_LENGTH:
    if (parse_length(v, (double *)base)) {
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col,
                   "'%s' is not a length (use e.g. 25mm, 2cm, 1in or 72pt)", v);
      return -1;
    }
    return 0;
  case K_NUMBER:
  case K_SPACE: {
    char *end;
    double x = strtod(v, &end);
    /* sizes must be positive; spacing may be zero */
    if (end == v || *end || !(x < 500) || x < 0 || (k->kind == K_NUMBER && x == 0)) {
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col,
                   k->kind == K_SPACE ? "'%s' is not a number of points (0 or more)"
                                      : "'%s' is not a positive number",
                   v);
      return -1;
    }
    *(double *)base = x;
    return 0;
  }
  case K_COLOR:
    if (!is_color(v)) {
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col,
                   "'%s' is not a colour (use six hex digits, e.g. \"1F3864\")", v);
      return -1;
    }
    memcpy(base, v, 7);
    return 0;
  case K_FONT:
  case K_NAME: {
    char **dst = (char **)base;
    char *copy = iso_strdup(v);
    if (!copy || !*v) {
      free(copy);
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "empty value");
      return -1;
    }
    free(*dst);
    *dst = copy;
    return 0;
  }
  case K_PAGESIZE:
    if (strcasecmp(v, "A4") == 0) {
      t->page_width = 210 * MM;
      t->page_height = 297 * MM;
    } else if (strcasecmp(v, "Letter") == 0) {
      t->page_width = 612;
      t->page_height = 792;
    } else {
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col,
                   "unknown page size '%s' (use A4 or Letter)", v);
      return -1;
    }
    return 0;
  }
  return -1;
}

static int load_map(iso_theme *t, yaml_document_t *doc, yaml_node_t *map,
                    const char *section, const char *path, iso_diags *d) {
  int rc = 0;
  for (yaml_node_pair_t *p = map->data.mapping.pairs.start;
       p < map->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(doc, p->key);
    yaml_node_t *v = yaml_document_get_node(doc, p->value);
    if (!k || !v || k->type != YAML_SCALAR_NODE) {
      iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "theme keys must be names");
      return -1;
    }
    const char *key = (const char *)k->data.scalar.value;
    int line = (int)k->start_mark.line + 1, col = (int)k->start_mark.column + 1;
    if (!section && is_section(key)) {
      if (v->type != YAML_MAPPING_NODE) {
        iso_diag_add(d, ISO_SEV_ERROR, path, line, col,
                     "'%s' must be a map of settings", key);
        rc = -1;
      } else if (load_map(t, doc, v, key, path, d)) {
        rc = -1;
      }
      continue;
    }
    const struct key *def = find_key(section, key);
    if (!def) {
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "unknown theme key '%s%s%s'",
                   section ? section : "", section ? "." : "", key);
      rc = -1;
      continue;
    }
    if (v->type != YAML_SCALAR_NODE) {
      iso_diag_add(d, ISO_SEV_ERROR, path, line, col, "'%s' must be a single value",
                   key);
      rc = -1;
      continue;
    }
    if (set_value(t, def, (const char *)v->data.scalar.value, path, v->start_mark, d))
      rc = -1;
  }
  return rc;
}

iso_theme *iso_theme_load(const char *path, iso_diags *d) {
  iso_buf b;
  iso_buf_init(&b);
  if (iso_read_file(path, &b, d))
    return NULL;
  iso_theme *t = iso_theme_copy(&builtin);
  yaml_parser_t parser;
  yaml_document_t doc;
  if (!t || !yaml_parser_initialize(&parser)) {
    iso_buf_free(&b);
    iso_theme_free(t);
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "out of memory");
    return NULL;
  }
  yaml_parser_set_input_string(&parser, b.data, b.len);
  if (!yaml_parser_load(&parser, &doc)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, (int)parser.problem_mark.line + 1,
                 (int)parser.problem_mark.column + 1, "%s",
                 parser.problem ? parser.problem : "cannot parse the theme");
    yaml_parser_delete(&parser);
    iso_buf_free(&b);
    iso_theme_free(t);
    return NULL;
  }
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  int rc = 0;
  if (!root || root->type != YAML_MAPPING_NODE) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 1, 1, "a theme is a map of settings");
    rc = -1;
  } else {
    rc = load_map(t, &doc, root, NULL, path, d);
  }
  if (!rc && (t->margin_left + t->margin_right > t->page_width - 72 ||
              t->margin_top + t->margin_bottom > t->page_height - 144)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0,
                 "the margins leave too little room on the page");
    rc = -1;
  }
  yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  iso_buf_free(&b);
  if (rc) {
    iso_theme_free(t);
    return NULL;
  }
  return t;
}

static int file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_path(const char *name) {
  size_t n = strlen(name);
  return strchr(name, '/') != NULL ||
         (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
         (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

char *iso_theme_path(const char *name, const char *base_dir,
                     const char *const *theme_dirs) {
  if (!name || strcmp(name, "default") == 0)
    return NULL;
  /* A name with a slash or a .yaml ending is a path. */
  if (is_path(name))
    return iso_path_join(base_dir, name);
  for (size_t i = 0; theme_dirs && theme_dirs[i]; i++) {
    char file[4096];
    snprintf(file, sizeof file, "%s/%s.yaml", theme_dirs[i], name);
    if (file_exists(file))
      return iso_strdup(file);
  }
  return NULL;
}

iso_theme *iso_theme_resolve(const char *name, const char *base_dir,
                             const char *const *theme_dirs, iso_diags *d) {
  if (!name || strcmp(name, "default") == 0)
    return iso_theme_copy(&builtin);
  char *path = iso_theme_path(name, base_dir, theme_dirs);
  if (path) {
    iso_theme *t = iso_theme_load(path, d);
    free(path);
    return t;
  }
  iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0,
               "unknown theme '%s' (give a theme name from templates/themes or a path to a theme file)",
               name);
  return NULL;
}
