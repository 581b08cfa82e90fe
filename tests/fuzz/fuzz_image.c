/* libFuzzer harness: bytes as a PNG and as a JPEG through the image check,
 * and whatever it accepts through every writer, as the logo and as a
 * figure of a small document. Built by `make fuzz` (clang); `make check`
 * replays the samples' images and tests/fuzz/regressions/image/ through
 * the same function. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char doc_yaml[] =
    "document:\n"
    "  id: FUZZ-01\n"
    "  title: Fuzzed image\n"
    "  version: \"1.0\"\n"
    "  status: draft\n"
    "  owner: Maria Virtanen\n"
    "  next_review: 2030-01-01\n"
    "sections:\n"
    "  - title: Figure\n"
    "    content:\n"
    "      - Before the figure.\n";

static void run_writers(const iso_node *doc, iso_diags *d) {
  const iso_writer *const *w = iso_writers();
  for (size_t i = 0; w[i]; i++) {
    iso_buf out;
    iso_buf_init(&out);
    iso_writer_run(w[i], doc, iso_theme_default(), NULL, &out, d);
    iso_buf_free(&out);
  }
}

/* DATA with MAGIC in front unless it starts with it already. */
static void one(const uint8_t *data, size_t size, const char *magic,
                size_t mlen, const char *name) {
  iso_diags *d = iso_diags_new();
  unsigned char *buf = malloc(size + mlen);
  if (!d || !buf) {
    iso_diags_free(d);
    free(buf);
    return;
  }
  size_t len = size;
  if (size >= mlen && memcmp(data, magic, mlen) == 0) {
    if (size)
      memcpy(buf, data, size);
  } else {
    memcpy(buf, magic, mlen);
    if (size)
      memcpy(buf + mlen, data, size);
    len = size + mlen;
  }
  iso_node *doc = iso_load_string(doc_yaml, sizeof doc_yaml - 1, "fuzz.yaml",
                                  ".", NULL, d);
  const iso_image *img =
      doc ? iso_document_add_image_mem(doc, name, buf, len, d, "fuzz.yaml", 11, 9)
          : NULL;
  free(buf);
  iso_node *section = doc ? iso_node_first_child(doc) : NULL;
  iso_node *fig = img && section ? iso_node_new(ISO_NODE_IMAGE, doc, 11, 9) : NULL;
  if (fig && (iso_node_set_image(fig, img) || iso_node_set_caption(fig, "Fuzz") ||
              iso_node_append(section, fig))) {
    iso_node_free(fig);
    fig = NULL;
  }
  if (fig) {
    iso_meta *m = iso_document_meta(doc);
    size_t n = strlen(name);
    m->logo = malloc(n + 1);
    if (m->logo) {
      memcpy(m->logo, name, n + 1);
      m->logo_image = img;
    }
    run_writers(doc, d);
  }
  for (size_t i = 0; i < iso_diags_count(d); i++)
    free(iso_diag_format(iso_diags_get(d, i)));
  iso_node_free(doc);
  iso_diags_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  one(data, size, "\x89PNG\r\n\x1a\n", 8, "fuzz.png");
  one(data, size, "\xFF\xD8\xFF", 3, "fuzz.jpg");
  return 0;
}
