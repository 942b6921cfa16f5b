#!/usr/bin/env bash
# Installs the lsk wheel in WHEEL_DIR into a fresh virtual environment, from that folder
# alone (no package index), and tries it: `lsk --version`, the clean example passes, the
# broken one fails with status 1. Used by .ci/dist-check and the release workflow.
#
#   packaging/smoke-test.sh WHEEL_DIR [VENV_DIR]
set -euo pipefail
if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 WHEEL_DIR [VENV_DIR]" >&2
  exit 2
fi
unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL
here=$(cd "$(dirname "$0")/.." && pwd)
wheels=$1
venv=${2:-$(mktemp -d)/venv}
python=$(command -v python3 || command -v python)
"$python" -m venv "$venv"
if [ -d "$venv/Scripts" ]; then bin="$venv/Scripts"; else bin="$venv/bin"; fi
"$bin/python" -m pip install --disable-pip-version-check --no-index --find-links "$wheels" lsk
"$bin/lsk" --version
"$bin/lsk" check "$here/examples/omsorg" --today 2026-11-24
status=0
"$bin/lsk" check "$here/examples/trasig" --today 2026-11-24 --quiet > /dev/null || status=$?
if [ "$status" -ne 1 ]; then
  echo "$0: lsk check examples/trasig gave status $status, not 1" >&2
  exit 1
fi
echo "lsk check examples/trasig: status 1, as it should"
