/* File names are bytes: one holding ESC or a newline, printed raw, would
 * move the cursor, recolour or retitle the terminal, or forge a line of
 * output. The program prints such bytes as \xHH instead. */
#include <stdint.h>
#include <string.h>

#include "cli.h"
#include "util.h"

/* C0 controls, DEL and the C1 controls (U+0080 to U+009F), which some
 * terminals obey as well. */
static int is_control(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

char *cli_escape(const char *s) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s);
  iso_buf b;
  iso_buf_init(&b);
  for (size_t i = 0; i < len;) {
    uint32_t cp = 0;
    size_t n = iso_utf8_decode(p + i, len - i, &cp);
    if (n && !is_control(cp)) {
      iso_buf_append(&b, p + i, n);
      i += n;
      continue;
    }
    /* an invalid byte alone, a control character byte by byte */
    size_t k = n ? n : 1;
    for (size_t j = 0; j < k; j++) {
      char e[4] = {'\\', 'x', hex[p[i + j] >> 4], hex[p[i + j] & 15]};
      iso_buf_append(&b, e, sizeof e);
    }
    i += k;
  }
  if (b.failed) {
    iso_buf_free(&b);
    return NULL;
  }
  return iso_buf_detach(&b, NULL);
}
