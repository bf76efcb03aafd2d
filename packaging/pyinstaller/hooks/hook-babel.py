"""Babel for GroupDesk: the locale data of the languages GroupDesk speaks only.

Babel writes numbers, dates and money the reader's way; its data covers some 1,100 locales
(35 MB), and the hook that comes with PyInstaller collects them all. A language added to
``SUPPORTED_LANGUAGES`` brings its own locales (and their parents, English ones for "en")."""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files

from groupdesk.core.messages.languages import SUPPORTED_LANGUAGES


def _wanted(path: str) -> bool:
    name = Path(path).name
    if not name.endswith(".dat") or Path(path).parent.name != "locale-data":
        return True  # global.dat and anything that is not one locale's data
    stem = name.removesuffix(".dat")
    return stem == "root" or stem.split("_")[0] in SUPPORTED_LANGUAGES


datas = [(src, dest) for src, dest in collect_data_files("babel") if _wanted(src)]

# Unpickling locale-data/root.dat needs classes from these modules.
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
