#!/bin/sh
# --confine: a document converted from a tree that others wrote (a CI job)
# may read images, the logo and a theme file only inside that tree. Before
# it, any readable file a document named was embedded (absolute paths, ../,
# links out of the tree).
. "$top_srcdir/tests/common.sh"
. "$top_srcdir/tests/hostile/lib.sh"
[ -x "$ISOEXPORT" ] || skip "isoexport is not built"

mkdir -p "$T/tree/docs/sub" "$T/tree/assets" "$T/outside"
cp "$top_srcdir/samples/images/logo.png" "$T/outside/secret.png"
cp "$top_srcdir/samples/images/logo.png" "$T/tree/assets/logo.png"
cp "$top_srcdir/templates/themes/classic.yaml" "$T/outside/theme.yaml"
cp "$top_srcdir/templates/themes/classic.yaml" "$T/tree/docs/theme.yaml"
ln -s "$T/outside/secret.png" "$T/tree/docs/link.png"

# doc FILE LOGO IMAGE [THEME]: a document naming those files
doc() {
  minimal_doc "$1" "  logo: $2" "      - image:
          path: $3"
  [ -z "${4:-}" ] || printf 'theme: %s\n' "$4" >>"$1"
}

# Each way out of the tree, refused at the value that names it.
doc "$T/tree/docs/up.yaml" ../../outside/secret.png ../../outside/secret.png
doc "$T/tree/docs/abs.yaml" "$T/outside/secret.png" "$T/outside/secret.png"
doc "$T/tree/docs/link.yaml" link.png link.png
for name in up abs link; do
  f=$T/tree/docs/$name.yaml
  hostile_run 10 --confine --check "$f"
  expect_refused "$name logo" "$f:8:9: error: image '"
  expect_refused "$name image" "$f:14:17: error: image '"
  expect_refused "$name" "is outside the folder being converted (refused by --confine)"
  hostile_run 10 --confine -o "$T/out-$name" "$f"
  expect_refused "$name (conversion)" "refused by --confine"
  assert_empty_dir "$name" "$T/out-$name"
  # without --confine the same document converts (the default trusts the
  # document's author; README says when to confine)
  hostile_run 20 -q -f pdf -o "$T/free-$name" "$f"
  expect_ok "$name without --confine"
done

# A theme file outside the tree; an installed theme by name and --theme are
# the user's own choice and stay allowed.
doc "$T/tree/docs/theme-out.yaml" theme.yaml theme.yaml ../../outside/theme.yaml
sed -i 's/  logo: theme.yaml//; /image:/,$d' "$T/tree/docs/theme-out.yaml"
printf '      - Text.\ntheme: ../../outside/theme.yaml\n' >>"$T/tree/docs/theme-out.yaml"
hostile_run 10 --confine --check "$T/tree/docs/theme-out.yaml"
expect_refused "theme outside" "theme-out.yaml:14:8: error: theme '../../outside/theme.yaml' is outside the folder being converted"
hostile_run 10 --confine --check -t "$T/outside/theme.yaml" "$T/tree/docs/theme-out.yaml"
expect_ok "--theme FILE outside the tree"
sed -i 's|^theme: .*|theme: classic|' "$T/tree/docs/theme-out.yaml"
hostile_run 10 --confine --check "$T/tree/docs/theme-out.yaml"
expect_ok "an installed theme by name"
sed -i 's|^theme: .*|theme: theme.yaml|' "$T/tree/docs/theme-out.yaml"
hostile_run 10 --confine --check "$T/tree/docs/theme-out.yaml"
expect_ok "a theme file beside the document"

# Inside the tree given to --all, a sibling folder is fine; a named document
# is confined to its own folder.
doc "$T/tree/docs/sub/in.yaml" ../../assets/logo.png ../../assets/logo.png
hostile_run 20 --confine --all --no-register -q -f pdf "$T/tree/docs/sub" -o "$T/o1"
expect_refused "named folder is the tree" "refused by --confine"
rm -f "$T/tree/docs/up.yaml" "$T/tree/docs/abs.yaml" "$T/tree/docs/link.yaml"
hostile_run 20 --confine --all --no-register -q -f pdf "$T/tree" -o "$T/o2"
expect_ok "--all over the whole tree"
[ -f "$T/o2/docs/sub/in.pdf" ] || fail "--all over the tree wrote no docs/sub/in.pdf"
hostile_run 20 --confine -q -f pdf -o "$T/o3" "$T/tree/docs/sub/in.yaml"
expect_refused "a named document reads only below its folder" "image '../../assets/logo.png' is outside"
finish
