/* docs/themes.md's table "Every key" names exactly the keys the theme
 * loader knows (src/theme_load.c), each with a default and a unit or
 * kind: a key added to the loader without its row, or a row left for a key
 * that is gone, fails here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "theme_private.h"

#define MAX_DOC 256

static char documented[MAX_DOC][64];
static int n_documented;

static void add(const char *k) {
  if (n_documented < MAX_DOC)
    snprintf(documented[n_documented++], 64, "%s", k);
}

/* The first cell's `keys`: one, or `sizes.h1` … `sizes.h6`. */
static void row(char *line) {
  char *cell = line + 1, *end = strchr(cell, '|');
  if (!end)
    return;
  *end = '\0';
  char keys[4][64];
  int n = 0;
  for (char *p = strchr(cell, '`'); p && n < 4;) {
    char *q = strchr(p + 1, '`');
    if (!q)
      break;
    snprintf(keys[n++], 64, "%.*s", (int)(q - p - 1), p + 1);
    p = strchr(q + 1, '`');
  }
  if (n == 2 && strstr(cell, "\xE2\x80\xA6")) { /* a range: h1 … h6 */
    size_t l = strlen(keys[0]);
    int from = keys[0][l - 1] - '0', to = keys[1][strlen(keys[1]) - 1] - '0';
    for (int i = from; i <= to; i++) {
      char k[64];
      snprintf(k, sizeof k, "%.*s%d", (int)(l - 1), keys[0], i);
      add(k);
    }
    return;
  }
  for (int i = 0; i < n; i++)
    add(keys[i]);
  /* the default cell is never empty */
  char *def = end + 1, *dend = strchr(def, '|');
  CHECK(dend && dend - def > 2);
}

int main(void) {
  const char *srcdir = getenv("top_srcdir");
  char path[4096];
  snprintf(path, sizeof path, "%s/docs/themes.md", srcdir ? srcdir : ".");
  FILE *f = fopen(path, "r");
  CHECK(f != NULL);
  if (!f)
    return 1;
  char line[4096];
  int in_table = 0;
  while (fgets(line, sizeof line, f)) {
    if (!strncmp(line, "## ", 3))
      in_table = !strncmp(line, "## Every key", 12);
    else if (in_table && !strncmp(line, "| `", 3))
      row(line);
  }
  fclose(f);
  CHECK(n_documented > 30);
  for (int i = 0; i < TK_COUNT; i++) {
    int found = 0;
    for (int j = 0; j < n_documented; j++)
      found |= !strcmp(documented[j], iso_theme_keys[i].dotted);
    if (!found)
      fprintf(stderr, "docs/themes.md: key '%s' is not documented\n",
              iso_theme_keys[i].dotted);
    CHECK(found);
  }
  for (int j = 0; j < n_documented; j++) {
    int found = 0;
    for (int i = 0; i < TK_COUNT; i++)
      found |= !strcmp(documented[j], iso_theme_keys[i].dotted);
    if (!found)
      fprintf(stderr, "docs/themes.md: '%s' is not a key the loader knows\n",
              documented[j]);
    CHECK(found);
  }
  return check_done("theme_doc_test");
}
