/* iso_options (isoexport.h): the public face of iso_load_options and
 * iso_write_options. */
#include <stdlib.h>

#include "internal.h"
#include "util.h"

iso_options *iso_options_new(void) { return calloc(1, sizeof(iso_options)); }

void iso_options_free(iso_options *o) {
  if (!o)
    return;
  free(o->confine_dir);
  free(o);
}

iso_error iso_options_set_confine_dir(iso_options *o, const char *dir) {
  if (!o)
    return ISO_ERR_ARGUMENT;
  char *copy = NULL;
  if (dir && !(copy = iso_strdup(dir)))
    return ISO_ERR_NOMEM;
  free(o->confine_dir);
  o->confine_dir = copy;
  o->load.confine_dir = copy;
  return ISO_OK;
}

iso_error iso_options_set_timestamp(iso_options *o, long long t) {
  /* a ZIP entry's date can carry 1980 to 2107 */
  if (!o || t < 315532800LL || t >= 4354819200LL)
    return ISO_ERR_ARGUMENT;
  o->write.has_timestamp = 1;
  o->write.timestamp = t;
  return ISO_OK;
}

iso_error iso_options_set_whole_fonts(iso_options *o, int on) {
  if (!o)
    return ISO_ERR_ARGUMENT;
  o->write.whole_fonts = on != 0;
  return ISO_OK;
}

iso_error iso_options_set_pdfa(iso_options *o, int on) {
  if (!o)
    return ISO_ERR_ARGUMENT;
  o->write.pdfa = on != 0;
  return ISO_OK;
}

iso_error iso_options_set_source(iso_options *o, const unsigned char *data,
                                 size_t len) {
  if (!o || (!data && len))
    return ISO_ERR_ARGUMENT;
  o->write.source = data;
  o->write.source_len = len;
  return ISO_OK;
}
