/* What the program reads from the environment for the library, which reads
 * none of it itself (it takes iso_write_options). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_source_date_epoch(long long *t) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  if (!sde || !*sde)
    return 0;
  char *end;
  errno = 0;
  long long v = strtoll(sde, &end, 10);
  /* ZIP dates cannot go below 1980 or beyond 2107 */
  if (errno || *end != '\0' || v < 315532800LL || v >= 4354819200LL)
    return 0;
  *t = v;
  return 1;
}

void cli_env(cli_options *o) {
  o->has_timestamp = cli_source_date_epoch(&o->timestamp);
  const char *whole = getenv("ISOEXPORT_WHOLE_FONTS");
  o->whole_fonts = whole && *whole && strcmp(whole, "0") != 0;
  /* the user's own fontconfig set-up is what fonts are found through */
  if (getenv("FONTCONFIG_FILE") || getenv("FONTCONFIG_PATH") ||
      getenv("FONTCONFIG_SYSROOT"))
    iso_fonts_system_config(1);
}

void cli_write_options(const cli_options *o, iso_write_options *wo) {
  memset(wo, 0, sizeof *wo);
  wo->pdfa = o->pdfa;
  wo->has_timestamp = o->has_timestamp;
  wo->timestamp = o->timestamp;
  wo->whole_fonts = o->whole_fonts;
}
