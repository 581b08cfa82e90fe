/* Table column widths, one algorithm for every format.
 *
 * With `widths`, the columns take those shares of the text width. Without,
 * each column's share lies between its narrowest (its widest word) and its
 * widest (its longest unbroken text) extent: all at their widest when that
 * fits, all at their narrowest when not even that fits, and in between the
 * room left shared by how much each would grow.
 *
 * Either way every column is at least as wide as its longest short word
 * (ISO_PR_SHORT_WORD characters or fewer) so that "RFC" or a date never
 * breaks inside; a column raised to that floor is fixed and the others
 * share the rest by their weights. Only when the floors alone exceed the
 * page do all columns shrink alike. */
#include <stdlib.h>
#include <string.h>

#include "present.h"

typedef struct extent {
  double floor; /* longest short word, padded */
  double word;  /* longest word of any length, padded, capped */
  double text;  /* longest line of text, padded */
} extent;

/* Extents of one cell's plain text. */
static void measure_cell(const char *s, int bold, double size, double avail,
                         iso_pr_measure_fn measure, void *ctx, extent *e) {
  /* the pads, and a little for borders and the office suites' rounding
   * (LibreOffice broke "Tavoitetaso" by a hair without it) */
  double pad = 2 * ISO_PR_CELL_PAD + 2, space = measure(ctx, bold, size, " ", 1);
  double line = 0;
  size_t i = 0, len = strlen(s);
  while (i < len) {
    size_t j = i, chars = 0;
    while (j < len && s[j] != ' ' && s[j] != '\t' && s[j] != '\n') {
      if (((unsigned char)s[j] & 0xC0) != 0x80)
        chars++;
      j++;
    }
    double w = measure(ctx, bold, size, s + i, j - i);
    if (chars <= ISO_PR_SHORT_WORD && w + pad > e->floor)
      e->floor = w + pad;
    /* a long URL should wrap rather than squeeze its neighbours */
    double capped = w < avail * 0.35 ? w : avail * 0.35;
    if (capped + pad > e->word)
      e->word = capped + pad;
    line += w;
    if (line + pad > e->text)
      e->text = line + pad;
    if (j < len && s[j] == '\n')
      line = 0;
    else
      line += space;
    i = j + 1;
  }
}

/* Shares AVAIL by WEIGHT, but never below FLOOR (see above). */
static void share(int n, const double *weight, const double *floor,
                  double avail, double *out) {
  double fsum = 0;
  for (int i = 0; i < n; i++) {
    out[i] = -1; /* not fixed yet */
    fsum += floor[i];
  }
  if (fsum >= avail) {
    for (int i = 0; i < n; i++)
      out[i] = fsum > 0 ? floor[i] * avail / fsum : avail / n;
    return;
  }
  for (int round = 0; round <= n; round++) {
    double rest = avail, weights = 0;
    for (int i = 0; i < n; i++) {
      if (out[i] >= 0)
        rest -= out[i];
      else
        weights += weight[i];
    }
    int changed = 0;
    for (int i = 0; i < n; i++)
      if (out[i] < 0 && weights > 0 && rest * weight[i] / weights < floor[i]) {
        out[i] = floor[i];
        changed = 1;
      }
    if (changed)
      continue;
    for (int i = 0; i < n; i++)
      if (out[i] < 0)
        out[i] = weights > 0 ? rest * weight[i] / weights : rest / n;
    return;
  }
}

int iso_pr_columns(const iso_node *t, int n, double avail, double size,
                   iso_pr_measure_fn measure, void *ctx, double *out) {
  if (n <= 0)
    return 0;
  extent *e = calloc((size_t)n, sizeof *e);
  double *weight = calloc((size_t)n * 2, sizeof *weight);
  if (!e || !weight) {
    free(e);
    free(weight);
    return -1;
  }
  double *floor = weight + n;
  int rc = 0;
  for (const iso_node *r = iso_node_first_child(t); r && !rc; r = iso_node_next(r)) {
    int bold = iso_node_get_row_header(r), i = 0;
    for (const iso_node *c = iso_node_first_child(r); c && i < n;
         c = iso_node_next(c), i++) {
      char *s = iso_node_plain_text(c);
      if (!s) {
        rc = -1;
        break;
      }
      measure_cell(s, bold, size, avail, measure, ctx, &e[i]);
      free(s);
    }
  }
  const double *given = iso_node_get_widths(t);
  int use_given = given && iso_node_get_columns(t) == n;
  double smin = 0, smax = 0;
  for (int i = 0; i < n; i++) {
    if (e[i].floor < 2 * ISO_PR_CELL_PAD + size)
      e[i].floor = 2 * ISO_PR_CELL_PAD + size;
    if (e[i].word < e[i].floor)
      e[i].word = e[i].floor;
    if (e[i].text < e[i].word)
      e[i].text = e[i].word;
    smin += e[i].word;
    smax += e[i].text;
  }
  for (int i = 0; i < n; i++) {
    floor[i] = e[i].floor;
    if (use_given)
      weight[i] = given[i] > 0 ? given[i] : 0.01;
    else if (smax <= avail)
      weight[i] = e[i].text;
    else if (smin >= avail)
      weight[i] = e[i].word;
    else /* the room beyond the narrowest, by how much each would grow */
      weight[i] = e[i].word + (avail - smin) * (e[i].text - e[i].word) / (smax - smin);
  }
  share(n, weight, floor, avail, out);
  free(e);
  free(weight);
  return rc;
}
