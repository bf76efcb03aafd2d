#!/usr/bin/env bash
# Install the Debian packages GroupDesk needs, if any is missing.
#   install-system-deps.sh [extra-package ...]
# As root (or with passwordless sudo) it installs them; otherwise it names them and fails,
# so that "make run" says clearly what is missing instead of Qt failing to load "xcb".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/system-packages.txt")
wanted+=("$@")

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-like system: make sure Qt's xcb libraries are installed (see README)." >&2
    exit 0
fi
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "GroupDesk needs these system packages, and installing them needs root:" >&2
    echo "    sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
