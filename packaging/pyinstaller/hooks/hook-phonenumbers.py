"""phonenumbers for GroupDesk: the numbering plans only. GroupDesk checks and formats numbers;
it never asks where a number is, which carrier it has or its time zone, whose tables would
add 40 MB (the hook that comes with PyInstaller collects everything)."""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")
hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
