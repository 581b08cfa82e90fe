#!/bin/sh
# What an editor shows with the schema: the real yaml-language-server
# (the one VS Code's YAML extension runs) completes document keys and
# block names from share/isoexport/isoexport.schema.json and marks an
# unknown key, a misspelt status, an unknown block and a missing required
# key. Needs node and the server: YAML_LANGUAGE_SERVER=PATH, or
# yaml-language-server on PATH (`npm install yaml-language-server`);
# skips without them (Debian 12 packages neither).
. "$top_srcdir/tests/common.sh"
need node
LS=${YAML_LANGUAGE_SERVER:-$(command -v yaml-language-server 2>/dev/null)}
[ -n "$LS" ] && [ -x "$LS" ] ||
  skip "no yaml-language-server (npm install yaml-language-server; YAML_LANGUAGE_SERVER=.../node_modules/.bin/yaml-language-server)"
cat >"$T/doc.yaml" <<EOD
# yaml-language-server: \$schema=$top_srcdir/share/isoexport/isoexport.schema.json
document:
  id: X-1
  title: T
  status: aproved
  nxt_review: 2026-01-01
  
sections:
  - title: A
    content:
      - lst: [a]
      - 
EOD
timeout 60 node "$top_srcdir/tests/schema/lsp-client.js" "$LS" "$T/doc.yaml" '[[6,2],[11,8]]' >"$T/out" 2>&1 ||
  { fail "the language server client: $(cat "$T/out")"; finish; }
cat "$T/out" >&2
line() { grep "^$1" "$T/out" | head -n 1; }
for k in next_review review_interval approver signoff acknowledgement uncontrolled_when_printed; do
  line 'completion 6:2:' | grep -qw "$k" || fail "no completion of '$k' in document"
done
for b in list numbered table note objectives principles image toc; do
  line 'completion 11:8:' | grep -qw "$b" || fail "no completion of the block '$b'"
done
grep -q '^diagnostic 5:11: .*"draft", "review", "approved", "retired"' "$T/out" || fail "the misspelt status is not marked"
grep -q '^diagnostic 6:3: .*nxt_review' "$T/out" || fail "the unknown key is not marked"
grep -q '^diagnostic 11:9: .*lst' "$T/out" || fail "the unknown block is not marked"
grep -q '^diagnostic 2:1: .*"owner"' "$T/out" || fail "the missing owner is not marked"
finish
