"""One adapter per spreadsheet library, all with the same small shape.

Each backend lists sheets and yields raw rows starting at A1; turning values into plain types,
trimming and error wording live elsewhere so a library can be swapped without touching them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from ..info import SheetInfo


class Backend(Protocol):
    """The small surface the reader needs from a spreadsheet library."""

    def sheets(self) -> list[SheetInfo]: ...

    def rows(self, sheet: str, max_rows: int | None) -> Iterator[Sequence[object]]: ...

    def close(self) -> None: ...
