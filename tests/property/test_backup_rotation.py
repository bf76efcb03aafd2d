"""Property tests for backup names and the rotation rule."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.core.database.backup import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    backup_file_name,
    backups_to_keep,
    parse_backup_name,
)

moments = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
# Backups bunch up: many on some days, none for weeks, several in one minute.
histories = st.lists(moments, max_size=60) | st.builds(
    lambda start, offsets: [start + dt.timedelta(hours=h) for h in offsets],
    moments,
    st.lists(st.integers(0, 24 * 120), min_size=1, max_size=80),
)


@settings(max_examples=400)
@given(histories)
def test_rotation_never_deletes_the_newest_and_keeps_at_most_7_daily_4_weekly(stamps) -> None:
    keep = backups_to_keep(stamps)
    assert keep <= set(stamps)
    if stamps:
        assert max(stamps) in keep
    assert len(keep) <= KEEP_DAILY + KEEP_WEEKLY
    days = sorted({s.date() for s in stamps}, reverse=True)
    # Each of the 7 most recent days that have backups keeps its newest one.
    for day in days[:KEEP_DAILY]:
        assert max(s for s in stamps if s.date() == day) in keep
    # Each of the 4 most recent weeks keeps its newest one.
    weeks = sorted({tuple(s.isocalendar())[:2] for s in stamps}, reverse=True)
    for week in weeks[:KEEP_WEEKLY]:
        assert max(s for s in stamps if tuple(s.isocalendar())[:2] == week) in keep
    # Nothing else survives.
    for s in keep:
        newest_of_day = s == max(x for x in stamps if x.date() == s.date())
        assert newest_of_day
    # Rotating again keeps the same set: the survivors are not whittled away run by run.
    assert backups_to_keep(keep) == keep


@settings(max_examples=300)
@given(
    stem=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/\\\x00"), min_size=1),
    reason=st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True),
    when=moments,
    n=st.integers(0, 99),
)
def test_backup_names_round_trip(stem: str, reason: str, when: dt.datetime, n: int) -> None:
    name = backup_file_name(stem, reason, when, n)
    parsed = parse_backup_name(name)
    assert parsed is not None
    assert (parsed.stem, parsed.reason, parsed.taken, parsed.n) == (stem, reason, when, n)


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_any_file_name_parses_or_is_ignored(name: str) -> None:
    parsed = parse_backup_name(name)
    if parsed is not None:
        assert backup_file_name(parsed.stem, parsed.reason, parsed.taken, parsed.n) == name
