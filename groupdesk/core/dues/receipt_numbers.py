"""Receipt numbers: KW/YEAR/NNNNNN, counted per year without gaps.

The year's counter is bumped inside the payment's own transaction, so a rollback gives the
numbers back and two writers never hand out the same one. Many payments at once (an
imported file) take their numbers in the order given, one statement per year.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, text


def receipt_number(year: int, number: int) -> str:
    return f"KW/{year}/{number:06d}"


def take_receipts(conn: Connection, years: list[int]) -> list[str]:
    """The next receipt number for each payment of ``years`` (the year it was paid), in
    that order: the third payment of 2026 in the list gets the year's third new number."""
    last: dict[int, int] = {}
    for year, count in sorted(Counter(years).items()):
        bumped = conn.execute(
            text("UPDATE receipt_counters SET last_number = last_number + :n WHERE year = :y"),
            {"y": year, "n": count},
        ).rowcount
        if not bumped:
            conn.execute(
                text("INSERT INTO receipt_counters (year, last_number) VALUES (:y, :n)"),
                {"y": year, "n": count},
            )
        top = int(
            conn.execute(
                text("SELECT last_number FROM receipt_counters WHERE year = :y"), {"y": year}
            ).scalar_one()
        )
        last[year] = top - count  # the last number given before these
    out = []
    for year in years:
        last[year] += 1
        out.append(receipt_number(year, last[year]))
    return out
