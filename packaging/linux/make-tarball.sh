#!/usr/bin/env bash
# Pack a PyInstaller folder into groupdesk-VERSION-linux-ARCH.tar.gz with its installer.
#   packaging/linux/make-tarball.sh dist/groupdesk dist
set -euo pipefail
bundle=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
version=$("$bundle/groupdesk" --version | awk '{print $2}')
name="groupdesk-$version-linux-$(uname -m)"
resources="$bundle/_internal/groupdesk/resources"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp "$here/bundle/install.sh" "$here/bundle/README.txt" "$stage/$name/"
# The menu entry and icon beside the program, for a look before installing (install.sh uses
# the copies inside the program).
cp "$resources"/*.desktop "$stage/$name/"
cp "$resources/icons/groupdesk.svg" "$stage/$name/"
# The folder goes in as $name/groupdesk, its own symbolic links kept as they are.
tar --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" \
    -C "$stage" "$name" \
    -C "$(dirname "$bundle")" --transform "s,^$(basename "$bundle")\(/\|\$\),$name/groupdesk\1,S" \
    "$(basename "$bundle")"
echo "$out/$name.tar.gz"
