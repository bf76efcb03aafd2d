"""Bring every language's ``.po`` files in step with the English sources: ``make messages``.

Each area of ``texts/`` has ``groupdesk/resources/messages/<lang>/<area>.po``; an entry's
context is the message code, its msgid the English text. A new code gets an empty entry for
the translator; an English text that changed keeps the old translation marked fuzzy (it is
not used until a translator checks it); a code that went is dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .languages import SUPPORTED_LANGUAGES
from .registry import Source
from .sources import sources

ROOT = Path(__file__).resolve().parents[2] / "resources" / "messages"
WIDTH = 100


def _msgid(source: Source) -> str | tuple[str, str]:
    return source.singular if source.plural is None else (source.singular, source.plural)


def update(language: str, root: Path = ROOT) -> list[Path]:
    """Rewrite ``language``'s .po files from the sources; the paths that changed."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    by_area: dict[str, list[Source]] = {}
    for source in sources().values():
        by_area.setdefault(source.area, []).append(source)
    folder = root / language
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for area, items in sorted(by_area.items()):
        path = folder / f"{area}.po"
        old: dict[str, tuple[Any, Any]] = {}
        if path.exists():
            with path.open("rb") as handle:
                for item in read_po(handle, locale=language):
                    if item.context:
                        old[item.context] = (item.id, item.string)
        po = Catalog(
            locale=language,
            domain=area,
            fuzzy=False,
            header_comment=(
                f"# GroupDesk's {area} texts in {language}: each msgctxt is a message code,\n"
                "# its msgid the English source in groupdesk/core/messages/texts/.\n"
                "# `make messages` keeps this file in step with the sources."
            ),
        )
        for source in items:
            msgid = _msgid(source)
            kept = old.get(source.code)
            string: Any = "" if source.plural is None else ("",) * po.num_plurals
            flags: set[str] = set()
            if kept is not None:
                string = kept[1]
                forms = string if isinstance(string, tuple | list) else (string,)
                if kept[0] != msgid and any(forms):
                    flags.add("fuzzy")
            comments = [source.comment] if source.comment else []
            po.add(msgid, string, context=source.code, flags=flags, auto_comments=comments)
        text = _render(po, write_po)
        if not path.exists() or path.read_bytes() != text:
            path.write_bytes(text)
            changed.append(path)
    return changed


def _render(po: object, write_po: object) -> bytes:
    import io

    buffer = io.BytesIO()
    write_po(buffer, po, width=WIDTH, omit_header=False, no_location=True)  # type: ignore[operator]
    lines = buffer.getvalue().decode("utf-8").splitlines()
    # No dates or tool versions in the header: the file changes only when a text does.
    kept = [
        line
        for line in lines
        if not line.startswith(
            (
                '"POT-Creation-Date',
                '"PO-Revision-Date',
                '"Generated-By',
                '"Project-Id-Version',
                '"Report-Msgid-Bugs-To',
                '"Last-Translator',
                '"Language-Team',
            )
        )
    ]
    return ("\n".join(kept) + "\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    languages = (argv if argv else sys.argv[1:]) or [
        code for code in SUPPORTED_LANGUAGES if code != "en"
    ]
    for language in languages:
        for path in update(language):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
