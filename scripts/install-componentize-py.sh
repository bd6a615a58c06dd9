#!/usr/bin/env bash
# Installs the pinned componentize-py (from PyPI) into a virtual environment
# of the project's own and prints the path of its executable. Idempotent:
# a second run only prints the path. Nothing is installed globally.
#
#   scripts/install-componentize-py.sh          # -> .../bin/componentize-py
#
# The tools directory is `$UNI_PLUGIN_TOOLS` (default
# `~/.cache/uni-plugin/tools`). Needs Python 3.9+ with the `venv` module.
set -euo pipefail

VERSION="0.25.1"
TOOLS="${UNI_PLUGIN_TOOLS:-$HOME/.cache/uni-plugin/tools}"
VENV="$TOOLS/componentize-py-$VERSION"
BIN="$VENV/bin/componentize-py"

# The stamp is written last: an install cut short is redone, not trusted.
if [ -x "$BIN" ] && [ -f "$VENV/.installed" ]; then
  echo "$BIN"
  exit 0
fi
PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: componentize-py needs Python 3 ($PYTHON not found); install python3 with its venv module" >&2
  exit 1
fi
mkdir -p "$TOOLS"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV" >&2
"$VENV/bin/pip" install --quiet --disable-pip-version-check "componentize-py==$VERSION" >&2
touch "$VENV/.installed"
echo "$BIN"
