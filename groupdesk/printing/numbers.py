"""Numbers as the GUI's language writes them, for the window and for printed reports alike.

It lives beside the printing (QtCore only, no widgets) so that a PDF made by the command line
and a table in the window write 1.234 and 3,50 the same way; the window sets the language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

# How counts are written: 1,234 in English, 1.234 in Indonesian (where 1,234 reads as a
# fraction). Set with the GUI's language; English until then.
_number_locale = QLocale(QLocale.Language.English)


def use_number_locale(locale: QLocale) -> None:
    global _number_locale
    # a system without a language set (the "C" locale) writes no separators at all
    english = locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)
    _number_locale = QLocale(QLocale.Language.English) if english else QLocale(locale)


def number_text(value: int) -> str:
    """A count as the GUI's language writes it, with its own thousands separator."""
    return _number_locale.toString(value)


def counted(text: str, n: int) -> str:
    """A text translated with ``%n`` (``tr(source, "", n)``), its count written as
    :func:`number_text` writes it: Qt's ``%n`` leaves out the thousands separator."""
    plain, grouped = str(n), number_text(n)
    if plain == grouped:
        return text
    return re.sub(rf"(?<!\d){plain}(?!\d)", grouped, text, count=1)


def decimal_text(value: float, decimals: int = 2) -> str:
    """A number with ``decimals`` places as the GUI's language writes it (3.50 / 3,50)."""
    return _number_locale.toString(float(value), "f", decimals)


def general_text(value: float) -> str:
    """A stored number as people read it, in the GUI's locale, without trailing zeros."""
    return _number_locale.toString(value, "g", 12)
