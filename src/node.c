/* The document tree: construction, the containment rules, accessors. */
#include <stdlib.h>
#include <string.h>

#include "node_private.h"
#include "orient.h"
#include "util.h"

static const char *const type_names[ISO_NODE_TYPE_COUNT] = {
    "none",     "document", "section",    "heading",    "paragraph",
    "list",     "item",     "table",      "objectives", "risks",
    "roles",    "row",      "cell",       "callout",    "code_block",
    "image",    "pagebreak", "toc",       "principles", "text",       "strong",
    "emph",     "code",     "link",       "linebreak"};

const char *iso_node_type_name(iso_node_type t) {
  return (t > 0 && t < ISO_NODE_TYPE_COUNT) ? type_names[t] : "none";
}

static int is_inline_type(iso_node_type t) {
  return t >= ISO_NODE_FIRST_INLINE && t <= ISO_NODE_LAST_INLINE;
}

static int is_table_type(iso_node_type t) {
  return t == ISO_NODE_TABLE || t == ISO_NODE_OBJECTIVES ||
         t == ISO_NODE_RISKS || t == ISO_NODE_ROLES;
}

/* Blocks that may appear in a section's content. */
static int is_content_block(iso_node_type t) {
  return t == ISO_NODE_PARAGRAPH || t == ISO_NODE_LIST || is_table_type(t) ||
         t == ISO_NODE_CALLOUT || t == ISO_NODE_CODE_BLOCK ||
         t == ISO_NODE_IMAGE || t == ISO_NODE_PAGEBREAK || t == ISO_NODE_TOC ||
         t == ISO_NODE_PRINCIPLES;
}

int iso_node_can_contain(iso_node_type parent, iso_node_type child) {
  switch (parent) {
  case ISO_NODE_DOCUMENT:
    return child == ISO_NODE_SECTION;
  case ISO_NODE_SECTION:
    return child == ISO_NODE_HEADING || child == ISO_NODE_SECTION ||
           is_content_block(child);
  case ISO_NODE_HEADING:
  case ISO_NODE_PARAGRAPH:
  case ISO_NODE_CELL:
  case ISO_NODE_STRONG:
  case ISO_NODE_EMPH:
  case ISO_NODE_LINK:
    return is_inline_type(child);
  case ISO_NODE_LIST:
    return child == ISO_NODE_ITEM;
  case ISO_NODE_PRINCIPLES:
    return child == ISO_NODE_LIST;
  case ISO_NODE_ITEM:
  case ISO_NODE_CALLOUT:
    return child == ISO_NODE_PARAGRAPH || child == ISO_NODE_LIST ||
           child == ISO_NODE_CODE_BLOCK;
  case ISO_NODE_TABLE:
  case ISO_NODE_OBJECTIVES:
  case ISO_NODE_RISKS:
  case ISO_NODE_ROLES:
    return child == ISO_NODE_ROW;
  case ISO_NODE_ROW:
    return child == ISO_NODE_CELL;
  default:
    return 0;
  }
}

iso_node *iso_document_new(const char *source_path) {
  iso_node *doc = calloc(1, sizeof *doc);
  if (!doc)
    return NULL;
  doc->type = ISO_NODE_DOCUMENT;
  doc->meta = calloc(1, sizeof *doc->meta);
  if (!doc->meta) {
    free(doc);
    return NULL;
  }
  if (source_path) {
    doc->meta->source = iso_strdup(source_path);
    if (!doc->meta->source) {
      free(doc->meta);
      free(doc);
      return NULL;
    }
  }
  doc->file = doc->meta->source;
  doc->line = 1;
  doc->column = 1;
  return doc;
}

iso_node *iso_node_new(iso_node_type type, const iso_node *doc, int line,
                       int column) {
  if (type <= ISO_NODE_NONE || type >= ISO_NODE_TYPE_COUNT ||
      type == ISO_NODE_DOCUMENT)
    return NULL;
  iso_node *n = calloc(1, sizeof *n);
  if (!n)
    return NULL;
  n->type = type;
  n->file = doc ? doc->file : NULL;
  n->line = line;
  n->column = column;
  if (type == ISO_NODE_HEADING)
    n->level = 1;
  if (type == ISO_NODE_LIST)
    n->start = 1;
  return n;
}

static void free_meta(iso_meta *m) {
  if (!m)
    return;
  free(m->id);
  free(m->title);
  free(m->subtitle);
  free(m->organization);
  free(m->version);
  free(m->classification);
  free(m->owner);
  free(m->approver);
  for (size_t i = 0; i < m->n_distribution; i++)
    free(m->distribution[i]);
  free(m->distribution);
  for (size_t i = 0; i < m->n_keywords; i++)
    free(m->keywords[i]);
  free(m->keywords);
  free(m->logo);
  for (size_t i = 0; i < m->n_history; i++) {
    free(m->history[i].version);
    free(m->history[i].author);
    free(m->history[i].changes);
    free(m->history[i].approver);
  }
  free(m->history);
  for (size_t i = 0; i < m->n_signoff; i++) {
    free(m->signoff[i].role);
    free(m->signoff[i].name);
  }
  free(m->signoff);
  for (size_t i = 0; i < m->n_custom; i++) {
    free(m->custom[i].name);
    free(m->custom[i].value);
  }
  free(m->custom);
  free(m->retention);
  free(m->master_copy);
  free(m->theme);
  free(m->source);
  free(m);
}

static void free_one(iso_node *n) {
  free(n->literal);
  free(n->url);
  free(n->caption);
  free(n->widths);
  free_meta(n->meta);
  if (n->type == ISO_NODE_DOCUMENT) {
    iso_image_store_free(n);
    if (n->memo_free)
      n->memo_free(n->memo);
  }
  free(n);
}

/* Iterative, so a hostile deep tree cannot overflow the stack. */
void iso_node_free(iso_node *n) {
  if (!n)
    return;
  iso_node *cur = n->first;
  while (cur) {
    if (cur->first) {
      cur = cur->first;
      continue;
    }
    iso_node *up = cur->parent, *next = cur->next;
    free_one(cur);
    if (next) {
      up->first = next;
      cur = next;
    } else {
      up->first = NULL;
      cur = (up == n) ? NULL : up;
    }
  }
  free_one(n);
}

iso_error iso_node_append(iso_node *parent, iso_node *child) {
  if (!parent || !child || child->parent ||
      !iso_node_can_contain(parent->type, child->type))
    return ISO_ERR_ARGUMENT;
  /* A section's heading comes first and only once. */
  if (parent->type == ISO_NODE_SECTION && child->type == ISO_NODE_HEADING &&
      parent->first)
    return ISO_ERR_ARGUMENT;
  child->parent = parent;
  child->prev = parent->last;
  child->next = NULL;
  if (parent->last)
    parent->last->next = child;
  else
    parent->first = child;
  parent->last = child;
  return 0;
}

void iso_node_unlink(iso_node *n) {
  if (!n || !n->parent)
    return;
  if (n->prev)
    n->prev->next = n->next;
  else
    n->parent->first = n->next;
  if (n->next)
    n->next->prev = n->prev;
  else
    n->parent->last = n->prev;
  n->parent = n->next = n->prev = NULL;
}

void iso_node_set_position(iso_node *n, int line, int column) {
  if (!n)
    return;
  n->line = line;
  n->column = column;
}

iso_node_type iso_node_get_type(const iso_node *n) {
  return n ? n->type : ISO_NODE_NONE;
}
int iso_node_is_block(const iso_node *n) {
  return n && n->type >= ISO_NODE_FIRST_BLOCK && n->type <= ISO_NODE_LAST_BLOCK;
}
int iso_node_is_inline(const iso_node *n) {
  return n && is_inline_type(n->type);
}
int iso_node_is_table(const iso_node *n) { return n && is_table_type(n->type); }

iso_node *iso_node_parent(const iso_node *n) { return n ? n->parent : NULL; }
iso_node *iso_node_first_child(const iso_node *n) { return n ? n->first : NULL; }
iso_node *iso_node_last_child(const iso_node *n) { return n ? n->last : NULL; }
iso_node *iso_node_next(const iso_node *n) { return n ? n->next : NULL; }
iso_node *iso_node_prev(const iso_node *n) { return n ? n->prev : NULL; }
const char *iso_node_file(const iso_node *n) { return n ? n->file : NULL; }
int iso_node_line(const iso_node *n) { return n ? n->line : 0; }
int iso_node_column(const iso_node *n) { return n ? n->column : 0; }

static iso_error set_str(char **dst, const char *s, size_t len) {
  char *copy = NULL;
  if (s) {
    copy = malloc(len + 1);
    if (!copy)
      return ISO_ERR_NOMEM;
    memcpy(copy, s, len);
    copy[len] = '\0';
  }
  free(*dst);
  *dst = copy;
  return 0;
}

static int has_literal(const iso_node *n) {
  return n && (n->type == ISO_NODE_TEXT || n->type == ISO_NODE_CODE ||
               n->type == ISO_NODE_CODE_BLOCK);
}

const char *iso_node_get_literal(const iso_node *n) {
  return has_literal(n) ? (n->literal ? n->literal : "") : NULL;
}
iso_error iso_node_set_literal(iso_node *n, const char *s) {
  return iso_node_set_literal_len(n, s, s ? strlen(s) : 0);
}
iso_error iso_node_set_literal_len(iso_node *n, const char *s, size_t len) {
  return has_literal(n) ? set_str(&n->literal, s, len) : ISO_ERR_ARGUMENT;
}

const char *iso_node_get_url(const iso_node *n) {
  return (n && n->type == ISO_NODE_LINK) ? (n->url ? n->url : "") : NULL;
}
iso_error iso_node_set_url(iso_node *n, const char *url) {
  if (!n || n->type != ISO_NODE_LINK)
    return ISO_ERR_ARGUMENT;
  return set_str(&n->url, url, url ? strlen(url) : 0);
}

int iso_node_get_level(const iso_node *n) {
  return (n && n->type == ISO_NODE_HEADING) ? n->level : 0;
}
iso_error iso_node_set_level(iso_node *n, int level) {
  if (!n || n->type != ISO_NODE_HEADING || level < 1 || level > 6)
    return ISO_ERR_ARGUMENT;
  n->level = level;
  return 0;
}

int iso_node_get_list_ordered(const iso_node *n) {
  return (n && n->type == ISO_NODE_LIST) ? n->ordered : 0;
}
int iso_node_get_list_start(const iso_node *n) {
  return (n && n->type == ISO_NODE_LIST) ? n->start : 0;
}
iso_error iso_node_set_list(iso_node *n, int ordered, int start) {
  if (!n || n->type != ISO_NODE_LIST)
    return ISO_ERR_ARGUMENT;
  n->ordered = ordered != 0;
  n->start = start;
  return 0;
}

int iso_node_get_columns(const iso_node *n) {
  return iso_node_is_table(n) ? n->columns : 0;
}
iso_error iso_node_set_columns(iso_node *n, int columns) {
  if (!iso_node_is_table(n) || columns < 1)
    return ISO_ERR_ARGUMENT;
  n->columns = columns;
  return 0;
}
const double *iso_node_get_widths(const iso_node *n) {
  return iso_node_is_table(n) ? n->widths : NULL;
}
iso_error iso_node_set_widths(iso_node *n, const double *weights, int count) {
  if (!iso_node_is_table(n) || count < 1 || count != n->columns)
    return ISO_ERR_ARGUMENT;
  double sum = 0;
  for (int i = 0; i < count; i++) {
    if (!(weights[i] > 0))
      return ISO_ERR_ARGUMENT;
    sum += weights[i];
  }
  double *w = malloc(sizeof *w * (size_t)count);
  if (!w)
    return ISO_ERR_NOMEM;
  for (int i = 0; i < count; i++)
    w[i] = weights[i] / sum;
  free(n->widths);
  n->widths = w;
  return 0;
}

const char *iso_node_get_caption(const iso_node *n) {
  return (iso_node_is_table(n) || (n && n->type == ISO_NODE_IMAGE))
             ? n->caption
             : NULL;
}
iso_error iso_node_set_caption(iso_node *n, const char *caption) {
  if (!(iso_node_is_table(n) || (n && n->type == ISO_NODE_IMAGE)))
    return ISO_ERR_ARGUMENT;
  return set_str(&n->caption, caption, caption ? strlen(caption) : 0);
}

int iso_node_get_row_header(const iso_node *n) {
  return (n && n->type == ISO_NODE_ROW) ? n->header : 0;
}
iso_error iso_node_set_row_header(iso_node *n, int header) {
  if (!n || n->type != ISO_NODE_ROW)
    return ISO_ERR_ARGUMENT;
  n->header = header != 0;
  return 0;
}

iso_callout_kind iso_node_get_callout(const iso_node *n) {
  return (n && n->type == ISO_NODE_CALLOUT) ? n->callout : ISO_CALLOUT_NOTE;
}
iso_error iso_node_set_callout(iso_node *n, iso_callout_kind kind) {
  if (!n || n->type != ISO_NODE_CALLOUT || kind < ISO_CALLOUT_NOTE ||
      kind > ISO_CALLOUT_WARNING)
    return ISO_ERR_ARGUMENT;
  n->callout = kind;
  return 0;
}

const iso_image *iso_node_get_image(const iso_node *n) {
  return (n && n->type == ISO_NODE_IMAGE) ? n->image : NULL;
}
iso_error iso_node_set_image(iso_node *n, const iso_image *img) {
  if (!n || n->type != ISO_NODE_IMAGE)
    return ISO_ERR_ARGUMENT;
  n->image = img;
  return 0;
}
const char *iso_node_get_path(const iso_node *n) {
  const iso_image *img = iso_node_get_image(n);
  return img ? img->path : NULL;
}
double iso_node_get_width_pct(const iso_node *n) {
  return (n && n->type == ISO_NODE_IMAGE) ? n->width_pct : 0;
}
iso_error iso_node_set_width_pct(iso_node *n, double pct) {
  if (!n || n->type != ISO_NODE_IMAGE || pct < 0 || pct > 100)
    return ISO_ERR_ARGUMENT;
  n->width_pct = pct;
  return 0;
}
const iso_image_info *iso_node_get_image_info(const iso_node *n) {
  const iso_image *img = iso_node_get_image(n);
  return img ? &img->info : NULL;
}

iso_meta *iso_document_meta(iso_node *doc) {
  return (doc && doc->type == ISO_NODE_DOCUMENT) ? doc->meta : NULL;
}
const iso_meta *iso_document_meta_const(const iso_node *doc) {
  return (doc && doc->type == ISO_NODE_DOCUMENT) ? doc->meta : NULL;
}
const iso_node *iso_node_document(const iso_node *n) {
  while (n && n->parent)
    n = n->parent;
  return (n && n->type == ISO_NODE_DOCUMENT) ? n : NULL;
}

char *iso_node_plain_text(const iso_node *n) {
  iso_buf b;
  iso_buf_init(&b);
  iso_iter it;
  iso_iter_init(&it, n);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *c = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER)
      continue;
    if (c->type == ISO_NODE_TEXT || c->type == ISO_NODE_CODE)
      iso_buf_puts(&b, c->literal ? c->literal : "");
    else if (c->type == ISO_NODE_LINEBREAK)
      iso_buf_puts(&b, " ");
  }
  iso_buf_append(&b, "", 0);
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  if (!b.data)
    return iso_strdup("");
  return iso_buf_detach(&b, NULL);
}

size_t iso_node_text_length(const iso_node *n) {
  size_t len = 0;
  iso_iter it;
  iso_iter_init(&it, n);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *c = iso_iter_node(&it);
    if (ev != ISO_EVENT_ENTER)
      continue;
    if ((c->type == ISO_NODE_TEXT || c->type == ISO_NODE_CODE) && c->literal)
      len += strlen(c->literal);
    else if (c->type == ISO_NODE_LINEBREAK)
      len++;
  }
  return len;
}

void iso_iter_init(iso_iter *it, const iso_node *root) {
  it->root = root;
  it->cur = NULL;
  it->ev = ISO_EVENT_NONE;
}

iso_event iso_iter_next(iso_iter *it) {
  if (!it->root || it->ev == ISO_EVENT_DONE)
    return it->ev = ISO_EVENT_DONE;
  if (it->ev == ISO_EVENT_NONE) {
    it->cur = it->root;
    return it->ev = ISO_EVENT_ENTER;
  }
  if (it->ev == ISO_EVENT_ENTER && it->cur->first) {
    it->cur = it->cur->first;
    return it->ev = ISO_EVENT_ENTER;
  }
  if (it->ev == ISO_EVENT_ENTER) /* leaf: exit it */
    return it->ev = ISO_EVENT_EXIT;
  /* after EXIT */
  if (it->cur == it->root)
    return it->ev = ISO_EVENT_DONE;
  if (it->cur->next) {
    it->cur = it->cur->next;
    return it->ev = ISO_EVENT_ENTER;
  }
  it->cur = it->cur->parent;
  return it->ev = ISO_EVENT_EXIT;
}

const iso_node *iso_iter_node(const iso_iter *it) { return it->cur; }

iso_orientation iso_node_get_orientation(const iso_node *n) {
  return n ? (iso_orientation)n->orientation : ISO_ORIENT_UNSET;
}
int iso_node_set_orientation(iso_node *n, iso_orientation o) {
  if (!n || (n->type != ISO_NODE_SECTION && n->type != ISO_NODE_TABLE))
    return -1;
  n->orientation = (int)o;
  return 0;
}
