#!/usr/bin/env bash
# Install GroupDesk for the current user (no administrator rights needed):
#   ./install.sh              the program goes to ~/.local/opt/groupdesk, the `groupdesk`
#                             command to ~/.local/bin, and GroupDesk into the application menu
#   ./install.sh --uninstall  removes all of that again (your data and backups stay)
# PREFIX=/some/folder ./install.sh installs the program folder there instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="${PREFIX:-$HOME/.local/opt/groupdesk}"
bin="$HOME/.local/bin"
program="$prefix/groupdesk"

menu_entry_files() {
    # The names the entry and icon have in this version (read from the desktop file).
    local desktop name icon
    desktop=$(ls "$1"/_internal/groupdesk/resources/*.desktop | head -n 1)
    name=$(basename "$desktop")
    icon=$(sed -n 's/^Icon=//p' "$desktop" | head -n 1)
    echo "$desktop" "$data/applications/$name" "$data/icons/hicolor/scalable/apps/$icon.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
    if [ -x "$program" ] && "$program" --help 2>/dev/null | grep -q install-desktop-entry; then
        "$program" install-desktop-entry --uninstall || true
    elif [ -d "$prefix" ]; then
        read -r _ entry icon < <(menu_entry_files "$prefix")
        rm -f "$entry" "$icon"
    fi
    [ -L "$bin/groupdesk" ] && rm -f "$bin/groupdesk"
    rm -rf "$prefix"
    echo "GroupDesk was removed. Your database and backups are still in $data/GroupDesk."
    exit 0
fi

if [ ! -x "$here/groupdesk/groupdesk" ]; then
    echo "install.sh: run me from the unpacked GroupDesk folder (groupdesk/groupdesk is missing)" >&2
    exit 1
fi
mkdir -p "$(dirname "$prefix")" "$bin"
rm -rf "$prefix.new"
cp -a "$here/groupdesk" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sfn "$program" "$bin/groupdesk"

if "$program" --help 2>/dev/null | grep -q install-desktop-entry; then
    "$program" install-desktop-entry
else
    read -r source entry icon < <(menu_entry_files "$prefix")
    mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
    # Start this copy by its full path: ~/.local/bin is not always on the menu's PATH.
    sed -e "s|^Exec=.*|Exec=\"$program\" gui|" -e "s|^TryExec=.*|TryExec=$program|" \
        "$source" >"$entry"
    cp "$prefix/_internal/groupdesk/resources/icons/groupdesk.svg" "$icon"
    command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
fi
echo "GroupDesk is installed in $prefix and is in your application menu."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "To type 'groupdesk' in a terminal, add $bin to your PATH." ;;
esac
