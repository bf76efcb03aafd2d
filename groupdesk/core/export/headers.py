"""Column header texts that survive a spreadsheet and a re-import.

Column titles can come from people (custom field names). Excel tables refuse blank or
repeated headers, and a re-import keyed by header would silently merge two columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from groupdesk.core.export.table import Column


def unique_titles(columns: Sequence[Column]) -> list[str]:
    """Header texts that are non-blank, on one line and unique ignoring case."""
    seen: set[str] = set()
    titles = []
    for index, column in enumerate(columns, start=1):
        base = " ".join("".join(ch if ch.isprintable() else " " for ch in column.title).split())
        base = base or f"Column {index}"
        title, number = base, 2
        while title.casefold() in seen:
            title = f"{base} ({number})"
            number += 1
        seen.add(title.casefold())
        titles.append(title)
    return titles
