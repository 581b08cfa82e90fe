# Shared set-up for the HTML tests: source it after tests/common.sh.
# The tools come from scripts/install-deps: Debian's chromium and java, and
# two npm packages installed under $ISOEXPORT_NPM (default
# /opt/isoexport-npm): vnu-jar (the Nu Html Checker, the W3C's HTML5
# validator) and puppeteer-core (drives /usr/bin/chromium; downloads no
# browser). A test skips, saying which, only when one of them is missing.
#   html_tools              skip unless every tool is there
#   vnu FILE...             validate (errors and warnings fail; exit status)
#   browse check|filter ... tests/html/browse.js (JSON lines on stdout)
#   print_pdf HTML PDF      Chromium's print-to-PDF of a page
NPM_DIR=${ISOEXPORT_NPM:-/opt/isoexport-npm}
VNU_JAR=$NPM_DIR/node_modules/vnu-jar/build/dist/vnu.jar
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

html_tools() {
  need java
  need node
  need pdftotext
  command -v "$PY" >/dev/null 2>&1 || skip "python3 is not installed"
  [ -x "$CHROMIUM" ] || skip "chromium is not installed (scripts/install-deps)"
  [ -f "$VNU_JAR" ] || skip "vnu-jar is not installed in $NPM_DIR (scripts/install-deps)"
  [ -d "$NPM_DIR/node_modules/puppeteer-core" ] ||
    skip "puppeteer-core is not installed in $NPM_DIR (scripts/install-deps)"
}

# The checker needs a deep stack; the client compiler starts faster. The
# messages filtered out: the checker's reading of the pages' Content-
# Security-Policy, which takes data: images for blocked by img-src 'data:'
# and does not compute the index's script hash; Chromium, which enforces
# the policy, reports every real violation on its console, which browse.js
# checks, along with every image loading and the filter script running.
vnu() {
  java -Xss8m -XX:TieredStopAtLevel=1 -jar "$VNU_JAR" --Werror --also-check-css \
    --filterpattern '.*violates Content Security Policy.*' "$@"
}

browse() {
  NODE_PATH=$NPM_DIR/node_modules CHROMIUM=$CHROMIUM \
    timeout -k 5 300 node "$top_srcdir/tests/html/browse.js" "$@"
}

# Without the browser's own header and footer (date, file name): the page's
# own @page boxes only.
print_pdf() {
  mkdir -p "$T/chromium-profile"
  timeout -k 5 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update \
    --user-data-dir="$T/chromium-profile" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
