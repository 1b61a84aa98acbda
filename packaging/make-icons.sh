#!/usr/bin/env bash
# Makes every icon format from the one source image assets/images/trousse-jps-icon.png (ImageMagick):
# PNG sizes for Linux, .ico for Windows, .icns for macOS (png2icns from icnsutils, or iconutil on a Mac).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-target/packaging/icons}
src=assets/images/trousse-jps-icon.png
mkdir -p "$dest"
for size in 16 32 48 64 128 256 512; do
  convert "$src" -resize "${size}x${size}" "$dest/trousse-jps-$size.png"
done
convert "$dest"/trousse-jps-{16,32,48,64,128,256}.png "$dest/trousse-jps.ico"
if command -v png2icns >/dev/null; then
  png2icns "$dest/trousse-jps.icns" "$dest"/trousse-jps-{16,32,128,256,512}.png >/dev/null
fi
