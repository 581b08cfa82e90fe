/* Where a position inside a Markdown string lies in the YAML file. */
#ifndef ISO_LOADER_MDPOS_H
#define ISO_LOADER_MDPOS_H

#include "loader_internal.h"

typedef struct mdpos {
  const ld *c;
  const ynode *s;
  int indent;     /* bytes of indentation of a block scalar's lines */
  int *lines;     /* value line (0-based) -> source line, for folded text */
  size_t n_lines;
  /* the last column computed, so that walking along a long line stays
   * linear */
  int cache_line;
  size_t cache_off;
  int cache_col;
} mdpos;

void mdpos_init(mdpos *p, const ld *c, const ynode *s);
void mdpos_free(mdpos *p);
/* MLINE and MCOL are 1-based (line of the string, byte in that line). */
void mdpos_map(mdpos *p, int mline, int mcol, int *line, int *col);

#endif
