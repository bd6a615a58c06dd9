#!/usr/bin/env bash
# Installs the pinned componentize-js (from npm) into the project's tools
# directory and prints the path of its executable. Idempotent: a second run
# only prints the path. Nothing is installed globally.
#
#   scripts/install-componentize-js.sh          # -> .../node_modules/.bin/componentize-js
#
# The tools directory is `$UNI_PLUGIN_TOOLS` (default
# `~/.cache/uni-plugin/tools`). Needs Node.js 18+ with npm.
set -euo pipefail

VERSION="0.23.0"
TOOLS="${UNI_PLUGIN_TOOLS:-$HOME/.cache/uni-plugin/tools}"
PREFIX="$TOOLS/componentize-js-$VERSION"
BIN="$PREFIX/node_modules/.bin/componentize-js"

# The stamp is written last: an install cut short is redone, not trusted.
if [ -x "$BIN" ] && [ -f "$PREFIX/.installed" ]; then
  echo "$BIN"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: componentize-js needs Node.js 18+ with npm (npm not found); install nodejs and npm" >&2
  exit 1
fi
mkdir -p "$TOOLS"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-audit --no-fund --silent "@bytecodealliance/componentize-js@$VERSION" >&2
touch "$PREFIX/.installed"
echo "$BIN"
