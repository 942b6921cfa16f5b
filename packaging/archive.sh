#!/usr/bin/env bash
# A standalone archive of the lsk binary and its SHA-256 file, for the GitHub release and
# cargo binstall (Cargo.toml, [package.metadata.binstall]):
#   OUT_DIR/lsk-VERSION-TARGET.tar.gz (.zip for Windows), holding lsk-VERSION-TARGET/
#   with lsk (lsk.exe) and README.md, and OUT_DIR/lsk-VERSION-TARGET.tar.gz.sha256 in the
#   format of `sha256sum` (check with `sha256sum -c`).
#
#   packaging/archive.sh VERSION TARGET BINARY OUT_DIR
set -euo pipefail
if [ "$#" -ne 4 ]; then
  echo "usage: $0 VERSION TARGET BINARY OUT_DIR" >&2
  exit 2
fi
version=$1 target=$2 binary=$3 out=$4
here=$(cd "$(dirname "$0")/.." && pwd)
name="lsk-$version-$target"
mkdir -p "$out"
out=$(cd "$out" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
case "$target" in
  *windows*) exe=lsk.exe ;;
  *) exe=lsk ;;
esac
cp "$binary" "$stage/$name/$exe"
chmod 755 "$stage/$name/$exe"
cp "$here/README.md" "$stage/$name/README.md"
case "$target" in
  *windows*)
    archive="$name.zip"
    if command -v 7z >/dev/null 2>&1; then
      (cd "$stage" && 7z a -tzip -bd "$out/$archive" "$name" >/dev/null)
    else
      (cd "$stage" && zip -qr "$out/$archive" "$name")
    fi
    ;;
  *)
    archive="$name.tar.gz"
    tar -C "$stage" -czf "$out/$archive" "$name"
    ;;
esac
cd "$out"
if command -v sha256sum >/dev/null 2>&1; then
  sha256sum "$archive" > "$archive.sha256"
else
  shasum -a 256 "$archive" > "$archive.sha256"
fi
cat "$archive.sha256"
