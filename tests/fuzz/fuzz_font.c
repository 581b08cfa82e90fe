/* libFuzzer harness for the TrueType subsetter: any bytes are refused or
 * cut, and what is cut can be read and cut again. Built by `make fuzz`,
 * seeded with the installed Liberation fonts. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../formats/pdf/subset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static pdf_charset cs;
  static int ready;
  if (!ready) {
    for (uint32_t cp = 0x20; cp < 0x100; cp++) /* Latin-1, and a few more */
      pdf_charset_add(&cs, cp);
    static const uint32_t more[] = {0x20AC, 0x2013, 0x2014, 0x201C, 0x201D,
                                    0x2022, 0x2264, 0x25E6, 0xFB01};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
      pdf_charset_add(&cs, more[i]);
    ready = 1;
  }
  for (unsigned face = 0; face < 2; face++) { /* a collection's second */
    unsigned char *out = NULL;
    size_t n = 0;
    int rc = pdf_ttf_subset(data, size, face, &cs, &out, &n);
    if (rc != 0 && rc != -1 && rc != -2)
      abort();
    if (rc == 0) {
      unsigned char *again = NULL;
      size_t m = 0;
      if (pdf_ttf_subset(out, n, 0, &cs, &again, &m) == -1)
        abort(); /* our own output must be readable */
      free(again);
    }
    free(out);
  }
  return 0;
}
