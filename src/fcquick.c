/* The quick fontconfig set-up (see fcquick.h), shared by the PDF writer's
 * fonts and the metrics of DOCX and ODT. */
#include <pthread.h>
#include <stdlib.h>

#include "fcquick.h"
#include "isoexport.h"

static FcConfig *config;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int system_only; /* iso_fonts_system_config */

void iso_fonts_system_config(int on) { system_only = on != 0; }

static void make(void) {
  if (system_only)
    return;
  static const char conf[] =
      "<fontconfig>"
      "<dir>/usr/share/fonts</dir>"
      "<dir>/usr/local/share/fonts</dir>"
      "<dir prefix=\"xdg\">fonts</dir>"
      "<dir>~/.fonts</dir>"
      "<cachedir>/var/cache/fontconfig</cachedir>"
      "<cachedir prefix=\"xdg\">fontconfig</cachedir>"
      "</fontconfig>";
  FcConfig *c = FcConfigCreate();
  if (c && FcConfigParseAndLoadFromMemory(c, (const FcChar8 *)conf, FcFalse) &&
      FcConfigBuildFonts(c))
    config = c;
  else if (c)
    FcConfigDestroy(c);
}

FcConfig *iso_fc_quick(void) {
  pthread_once(&once, make);
  return config;
}
