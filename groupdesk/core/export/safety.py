"""Formula-injection neutralising for text that leaves GroupDesk in a spreadsheet file.

Member names, notes and custom fields are typed by anyone. A value such as
``=HYPERLINK("http://x","y")`` or ``=cmd|' /C calc'!A0`` must reach the reader as that
literal text, never as a formula or a DDE call (OWASP "CSV Injection").

* xlsx: text is always stored as a string cell, which no spreadsheet evaluates; the writer
  also sets the cell's quote-prefix flag for risky text so that editing the cell later in
  Excel or LibreOffice keeps it literal. The reader sees exactly the original text.
* csv: a plain text file has no cell types, so risky text gets one leading apostrophe (the
  OWASP advice). The reader sees the apostrophe; :func:`restore_csv_text` undoes it exactly,
  so GroupDesk's own re-import gets the original back.

Only text is touched: numbers, dates and booleans are written as such, so a negative amount
stays a number.
"""

from __future__ import annotations

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel, LibreOffice or Google Sheets treat input as a formula."""

CSV_ESCAPE = "'"


def starts_like_formula(text: str) -> bool:
    """Tell whether a spreadsheet would read ``text`` as a formula if typed or imported."""
    return text.startswith(FORMULA_TRIGGERS)


def neutralise_csv_text(text: str) -> str:
    """Make ``text`` inert in a csv cell by prefixing one apostrophe when it is risky.

    Text that already starts with an apostrophe followed by a trigger or another apostrophe is
    escaped too, so that :func:`restore_csv_text` is an exact inverse for every string.
    """
    if starts_like_formula(text) or (
        text.startswith(CSV_ESCAPE) and starts_like_formula_or_escape(text[1:])
    ):
        return CSV_ESCAPE + text
    return text


def restore_csv_text(text: str) -> str:
    """Undo :func:`neutralise_csv_text`, for re-importing a csv GroupDesk wrote."""
    if text.startswith(CSV_ESCAPE) and starts_like_formula_or_escape(text[1:]):
        return text[1:]
    return text


def starts_like_formula_or_escape(text: str) -> bool:
    """Tell whether ``text`` would need the escape kept when it follows one apostrophe."""
    return starts_like_formula(text) or text.startswith(CSV_ESCAPE)
