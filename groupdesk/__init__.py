"""GroupDesk: rosters, professions, volunteer shifts and challenges for small organisations."""

__version__ = "0.1.0"
APP_NAME = "GroupDesk"
ORG_NAME = "GroupDesk"
# The one reverse-DNS name of the application on a desktop: the desktop entry is APP_ID.desktop,
# its icon APP_ID.svg, the AppStream metainfo APP_ID.metainfo.xml, and the window tells the
# desktop (Wayland's app id) the same name, so docks match the window to its menu entry.
APP_ID = "id.groupdesk.GroupDesk"
