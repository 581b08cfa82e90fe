/* SHA-256 of the register's outputs, through Nettle: a hash users compare
 * with `sha256sum` must come from a library made for it, not from code of
 * our own. Not OpenSSL's EVP: its first digest starts the default provider,
 * over a millisecond of every conversion with a register (about what
 * laying out one policy costs), and its own SHA-256 calls are deprecated;
 * Nettle's are plain functions, SHA-NI where the CPU has it. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "register.h"

static void to_hex(const uint8_t md[SHA256_DIGEST_SIZE], char out[65]) {
  static const char hex[] = "0123456789abcdef";
  for (unsigned i = 0; i < SHA256_DIGEST_SIZE; i++) {
    out[2 * i] = hex[md[i] >> 4];
    out[2 * i + 1] = hex[md[i] & 15];
  }
  out[64] = '\0';
}

int iso_sha256_hex(const void *data, size_t len, char out[65]) {
  struct sha256_ctx ctx;
  uint8_t md[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, len, data);
  sha256_digest(&ctx, sizeof md, md);
  to_hex(md, out);
  return 0;
}

int iso_sha256_file(const char *path, char out[65], iso_diags *d) {
  out[0] = '\0';
  /* an output is a regular file we wrote; a link or a FIFO at its name is
   * not hashed (and never waited on) */
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT)
      return 1;
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot hash: %s", strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot hash: not a regular file");
    close(fd);
    return -1;
  }
  struct sha256_ctx ctx;
  sha256_init(&ctx);
  unsigned char chunk[65536];
  int ok = 1;
  for (;;) {
    ssize_t r = read(fd, chunk, sizeof chunk);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      ok = r == 0;
      break;
    }
    sha256_update(&ctx, (size_t)r, chunk);
  }
  uint8_t md[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof md, md);
  close(fd);
  if (!ok) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot hash: read failed");
    return -1;
  }
  to_hex(md, out);
  return 0;
}
