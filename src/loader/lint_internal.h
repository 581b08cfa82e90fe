/* The linter's shared state and helpers (lint.c drives, lint_*.c hold the
 * rules). Findings are collected, then handed to the diagnostics list in
 * file order. */
#ifndef ISO_LINT_INTERNAL_H
#define ISO_LINT_INTERNAL_H

#include <stddef.h>

#include "internal.h"
#include "lang/lang.h"

typedef struct lint_finding {
  iso_severity sev;
  const char *rule;
  int line, column;
  char *message;
  size_t seq; /* the order the rules ran in, for ties */
} lint_finding;

typedef struct lint {
  const iso_node *doc;
  const iso_meta *m;
  iso_date today; /* year 0: unknown */
  int strict;
  lint_finding *v;
  size_t n, cap;
  /* the plain text of every heading, made at the first heading rule: the
   * rules ask for one of a few words in any language, and walking the
   * document for each list was a tenth of converting a manual */
  char **headings;
  size_t nheadings;
  int headings_made; /* 1 made, -1 out of memory (the rules walk) */
} lint;

/* A finding at LINE:COLUMN (0: at the `document` key). */
void lint_at(lint *l, iso_severity sev, const char *rule, int line, int column,
             const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* A finding at node AT. */
void lint_node(lint *l, iso_severity sev, const char *rule, const iso_node *at,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* WORD occurs in TEXT as a whole word (ASCII case ignored); a WORD ending in
 * '*' matches the start of a word ("review*": "reviews", "reviewed").
 * Bytes of UTF-8 sequences count as letters. */
int lint_word(const char *text, const char *word);
/* Any of the NULL-terminated WORDS. */
int lint_any_word(const char *text, const char *const *words);
/* A heading of the document matches one of WORDS. */
int lint_has_heading(lint *l, const char *const *words);
/* The same for the words of every language (src/lang/): LIST picks one
 * list out of a language's iso_lang_lint. */
int lint_has_heading_any(lint *l, size_t offset);
int lint_any_word_any(const char *text, size_t offset);
#define LINT_OFF(list) offsetof(iso_lang_lint, list)
/* The first node of type T in the document, or NULL. */
const iso_node *lint_first(const iso_node *doc, iso_node_type t);
/* The column of a table-like node whose header cell is LABEL, or -1. */
int lint_column(const iso_node *table, const char *label);
/* Cell COL of ROW as plain text (caller frees; NULL when missing). */
char *lint_cell(const iso_node *row, int col);
/* Case-insensitive (ASCII) substring test. */
int lint_contains(const char *hay, const char *needle);

void lint_policy(lint *l);     /* lint_policy.c */
void lint_roles(lint *l);      /* every document's roles (lint_policy.c) */
void lint_manual(lint *l);     /* lint_structure.c */
void lint_history(lint *l);    /* lint_history.c */
void lint_placeholders(lint *l); /* lint_placeholder.c */
void lint_length(lint *l);     /* a policy's pages (lint_length.c) */

#endif
