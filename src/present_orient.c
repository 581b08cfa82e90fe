/* Orientation decisions (orient.h): one place says which pages are
 * landscape and how large they are. */
#include <math.h>

#include "orient.h"

int iso_pr_theme_landscape(const iso_theme *t) {
  return t->page_width > t->page_height;
}

int iso_pr_landscape(const iso_node *n, const iso_theme *t) {
  for (; n; n = iso_node_parent(n)) {
    iso_orientation o = iso_node_get_orientation(n);
    if (o != ISO_ORIENT_UNSET)
      return o == ISO_ORIENT_LANDSCAPE;
  }
  return iso_pr_theme_landscape(t);
}

void iso_pr_page_size(const iso_theme *t, int landscape, double *w, double *h) {
  int turn = landscape != iso_pr_theme_landscape(t);
  *w = turn ? t->page_height : t->page_width;
  *h = turn ? t->page_width : t->page_height;
}

int iso_pr_has_turns(const iso_node *doc, const iso_theme *t) {
  int own = iso_pr_theme_landscape(t);
  iso_iter it;
  iso_iter_init(&it, doc);
  iso_event ev;
  while ((ev = iso_iter_next(&it)) != ISO_EVENT_DONE) {
    const iso_node *n = iso_iter_node(&it);
    if (ev == ISO_EVENT_ENTER && iso_node_get_orientation(n) != ISO_ORIENT_UNSET &&
        iso_pr_landscape(n, t) != own)
      return 1;
  }
  return 0;
}

void iso_pr_mark_turned(iso_pr_mark *w) { w->angle = atan2(1, 0) - w->angle; }
