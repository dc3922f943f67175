#!/usr/bin/env bash
# Builds the Linux app image (jlinked runtime inside), trains a JDK 25 AOT cache in it, then the .deb.
# Run by the installer module's Maven profile:  ./mvnw -Pinstaller -pl installer -am package
#   $1 jpackage binary   $2 folder of filtered @argfiles   $3 output folder   $4 folder of this script
# Needs: fakeroot and dpkg-deb (jpackage's deb type), objcopy (binutils, jlink --strip-debug),
# xvfb-run (Debian xvfb) and GTK 3 (libgtk-3-0) for the training run.
set -euo pipefail
jpackage=$1; args=$2; out=$3; here=$4
name=OrderDesk
image="$out/image/$name"

rm -rf "$out/image" "$out/deb" "$out/training"
mkdir -p "$out/image" "$out/deb" "$out/training"

echo "installer: app image (jlink + jpackage)"
"$jpackage" --type app-image @"$args/package.args" @"$args/app.args" --icon "$here/../icons/orderdesk.png" --dest "$out/image"

# AOT cache (JEP 483/514): a training run records what start-up loads and links, a second run writes
# the cache. Both go through the app's own launcher, so the class path is exactly the installed one.
# The training run shows the sign-in window under Xvfb with a profile whose endpoints refuse at once, then
# (--aot-training, ADR 0062) signs in (refused), opens the main window of a made-up session (its calls
# refused), signs out and quits: the cache then holds what a person's first sign-in loads as well.
if [ "${INSTALLER_AOT:-true}" = true ]; then
  command -v xvfb-run >/dev/null || { echo "installer: xvfb-run is needed for the AOT training run (Debian: xvfb), or set INSTALLER_AOT=false" >&2; exit 1; }
  home="$out/training/home"
  mkdir -p "$home/profiles"
  cat >"$home/profiles/local.json" <<JSON
{"name":"local","region":"eu-west-1","apiUrl":"http://127.0.0.1:9/","userPoolId":"eu-west-1_training","clientId":"training","cognitoEndpoint":"http://127.0.0.1:9/","pushUrl":"ws://127.0.0.1:9/"}
JSON
  conf="$out/training/orderdesk.aotconf"
  echo "installer: AOT training run"
  JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$conf -Dorderdesk.home=$home" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/$name" --aot-training
  echo "installer: AOT cache"
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$conf -XX:AOTCache=$image/lib/app/orderdesk.aot" \
    "$image/bin/$name"
  # The launcher reads its JVM options from this file; $APPDIR is the installed lib/app folder.
  cfg="$image/lib/app/$name.cfg"
  grep -q '^\[JavaOptions\]' "$cfg" || printf '\n[JavaOptions]\n' >>"$cfg"
  sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/orderdesk.aot' "$cfg"
fi

echo "installer: .deb (jpackage, then the desktop entry and icon added with dpkg-deb)"
# jpackage's own dpkg-deb call compresses (xz) a package we unpack right away to add two files:
# a dpkg-deb first on its PATH makes that intermediate package uncompressed; the final one is xz.
mkdir -p "$out/deb/bin"
printf '#!/bin/sh\nexec /usr/bin/dpkg-deb -Znone "$@"\n' >"$out/deb/bin/dpkg-deb"
chmod +x "$out/deb/bin/dpkg-deb"
PATH="$out/deb/bin:$PATH" "$jpackage" --type deb --app-image "$image" @"$args/package.args" @"$args/linux.args" --dest "$out/deb"
deb=$(ls "$out/deb"/*.deb)
pkg="$out/deb/root"
dpkg-deb -R "$deb" "$pkg"
install -D -m 644 "$here/orderdesk.desktop" "$pkg/usr/share/applications/orderdesk.desktop"
install -D -m 644 "$here/../icons/orderdesk.png" "$pkg/usr/share/icons/hicolor/256x256/apps/orderdesk.png"
size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$pkg/DEBIAN/control"
# jpackage derives Depends from the libraries the runtime links; JavaFX's GTK 3 glass it cannot see.
sed -i 's/^Depends: \(.*[^ ]\) *$/Depends: \1, libgtk-3-0 | libgtk-3-0t64/' "$pkg/DEBIAN/control"
if [ -f "$pkg/DEBIAN/md5sums" ]; then
  (cd "$pkg" && md5sum usr/share/applications/orderdesk.desktop usr/share/icons/hicolor/256x256/apps/orderdesk.png >>DEBIAN/md5sums)
fi
rm "$deb"
dpkg-deb --root-owner-group --build "$pkg" "$deb" >/dev/null
rm -rf "$pkg" "$out/deb/bin"
echo "installer: app image $(du -sh "$image" | cut -f1), $(basename "$deb") $(du -h "$deb" | cut -f1)"
