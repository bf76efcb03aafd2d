#!/usr/bin/env bash
# Add GroupDesk to the application menu of the current user.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp "$top/groupdesk/resources/groupdesk.desktop" "$apps/groupdesk.desktop"
cp "$top/groupdesk/resources/icons/groupdesk.svg" "$icons/groupdesk.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "GroupDesk added to the application menu."
