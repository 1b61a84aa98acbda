#!/usr/bin/env bash
# Records the classes the app loads up to its first frame into an AppCDS archive (trousse.jsa) inside an app
# folder, so later starts map them instead of loading and verifying them. The archive names the jars by absolute
# path, size and time, so the folder is staged where it will be installed (/opt/trousse-jps by default), with its
# files' times kept; elsewhere the launcher quietly starts without it. Runs the app once with --smoke (needs a
# display; Xvfb is started if there is none).
set -euo pipefail
app=$(cd "${1:?app-image folder}" && pwd)
install_dir=${2:-/opt/trousse-jps}

aside=""
if [ -e "$install_dir" ]; then
  aside="$install_dir.aside-$$"
  mv "$install_dir" "$aside"
fi
restore() {
  rm -rf "$install_dir"
  if [ -n "$aside" ]; then mv "$aside" "$install_dir"; fi
  if [ -n "${xvfb:-}" ]; then kill "$xvfb" 2>/dev/null || true; fi
}
trap restore EXIT

mkdir -p "$(dirname "$install_dir")"
cp -a "$app" "$install_dir"
cfg=$(ls "$install_dir"/lib/app/*.cfg)
# Swap the launcher's "use the archive" option for "write the archive" for this one run.
sed -i 's|^java-options=-XX:SharedArchiveFile=.*|java-options=-XX:ArchiveClassesAtExit=$APPDIR/trousse.jsa|' "$cfg"
sed -i '/^java-options=-Xshare:auto$/d; /^java-options=-Xlog:/d' "$cfg"

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :96 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:96
fi
tmp=$(mktemp -d)
HOME="$tmp" timeout 180 "$install_dir/bin/$(ls "$install_dir/bin" | head -1)" --data "$tmp/warmup.db" --smoke 2>/dev/null
rm -rf "$tmp"
cp --preserve=timestamps "$install_dir/lib/app/trousse.jsa" "$app/lib/app/trousse.jsa"
ls -la "$app/lib/app/trousse.jsa"
