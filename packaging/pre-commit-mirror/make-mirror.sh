#!/usr/bin/env bash
# Writes the files of the mirror repository lsk-pre-commit for one version of lsk:
# .pre-commit-hooks.yaml (this repository's own), a pyproject.toml whose only dependency
# is the wheel lsk==VERSION, and a README. The release workflow commits them and tags
# vVERSION; .ci/dist-check does the same in a temporary repository and runs pre-commit.
#
#   packaging/pre-commit-mirror/make-mirror.sh VERSION OUT_DIR
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 VERSION OUT_DIR" >&2
  exit 2
fi
version=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
case "$version" in
  *[!0-9A-Za-z.+-]* | "") echo "$0: not a version: '$version'" >&2; exit 2 ;;
esac
mkdir -p "$out"
cp "$here/../../.pre-commit-hooks.yaml" "$out/.pre-commit-hooks.yaml"
sed "s/{version}/$version/g" "$here/pyproject.toml.in" > "$out/pyproject.toml"
sed "s/{version}/$version/g" "$here/README.md.in" > "$out/README.md"
