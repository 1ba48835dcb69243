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

# The API's documentation page (practices/api/docs.py): Swagger UI, without its CDN defaults.
npm pack --silent swagger-ui-dist@5.35.0 >/dev/null
rm -rf package && tar xzf swagger-ui-dist-5.35.0.tgz
mkdir -p "$root/static/vendor/swagger-ui"
for f in swagger-ui-bundle.js swagger-ui.css LICENSE NOTICE; do
  cp "package/$f" "$root/static/vendor/swagger-ui/"
done
# The source maps are not shipped: drop the references, or collectstatic's manifest fails.
sed -i '/sourceMappingURL=/d' "$root/static/vendor/swagger-ui/swagger-ui.css" \
  "$root/static/vendor/swagger-ui/swagger-ui-bundle.js"
echo "vendored swagger-ui-dist 5.35.0 into static/vendor/swagger-ui/"

# Cambodia's provinces for the maps (practices/statistics/maps.py), simplified to a small file.
npm pack --silent @amcharts/amcharts5-geodata@5.1.6 >/dev/null
rm -rf package && tar xzf amcharts-amcharts5-geodata-5.1.6.tgz
python3 "$root/scripts/build-map.py" package/json/cambodiaLow.json "$root/static/maps/cambodia-provinces.json"
cp package/LICENSE "$root/static/maps/LICENSE-amcharts"
echo "simplified @amcharts/amcharts5-geodata 5.1.6 into static/maps/"
