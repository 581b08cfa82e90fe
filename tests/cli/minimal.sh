# Shared by the CLI tests: write a small valid document to $1 (title $2).
write_doc() {
  cat >"$1" <<YAML
document:
  id: TEST-${2:-01}
  title: Test document ${2:-01}
  version: "1.0"
  status: approved
  owner: Maria Virtanen
  approver: Jukka Korhonen
  approved: 2026-03-15
  review_interval: 12 months
sections:
  - title: Purpose
    content: Example Oy protects **customer** data.
YAML
}
write_bad() {
  cat >"$1" <<YAML
document:
  id: TEST-BAD
  title: Broken
  version: "1.0"
  status: approved
  owner: Maria Virtanen
  approver: Jukka Korhonen
  approved: 2026-02-30
  review_interval: 12 months
sections: []
YAML
}
