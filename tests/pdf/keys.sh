# Test keys for the signing tests, made with openssl into $T/keys: source it
# after tests/common.sh.
#   ca.pem              a test CA
#   signer.p12          "Test Signer", password "s3cret pass", with the CA
#   signer.key/.pem     the same signer in PEM (chain.pem: signer then CA)
#   short.key/.pem      a signer whose certificate is valid for one day
#   other.key           a key that belongs to no certificate
#   nopass.p12          the signer without a password
# Certificates start now: the tests sign with SOURCE_DATE_EPOCH=$NOW_PLUS
# (an hour from now), the signing time, which must lie in their validity.
need openssl
K=$T/keys
mkdir -p "$K"
NOW_PLUS=$(( $(date +%s) + 3600 ))
make_keys() {
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$K/ca.key" -out "$K/ca.pem" \
    -days 3650 -subj "/CN=isoexport Test CA" \
    -addext "basicConstraints=critical,CA:true" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" >/dev/null 2>&1 || return 1
  printf 'keyUsage=critical,digitalSignature,nonRepudiation\n' >"$K/ext.cnf"
  for who in signer:3650:"Test Signer" short:1:"Short Lived"; do
    name=${who%%:*}; rest=${who#*:}; days=${rest%%:*}; cn=${rest#*:}
    openssl req -newkey rsa:2048 -nodes -keyout "$K/$name.key" -out "$K/$name.csr" \
      -subj "/CN=$cn/O=Example Oy" >/dev/null 2>&1 &&
    openssl x509 -req -in "$K/$name.csr" -CA "$K/ca.pem" -CAkey "$K/ca.key" \
      -CAcreateserial -out "$K/$name.pem" -days "$days" -extfile "$K/ext.cnf" \
      >/dev/null 2>&1 || return 1
  done
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$K/other.key" \
    >/dev/null 2>&1 &&
  cat "$K/signer.pem" "$K/ca.pem" >"$K/chain.pem" &&
  openssl pkcs12 -export -inkey "$K/signer.key" -in "$K/signer.pem" \
    -certfile "$K/ca.pem" -out "$K/signer.p12" -passout "pass:s3cret pass" &&
  openssl pkcs12 -export -inkey "$K/signer.key" -in "$K/signer.pem" \
    -out "$K/nopass.p12" -passout pass:
}
make_keys || skip "openssl could not make the test keys"
