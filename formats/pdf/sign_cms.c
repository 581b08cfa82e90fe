/* The signer (key and certificates read with OpenSSL, checked once) and
 * the CMS SignedData that goes into a PDF signature's /Contents: detached,
 * SHA-256, with the ESS signing-certificate-v2 attribute (RFC 5035) that
 * CAdES and PAdES require, no signing-time and no S/MIME capabilities. OpenSSL's error queue is
 * emptied after every failure: its texts are not shown (they name OpenSSL's
 * functions, not the user's files). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include "sign.h"

struct iso_signer {
  EVP_PKEY *key;
  X509 *cert;
  STACK_OF(X509) *chain; /* the other certificates given, maybe empty */
  char name[256];
};

void iso_signer_free(iso_signer *s) {
  if (!s)
    return;
  EVP_PKEY_free(s->key);
  X509_free(s->cert);
  sk_X509_pop_free(s->chain, X509_free);
  free(s);
}

const char *iso_signer_name(const iso_signer *s) { return s ? s->name : ""; }

/* The subject's common name in UTF-8 (its whole subject line without
 * one). */
static void subject_name(X509 *cert, char *out, size_t cap) {
  X509_NAME *subj = X509_get_subject_name(cert);
  int i = X509_NAME_get_index_by_NID(subj, NID_commonName, -1);
  out[0] = '\0';
  if (i >= 0) {
    unsigned char *u = NULL;
    int n = ASN1_STRING_to_UTF8(&u, X509_NAME_ENTRY_get_data(
                                        X509_NAME_get_entry(subj, i)));
    if (n > 0) {
      size_t k = (size_t)n < cap - 1 ? (size_t)n : cap - 1;
      memcpy(out, u, k);
      out[k] = '\0';
    }
    OPENSSL_free(u);
  }
  if (!out[0])
    X509_NAME_oneline(subj, out, (int)cap);
}

static void tm_date(const ASN1_TIME *t, char out[32]) {
  struct tm tm;
  if (ASN1_TIME_to_tm(t, &tm))
    snprintf(out, 32, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday);
  else
    snprintf(out, 32, "an unreadable date");
}

static int pem_password(char *buf, int size, int rwflag, void *user) {
  (void)rwflag;
  const char *p = user;
  if (!p)
    return 0;
  size_t n = strlen(p);
  if (n > (size_t)size)
    return -1;
  memcpy(buf, p, n);
  return (int)n;
}

static int load_p12(iso_signer *s, const iso_sign_keys *k, iso_diags *d) {
  const char *name = k->key_name ? k->key_name : "the PKCS#12 file";
  const unsigned char *p = k->p12;
  PKCS12 *p12 = k->p12_len <= 0x7fffffff ? d2i_PKCS12(NULL, &p, (long)k->p12_len)
                                        : NULL;
  if (!p12) {
    iso_diag_add(d, ISO_SEV_ERROR, name, 0, 0,
                 "not a PKCS#12 file (give a .p12/.pfx file, or --sign-key "
                 "and --sign-cert in PEM)");
    return -1;
  }
  const char *pass = k->password ? k->password : "";
  if (!PKCS12_verify_mac(p12, pass, -1) &&
      !(!k->password && PKCS12_verify_mac(p12, NULL, 0))) {
    PKCS12_free(p12);
    iso_diag_add(d, ISO_SEV_ERROR, name, 0, 0,
                 k->password ? "wrong password for the PKCS#12 file"
                             : "the PKCS#12 file needs a password (none was "
                               "given)");
    return -1;
  }
  STACK_OF(X509) *ca = NULL;
  int ok = PKCS12_parse(p12, pass, &s->key, &s->cert, &ca);
  PKCS12_free(p12);
  s->chain = ca ? ca : sk_X509_new_null();
  if (!ok || !s->key || !s->cert) {
    iso_diag_add(d, ISO_SEV_ERROR, name, 0, 0,
                 "the PKCS#12 file holds no private key with its certificate "
                 "(or uses a cipher OpenSSL no longer reads)");
    return -1;
  }
  return 0;
}

static int load_pem(iso_signer *s, const iso_sign_keys *k, iso_diags *d) {
  const char *kname = k->key_name ? k->key_name : "the key file";
  const char *cname = k->certs_name ? k->certs_name : kname;
  BIO *b = BIO_new_mem_buf(k->key, (int)k->key_len);
  s->key = b ? PEM_read_bio_PrivateKey(b, NULL, pem_password,
                                       (void *)k->password)
             : NULL;
  BIO_free(b);
  if (!s->key) {
    iso_diag_add(d, ISO_SEV_ERROR, kname, 0, 0,
                 "cannot read a PEM private key (wrong password, or not a PEM "
                 "key)");
    return -1;
  }
  const unsigned char *cd = k->certs ? k->certs : k->key;
  size_t cl = k->certs ? k->certs_len : k->key_len;
  s->chain = sk_X509_new_null();
  b = BIO_new_mem_buf(cd, (int)cl);
  X509 *x;
  while (b && s->chain && (x = PEM_read_bio_X509(b, NULL, NULL, NULL))) {
    if (!s->cert)
      s->cert = x;
    else if (!sk_X509_push(s->chain, x))
      X509_free(x);
  }
  BIO_free(b);
  if (!s->cert) {
    iso_diag_add(d, ISO_SEV_ERROR, cname, 0, 0,
                 "holds no PEM certificate (the signer's certificate comes "
                 "first, then its chain)");
    return -1;
  }
  return 0;
}

iso_signer *iso_signer_new(const iso_sign_keys *k, long long when,
                           iso_diags *d) {
  iso_signer *s = calloc(1, sizeof *s);
  if (!s) {
    iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0, "out of memory");
    return NULL;
  }
  int rc = k->p12 ? load_p12(s, k, d)
           : k->key ? load_pem(s, k, d)
                    : (iso_diag_add(d, ISO_SEV_ERROR, NULL, 0, 0,
                                    "no signing key given"),
                       -1);
  const char *cname = k->p12 ? k->key_name : k->certs_name ? k->certs_name
                                                           : k->key_name;
  if (rc == 0 && X509_check_private_key(s->cert, s->key) != 1) {
    if (k->p12)
      iso_diag_add(d, ISO_SEV_ERROR, k->key_name, 0, 0,
                   "the private key does not belong to the certificate");
    else
      iso_diag_add(d, ISO_SEV_ERROR, k->key_name, 0, 0,
                   "the private key does not belong to the certificate in %s",
                   cname ? cname : "the certificate file");
    rc = -1;
  }
  if (rc == 0) {
    subject_name(s->cert, s->name, sizeof s->name);
    time_t t = (time_t)when;
    char from[32], until[32], at[32];
    iso_date day = iso_date_from_epoch(when);
    iso_date_iso(day, at);
    if (X509_cmp_time(X509_get0_notBefore(s->cert), &t) > 0) {
      tm_date(X509_get0_notBefore(s->cert), from);
      iso_diag_add(d, ISO_SEV_ERROR, cname, 0, 0,
                   "the certificate of '%s' is not valid before %s (the "
                   "signing time is %s)",
                   s->name, from, at);
      rc = -1;
    } else if (X509_cmp_time(X509_get0_notAfter(s->cert), &t) < 0) {
      tm_date(X509_get0_notAfter(s->cert), until);
      iso_diag_add(d, ISO_SEV_ERROR, cname, 0, 0,
                   "the certificate of '%s' expired on %s (the signing time "
                   "is %s)",
                   s->name, until, at);
      rc = -1;
    }
  }
  ERR_clear_error();
  if (rc) {
    iso_signer_free(s);
    return NULL;
  }
  return s;
}

/* The signed attributes of a PAdES baseline B-B signature (ETSI EN 319
 * 142-1, 6.3): content-type, message-digest and signing-certificate-v2,
 * and no signing-time: the claimed signing time is the signature
 * dictionary's /M. OpenSSL 3.0's CMS_SignerInfo_sign (called by CMS_final)
 * always adds a signing-time, so the attributes are added here and signed
 * in sign_attrs() instead. */
static int add_attrs(CMS_ContentInfo *cms, CMS_SignerInfo *si, X509 *cert,
                     const unsigned char *digest, int digest_len) {
  ESS_SIGNING_CERT_V2 *sc =
      OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), cert, NULL, 1);
  unsigned char *der = NULL;
  int len = sc ? i2d_ESS_SIGNING_CERT_V2(sc, &der) : -1;
  int ok = len > 0 &&
           CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType,
                                       V_ASN1_OBJECT,
                                       CMS_get0_eContentType(cms), -1) &&
           CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest,
                                       V_ASN1_OCTET_STRING, digest,
                                       digest_len) &&
           CMS_signed_add1_attr_by_NID(si,
                                       NID_id_smime_aa_signingCertificateV2,
                                       V_ASN1_SEQUENCE, der, len);
  OPENSSL_free(der);
  ESS_SIGNING_CERT_V2_free(sc);
  return ok ? 0 : -1;
}

/* Signs SI's signed attributes with KEY and puts the signature into SI.
 * What is signed is their DER as a SET OF (RFC 5652, 5.4: tag 0x31, not
 * the [0] of the SignerInfo), the elements in DER order (X.690, 11.6):
 * PKCS7_ATTR_SIGN is OpenSSL's public item for exactly that encoding, and
 * OpenSSL sorts the [0] the same way when it writes the SignerInfo. */
static int sign_attrs(CMS_SignerInfo *si, EVP_PKEY *key) {
  STACK_OF(X509_ATTRIBUTE) *set = sk_X509_ATTRIBUTE_new_null();
  int n = CMS_signed_get_attr_count(si);
  for (int i = 0; set && i < n; i++)
    if (!sk_X509_ATTRIBUTE_push(set, CMS_signed_get_attr(si, i))) {
      sk_X509_ATTRIBUTE_free(set);
      set = NULL;
    }
  unsigned char *der = NULL;
  int len = set && n > 0 ? ASN1_item_i2d((ASN1_VALUE *)set, &der,
                                         ASN1_ITEM_rptr(PKCS7_ATTR_SIGN))
                         : -1;
  sk_X509_ATTRIBUTE_free(set); /* the attributes stay SI's */
  EVP_MD_CTX *mc = len > 0 ? EVP_MD_CTX_new() : NULL;
  unsigned char *sig = NULL;
  size_t sig_len = 0;
  int ok = mc && EVP_DigestSignInit(mc, NULL, EVP_sha256(), NULL, key) == 1 &&
           EVP_DigestSign(mc, NULL, &sig_len, der, (size_t)len) == 1 &&
           sig_len <= 0x7fffffff && (sig = OPENSSL_malloc(sig_len)) &&
           EVP_DigestSign(mc, sig, &sig_len, der, (size_t)len) == 1 &&
           ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), sig,
                           (int)sig_len);
  OPENSSL_free(sig);
  EVP_MD_CTX_free(mc);
  OPENSSL_free(der);
  return ok ? 0 : -1;
}

int pdf_cms_sign(const iso_signer *s, const unsigned char *data, size_t len,
                 unsigned char **out, size_t *out_len, const char *source,
                 iso_diags *d) {
  /* CMS_PARTIAL: the SignerInfo is made (digest and signature algorithms,
   * the signer's identifier, the certificates) but not signed */
  const int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
  int rc = -1;
  *out = NULL;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_len = 0;
  CMS_ContentInfo *cms =
      EVP_Digest(data, len, digest, &digest_len, EVP_sha256(), NULL)
          ? CMS_sign(NULL, NULL, s->chain, NULL, flags)
          : NULL;
  CMS_SignerInfo *si =
      cms ? CMS_add1_signer(cms, s->cert, s->key, EVP_sha256(), flags) : NULL;
  if (si && CMS_set_detached(cms, 1) &&
      add_attrs(cms, si, s->cert, digest, (int)digest_len) == 0 &&
      sign_attrs(si, s->key) == 0) {
    unsigned char *der = NULL;
    int n = i2d_CMS_ContentInfo(cms, &der);
    if (n > 0) {
      *out = malloc((size_t)n);
      if (*out) {
        memcpy(*out, der, (size_t)n);
        *out_len = (size_t)n;
        rc = 0;
      }
    }
    OPENSSL_free(der);
  }
  if (rc)
    iso_diag_add(d, ISO_SEV_ERROR, source, 0, 0,
                 "pdf: the signature could not be made (OpenSSL: %s)",
                 ERR_reason_error_string(ERR_peek_error())
                     ? ERR_reason_error_string(ERR_peek_error())
                     : "out of memory");
  CMS_ContentInfo_free(cms);
  ERR_clear_error();
  return rc;
}
