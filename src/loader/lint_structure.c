/* A manual's chapters: the manual seed's typical structure, which follows
 * the clauses of ISO/IEC 27001 (4 context ... 10 improvement). Headings are
 * matched in every language's chapter names (src/lang/). */
#include "lint_internal.h"

void lint_manual(lint *l) {
  static const char *const chapters[8] = {
      "Introduction", "Context of the organization", "Leadership", "Planning",
      "Support",      "Operation",  "Performance evaluation", "Improvement"};
  for (size_t i = 0; i < 8; i++)
    if (!lint_has_heading_any(l, LINT_OFF(chapters) +
                                          i * sizeof(iso_lang_words)))
      lint_at(l, ISO_SEV_WARNING, "manual-chapters", 0, 0,
              "a manual should have a chapter '%s' (the seed's manual "
              "structure, ISO/IEC 27001 clauses 4-10)",
              chapters[i]);
}
