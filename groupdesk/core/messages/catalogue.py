"""One language's texts: the English sources with that language's ``.po`` translations.

``catalogue("id").text(Message("member.count", {"count": 3}))`` -> "3 anggota". A code no
translation covers (or whose translation was made for an older English text) is said in
English; ``tests/unit/test_message_catalogue.py`` keeps every catalogue complete.
"""

from __future__ import annotations

import datetime as dt
import gettext
import string
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from .formatting import Formats
from .languages import PSEUDO_LANGUAGE, normalise_language
from .message import Message
from .pseudo import pseudo_text
from .registry import Source
from .sources import sources


def po_files(language: str) -> Iterator[Any]:
    """The ``.po`` files of ``language`` in the package (one per area)."""
    folder = files("groupdesk") / "resources" / "messages" / language
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".po"):
            yield entry


class MessageFormatter(string.Formatter):
    """``str.format`` whose fields are written by the catalogue's conventions: a spec of
    ``date``, ``date_long``, ``date_short``, ``datetime``, ``time``, ``weekday``, ``money``,
    ``list``; otherwise by the value's type (numbers, dates, nested messages, yes/no)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def format_field(self, value: Any, format_spec: str) -> str:
        c = self.catalogue
        f = c.formats
        if format_spec == "money":
            return f.money(value)
        if format_spec in ("date", "date_long", "date_short"):
            style = {"date": "medium", "date_long": "long", "date_short": "short"}[format_spec]
            if isinstance(value, dt.datetime):
                value = value.date()
            return f.date(value, style)
        if format_spec == "datetime":
            return f.datetime(value)
        if format_spec == "time":
            return f.time(value)
        if format_spec == "weekday":
            return f.weekday(value)
        if format_spec == "semicolons":
            return "; ".join(c.value(item) for item in value)
        if format_spec == "list":
            return f.list([c.value(item) for item in value])
        if format_spec:
            return str(super().format_field(value, format_spec))
        return c.value(value)


class Catalogue:
    """The texts and writing conventions of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.pseudo = language == PSEUDO_LANGUAGE
        # English as written in Indonesia and Britain: "4 Dec 2026", day first.
        locale = {"en": "en_GB", PSEUDO_LANGUAGE: "en_GB"}.get(language, language)
        self.formats = Formats(locale, pseudo=self.pseudo)
        self._formatter = MessageFormatter(self)
        # code -> (English msgid, msgid_plural, forms) as the .po files hold them
        self.translations: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
        self._plural_index: Callable[[int], int] = lambda n: 0 if n == 1 else 1
        if language not in ("en", PSEUDO_LANGUAGE):
            self._load()

    def _load(self) -> None:
        from babel.messages.pofile import read_po

        for entry in po_files(self.language):
            with entry.open("rb") as handle:
                po = read_po(handle, locale=self.language)
            self._plural_index = gettext.c2py(po.plural_expr)
            for item in po:
                if not item.context or not item.string:
                    continue
                if isinstance(item.id, tuple | list):
                    forms = tuple(item.string)
                    if not all(forms):
                        continue
                    self.translations[item.context] = (item.id[0], item.id[1], forms)
                else:
                    self.translations[item.context] = (str(item.id), None, (str(item.string),))

    def template(self, code: str, count: int | None = None) -> str | None:
        """The text of ``code`` for ``count`` in this language; None for an unknown code."""
        source = sources().get(code)
        if source is None:
            return None
        found = self.translations.get(code)
        if found is not None and (found[0], found[1]) == (source.singular, source.plural):
            forms = found[2]
            if source.plural is None or count is None:
                return forms[0]
            index = self._plural_index(count)
            return forms[min(index, len(forms) - 1)]
        return self._english(source, count)

    def _english(self, source: Source, count: int | None) -> str:
        text = source.singular
        if source.plural is not None and count is not None and count != 1:
            text = source.plural
        return pseudo_text(text) if self.pseudo else text

    def text(self, message: Message | str, /, **params: Any) -> str:
        """``message`` (or a code with ``params``) said in this language.

        A code nobody declared is returned as it is: a value that is not a message at all
        (a name, a number typed by the user) passes through unchanged.
        """
        if isinstance(message, Message):
            code, values = message.code, {**message.params, **params}
        else:
            code, values = message, params
        count = values.get("count")
        template = self.template(code, count if isinstance(count, int) else None)
        if template is None:
            return code
        try:
            return self._formatter.vformat(template, (), values)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            # A translation naming a parameter the code does not give: say it in English
            # rather than fail while reporting something else.
            source = sources()[code]
            return self._formatter.vformat(self._english(source, count), (), values)

    __call__ = text

    def value(self, value: Any) -> str:
        """One parameter's value written in this language (numbers, dates, yes/no, nested
        messages); text passes through unchanged."""
        if isinstance(value, Message):
            return self.text(value)
        if isinstance(value, bool):
            return self.text("value.yes" if value else "value.no")
        if isinstance(value, int | float | Decimal):
            return self.formats.number(value)
        if isinstance(value, dt.datetime):
            return self.formats.datetime(value)
        if isinstance(value, dt.date):
            return self.formats.date(value)
        if isinstance(value, dt.time):
            return self.formats.time(value)
        return "" if value is None else str(value)

    # the conventions, for callers that write values outside a message (report cells)
    def number(self, value: float | Decimal, *, digits: int | None = None) -> str:
        return self.formats.number(value, digits=digits)

    def date(self, value: dt.date, style: str = "medium") -> str:
        return self.formats.date(value, style)

    def datetime(self, value: dt.datetime, style: str = "medium") -> str:
        return self.formats.datetime(value, style)

    def money(self, amount: int | Decimal, currency: str = "IDR") -> str:
        return self.formats.money(amount, currency)


@cache
def _catalogue(language: str) -> Catalogue:
    return Catalogue(language)


def catalogue(language: str | None = None) -> Catalogue:
    """The catalogue of ``language`` ("id", "en", "id_ID.UTF-8", the pseudo-language "qps"),
    loaded once; an unsupported or missing language gets Indonesian."""
    return _catalogue(normalise_language(language))
