/* Heading numbers in the layout (present_number.c decides them): drawn as
 * the first span of a heading and of its contents entry, so the PDF shows
 * "1.2 Scope" where DOCX and ODT number the heading from their styles, and
 * the number takes its room in the line as theirs does. */
#include <string.h>

#include "doc.h"

void lay_number(lay_doc *c, const char *num, int font, double size,
                uint32_t color, const iso_node *n) {
  if (!num)
    return;
  lay_spans_add(c, &c->sp, font, size, color, num, strlen(num), n);
  lay_spans_add(c, &c->sp, font, size, color, ISO_PR_NUMBER_SEP,
                sizeof ISO_PR_NUMBER_SEP - 1, n);
}
