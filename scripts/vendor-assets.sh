#!/usr/bin/env bash
# Re-vendors the front-end assets kept in static/ from the npm registry.
# The portal never loads anything from a CDN; run this to update a pinned version.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @fontsource/noto-sans-khmer@5.3.0 >/dev/null
tar xzf fontsource-noto-sans-khmer-5.3.0.tgz
for w in 400 700; do
  cp "package/files/noto-sans-khmer-khmer-$w-normal.woff2" "$root/static/fonts/"
done
cp package/LICENSE "$root/static/fonts/LICENSE-noto-sans-khmer.txt"
echo "vendored Noto Sans Khmer 5.3.0 into static/fonts/"
