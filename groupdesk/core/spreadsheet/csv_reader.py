"""Read CSV files the way people actually get them.

Excel on an Indonesian or European Windows writes cp1252 with semicolons (the comma is the
decimal separator there), Google Sheets writes UTF-8 with commas, some systems write UTF-16
with tabs. The encoding is found from the byte-order mark or by trying UTF-8 strictly, the
delimiter by which candidate splits the first lines into the most consistent columns.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from groupdesk.core.messages.os_errors import os_reason

from .errors import DamagedWorkbook, EmptyWorkbook, SpreadsheetError

DELIMITERS = (",", ";", "\t")
_SAMPLE_CHARS = 64 << 10
_SEP_HINT = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file was written, as found by ``sniff_csv``."""

    encoding: str
    delimiter: str
    skip_initial_space: bool = False
    has_sep_line: bool = False


def detect_encoding(raw: bytes) -> str:
    """Return the codec name for ``raw``: BOM first, then strict UTF-8, then cp1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"  # cp1252 leaves five bytes undefined; latin-1 takes anything
    return "cp1252"


def _column_counts(sample: str, delimiter: str, truncated: bool) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    counts: list[int] = []
    try:
        for row in reader:
            if row:
                counts.append(len(row))
    except csv.Error:
        pass
    if truncated and len(counts) > 1:
        counts.pop()  # the last line of a cut sample is incomplete
    return counts


def _score(sample: str, delimiter: str, truncated: bool) -> tuple[float, int]:
    counts = _column_counts(sample, delimiter, truncated)
    if not counts:
        return (0.0, 0)
    width, hits = Counter(counts).most_common(1)[0]
    if width < 2:
        return (0.0, 0)
    return (hits / len(counts), width)


def detect_delimiter(sample: str, *, truncated: bool = False) -> str:
    """Return the delimiter among comma, semicolon and tab that fits ``sample`` best.

    The candidate giving the most rows with the same column count wins (then the one with
    more columns); csv.Sniffer, restricted to the same candidates, breaks remaining ties, and
    comma is the answer for one-column files.
    """
    scores = {delimiter: _score(sample, delimiter, truncated) for delimiter in DELIMITERS}
    best = max(scores.values())
    winners = [delimiter for delimiter, score in scores.items() if score == best]
    if best[1] == 0:
        return ","
    if len(winners) == 1:
        return winners[0]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(winners)).delimiter
    except csv.Error:
        return winners[0]
    return sniffed if sniffed in winners else winners[0]


def _decode(path: Path) -> tuple[str, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError("spreadsheet.cannot_read", detail=os_reason(exc)) from exc
    encoding = detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DamagedWorkbook("spreadsheet.broken_characters") from exc
    return text, encoding


def _dialect_of(text: str, encoding: str) -> tuple[CsvDialect, str]:
    first_line, _, rest = text.partition("\n")
    hint = _SEP_HINT.match(first_line)
    if hint:
        body = rest
        delimiter = hint.group(1)
    else:
        body = text
        delimiter = detect_delimiter(text[:_SAMPLE_CHARS], truncated=len(text) > _SAMPLE_CHARS)
    # "a, b, c" files: skip the space after each delimiter when the header line and nearly
    # every other line write it, so a quoted field after ", " still parses.
    sample = body[:_SAMPLE_CHARS]
    header = body.partition("\n")[0]
    occurrences = sample.count(delimiter)
    spaced = sample.count(delimiter + " ")
    skip = (
        header.count(delimiter) > 0
        and header.count(delimiter) == header.count(delimiter + " ")
        and spaced >= 0.9 * occurrences
    )
    return CsvDialect(encoding, delimiter, skip, bool(hint)), body


def sniff_csv(path: str | os.PathLike[str]) -> CsvDialect:
    """Return the encoding and delimiter a CSV file uses."""
    text, encoding = _decode(Path(path))
    return _dialect_of(text, encoding)[0]


def read_csv(path: str | os.PathLike[str]) -> list[list[str]]:
    """Return every row of a CSV file as a list of strings (quoted newlines kept)."""
    text, encoding = _decode(Path(path))
    if not text.strip():
        raise EmptyWorkbook("spreadsheet.no_text")
    dialect, body = _dialect_of(text, encoding)
    # The csv module refuses fields over 128 KB by default; a long note that GroupDesk itself
    # exported must come back. No field can be longer than the file, so that is the limit.
    if len(body) > csv.field_size_limit():
        csv.field_size_limit(len(body))
    reader = csv.reader(
        io.StringIO(body, newline=""),
        delimiter=dialect.delimiter,
        skipinitialspace=dialect.skip_initial_space,
        strict=False,
    )
    try:
        return [row for row in reader]
    except csv.Error as exc:
        raise DamagedWorkbook(
            "spreadsheet.malformed_csv", line=reader.line_num, detail=str(exc)
        ) from exc
