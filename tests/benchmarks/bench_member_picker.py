"""Member picker: one search after a typing pause, for a common and a rare fragment and for a
fragment nobody matches (the worst case: the whole roster is scanned)."""

from __future__ import annotations

from tests.benchmarks.harness import BenchContext, best_of, row

FRAGMENTS = {"common name": "desi", "member number": "gd-0000", "no match": "zzqx"}


def run(ctx: BenchContext) -> list[dict]:
    from groupdesk.core.database import open_database
    from groupdesk.core.services.member_finder import MemberFinder

    rows: list[dict] = []
    for size in ctx.sizes:
        db = open_database(ctx.database(size), lock_factory=None)
        finder = MemberFinder(db)
        for what, fragment in FRAGMENTS.items():
            found: list[int] = []

            def search(
                fragment: str = fragment, found: list[int] = found, finder: MemberFinder = finder
            ) -> None:
                found.append(len(finder.search(fragment)))

            seconds = best_of(search)
            rows.append(row(f"member picker search ({what})", size, seconds, found=found[-1]))
        db.close()
    return rows
