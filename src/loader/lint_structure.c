/* A manual's chapters: the manual seed's typical structure, which follows
 * the clauses of ISO/IEC 27001 (4 context ... 10 improvement). Headings are
 * matched in English and Finnish (the Finnish standard's chapter names). */
#include "lint_internal.h"

void lint_manual(lint *l) {
  static const struct {
    const char *name;
    const char *const words[6];
  } chapters[] = {
      {"Introduction", {"introduction", "johdanto", NULL}},
      {"Context of the organization",
       {"context", "toimintaympäristö*", NULL}},
      {"Leadership", {"leadership", "johtajuus", NULL}},
      {"Planning", {"planning", "suunnittelu", NULL}},
      {"Support", {"support", "tukitoimin*", "tuki", NULL}},
      {"Operation", {"operation*", "toiminta", "toiminnan", NULL}},
      {"Performance evaluation",
       {"performance", "evaluation", "suorituskyv*", "arviointi", NULL}},
      {"Improvement", {"improvement", "parantami*", NULL}},
  };
  for (size_t i = 0; i < sizeof chapters / sizeof chapters[0]; i++)
    if (!lint_has_heading(l->doc, chapters[i].words))
      lint_at(l, ISO_SEV_WARNING, "manual-chapters", 0, 0,
              "a manual should have a chapter '%s' (the seed's manual "
              "structure, ISO/IEC 27001 clauses 4-10)",
              chapters[i].name);
}
