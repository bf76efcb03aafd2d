"""argparse's own words ("usage:", "the following arguments are required") in Indonesian.

argparse takes them from ``gettext``; this swaps in a translation while ``--lang id`` (or the
resolved language) is Indonesian, so that help and usage errors read one language.
"""

from __future__ import annotations

import argparse
import gettext
import re

from groupdesk.core.messages.languages import PSEUDO_LANGUAGE
from groupdesk.core.messages.pseudo import accented

_INDONESIAN = {
    "usage: ": "penggunaan: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan pesan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan nomor versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "diperlukan satu argumen",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi ambigu: %(option)s bisa berarti %(matches)s"
    ),
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
}


class _Words(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return _INDONESIAN.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _INDONESIAN.get(msgid1 if n == 1 else msgid2, msgid1 if n == 1 else msgid2)


class _Pseudo(gettext.NullTranslations):
    """argparse's words in the pseudo-language, its ``%s`` and ``%(name)s`` kept."""

    def gettext(self, message: str) -> str:
        parts = _FORMAT.split(message)
        return "".join(part if i % 2 else accented(part) for i, part in enumerate(parts))

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)


_FORMAT = re.compile(r"(%\([^)]*\)[a-z]|%[a-z])")


def use_language(language: str) -> None:
    """Make argparse speak ``language`` from now on in this process."""
    words: gettext.NullTranslations
    if language == "id":
        words = _Words()
    elif language == PSEUDO_LANGUAGE:
        words = _Pseudo()
    else:
        words = gettext.NullTranslations()
    argparse._ = words.gettext  # type: ignore[attr-defined]
    argparse.ngettext = words.ngettext  # type: ignore[attr-defined]
