#!/usr/bin/env bash
# Vendors axe-core (accessibility rules, test-only) from the npm registry into tests/e2e/vendor/.
set -euo pipefail
version=4.14.1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "axe-core@$version" >/dev/null
tar xzf "axe-core-$version.tgz"
cp package/axe.min.js "$here/vendor/axe.min.js"
cp package/LICENSE "$here/vendor/LICENSE-axe-core.txt"
echo "vendored axe-core $version into tests/e2e/vendor/"
