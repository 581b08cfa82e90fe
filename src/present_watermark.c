/* The DRAFT / RETIRED watermark across every page of a document that is
 * not approved: one decision for the PDF's drawing, Word's watermark shape
 * and LibreOffice's fontwork shape. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "present.h"

/* The draft colour mixed with white, KEEP of it left: light enough to
 * read the text through. */
static void tint(const char *rrggbb, double keep, char out[7]) {
  unsigned v[3] = {0xC0, 0, 0};
  if (strlen(rrggbb) == 6)
    sscanf(rrggbb, "%2x%2x%2x", &v[0], &v[1], &v[2]);
  for (int i = 0; i < 3; i++)
    v[i] = (unsigned)lround(255 - (255 - (double)v[i]) * keep);
  snprintf(out, 7, "%02X%02X%02X", v[0] & 0xFF, v[1] & 0xFF, v[2] & 0xFF);
}

int iso_pr_watermark(const iso_meta *m, const iso_theme *t,
                     iso_pr_measure_fn measure, void *ctx, iso_pr_mark *w) {
  memset(w, 0, sizeof *w);
  w->text = iso_status_mark(m->language, m->status);
  if (!w->text)
    return 0;
  double w100 = measure(ctx, 1, 100, w->text, strlen(w->text));
  double diag = sqrt(t->page_width * t->page_width + t->page_height * t->page_height);
  w->size = w100 > 0 ? 100 * diag * ISO_PR_WATERMARK_SHARE / w100 : 100;
  if (w->size > ISO_PR_WATERMARK_MAX)
    w->size = ISO_PR_WATERMARK_MAX;
  w->width = w100 * w->size / 100;
  w->height = ISO_PR_CAP_HEIGHT * w->size;
  w->angle = atan2(t->page_height, t->page_width);
  tint(t->color_draft, ISO_PR_WATERMARK_KEEP, w->color);
  return 1;
}
