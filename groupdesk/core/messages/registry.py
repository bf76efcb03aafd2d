"""The English source of every message code, declared once per area in ``texts/``.

An area module declares its texts with :func:`texts`::

    say = texts("validation")
    say("phone.invalid", "“{value}” is not a valid phone number")
    say.plural("shift.count", "{count} shift", "{count} shifts")

Placeholders are ``str.format`` fields naming the message's parameters; a format spec picks
how a value is written in the reader's language: ``{when:date}``, ``{when:date_long}``,
``{at:datetime}``, ``{at:time}``, ``{amount:money}``, ``{items:list}`` ("a, b, and c"),
``{items:semicolons}`` ("a; b"). Numbers are written
the reader's way without a spec. A plural text chooses its form by the ``count`` parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

_SOURCES: dict[str, Source] = {}


@dataclass(frozen=True, slots=True)
class Source:
    """One code's English text: ``plural`` is set when the text counts something."""

    area: str
    code: str
    singular: str
    plural: str | None = None
    comment: str = ""


class Area:
    """The texts of one area (one ``.po`` file per language)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, code: str, text: str, *, comment: str = "") -> str:
        _add(Source(self.name, code, text, None, comment))
        return code

    def plural(self, code: str, singular: str, plural: str, *, comment: str = "") -> str:
        """A text with a count: ``singular`` and ``plural`` English forms, chosen by the
        ``count`` parameter (the reader's language may have fewer or more forms)."""
        _add(Source(self.name, code, singular, plural, comment))
        return code


def texts(area: str) -> Area:
    return Area(area)


def declared() -> dict[str, Source]:
    """The codes declared so far (see ``sources`` for all of them)."""
    return _SOURCES


def _add(source: Source) -> None:
    known = _SOURCES.get(source.code)
    if known is not None and known != source:
        raise RuntimeError(f"message code {source.code!r} is declared twice")
    _SOURCES[source.code] = source
