/* The signer of --sign: the CLI reads the key files, the password and the
 * signing time; the library (formats/pdf/sign_cms.c) gets bytes. The
 * password never comes from the command line, where every user of the
 * machine could read it (ps, /proc/PID/cmdline). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

#define KEY_FILE_MAX ((size_t)1 << 20)

static void print_diags(iso_diags *d) {
  for (size_t i = 0; i < iso_diags_count(d); i++) {
    char *s = iso_diag_format(iso_diags_get(d, i));
    char *safe = s ? cli_escape(s) : NULL;
    if (safe)
      fprintf(stderr, "%s\n", safe);
    free(safe);
    free(s);
  }
}

/* SOURCE_DATE_EPOCH, as every output's time, else now. */
static long long signing_time(void) {
  long long t;
  return cli_source_date_epoch(&t) ? t : (long long)time(NULL);
}

int cli_signer(cli_options *o, const char *p12, const char *key,
               const char *cert, const char *pass_file) {
  iso_diags *d = iso_diags_new();
  iso_buf kb, cb, pb;
  iso_buf_init(&kb);
  iso_buf_init(&cb);
  iso_buf_init(&pb);
  int rc = 1;
  if (!d)
    return 1;
  const char *kpath = p12 ? p12 : key;
  if (iso_read_file_max(kpath, KEY_FILE_MAX, &kb, d) ||
      (cert && iso_read_file_max(cert, KEY_FILE_MAX, &cb, d)) ||
      (pass_file && iso_read_file_max(pass_file, 4096, &pb, d)))
    goto out;
  char *password = NULL;
  if (pass_file) {
    /* the first line, without its line end */
    size_t n = 0;
    while (n < pb.len && pb.data[n] != '\n' && pb.data[n] != '\r')
      n++;
    password = calloc(1, n + 1);
    if (!password)
      goto out;
    memcpy(password, pb.data, n);
  } else if (getenv("ISOEXPORT_SIGN_PASSWORD")) {
    password = strdup(getenv("ISOEXPORT_SIGN_PASSWORD"));
    if (!password)
      goto out;
  }
  iso_sign_keys k = {0};
  if (p12) {
    k.p12 = kb.data ? kb.data : (const unsigned char *)"";
    k.p12_len = kb.len;
  } else {
    k.key = kb.data ? kb.data : (const unsigned char *)"";
    k.key_len = kb.len;
    if (cert) {
      k.certs = cb.data ? cb.data : (const unsigned char *)"";
      k.certs_len = cb.len;
    }
  }
  k.password = password;
  k.key_name = kpath;
  k.certs_name = cert;
  o->signing_time = signing_time();
  o->signer = iso_signer_new(&k, o->signing_time, d);
  if (password) {
    memset(password, 0, strlen(password));
    free(password);
  }
  if (pb.data)
    memset(pb.data, 0, pb.len);
  rc = o->signer ? 0 : 1;
out:
  print_diags(d);
  iso_diags_free(d);
  if (kb.data)
    memset(kb.data, 0, kb.len); /* the private key */
  iso_buf_free(&kb);
  iso_buf_free(&cb);
  iso_buf_free(&pb);
  return rc;
}

void cli_signer_free(cli_options *o) {
  iso_signer_free((iso_signer *)o->signer);
  o->signer = NULL;
}
