/* SHA-256 of the register's outputs, through OpenSSL's libcrypto (EVP): a
 * hash users compare with `sha256sum` must come from a library made for
 * it, not from code of our own. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "register.h"

/* SHA-256 fetched from the providers once: with EVP_sha256() every
 * EVP_DigestInit_ex looks the algorithm up again. */
static EVP_MD *fetched;
static pthread_once_t fetch_once = PTHREAD_ONCE_INIT;

static void fetch(void) { fetched = EVP_MD_fetch(NULL, "SHA256", NULL); }

static const EVP_MD *sha256(void) {
  pthread_once(&fetch_once, fetch);
  return fetched ? fetched : EVP_sha256();
}

static void to_hex(const unsigned char *md, unsigned len, char out[65]) {
  static const char hex[] = "0123456789abcdef";
  for (unsigned i = 0; i < len && i < 32; i++) {
    out[2 * i] = hex[md[i] >> 4];
    out[2 * i + 1] = hex[md[i] & 15];
  }
  out[64] = '\0';
}

int iso_sha256_hex(const void *data, size_t len, char out[65]) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  out[0] = '\0';
  if (!EVP_Digest(data, len, md, &n, sha256(), NULL) || n != 32)
    return -1;
  to_hex(md, n, out);
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
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  int ok = ctx && EVP_DigestInit_ex(ctx, sha256(), NULL);
  unsigned char chunk[65536];
  while (ok) {
    ssize_t r = read(fd, chunk, sizeof chunk);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      ok = r == 0;
      break;
    }
    ok = EVP_DigestUpdate(ctx, chunk, (size_t)r);
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  ok = ok && EVP_DigestFinal_ex(ctx, md, &n) && n == 32;
  EVP_MD_CTX_free(ctx);
  close(fd);
  if (!ok) {
    iso_diag_add(d, ISO_SEV_ERROR, path, 0, 0, "cannot hash: read failed");
    return -1;
  }
  to_hex(md, n, out);
  return 0;
}
