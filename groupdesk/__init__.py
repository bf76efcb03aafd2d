"""GroupDesk: rosters, professions, volunteer shifts and challenges for small organisations."""

__version__ = "0.1.0"
APP_NAME = "GroupDesk"
ORG_NAME = "GroupDesk"
