"""Dues reminders read from a server as from a file: the same members in arrears or due
soon, the oldest unpaid month, and a reminder recorded shown as the last one."""

from __future__ import annotations

import datetime as dt

from groupdesk.core.dues.reminders import mark_reminded, reminder_list
from tests.integration.dues.reminders_ledger import TODAY, build


def test_reminders_on_a_server(pg_db) -> None:
    ids = build(pg_db)
    listed = {item.name: item for item in reminder_list(pg_db, TODAY, 0)}
    assert list(listed) == ["Dewi Lestari", "Gita Permata", "Siti Rahayu"]
    assert (listed["Dewi Lestari"].first_period, listed["Dewi Lestari"].total) == (
        "2026-11",
        100_000,
    )
    assert listed["Siti Rahayu"].first_due == dt.date(2026, 12, 1)
    soon = {item.name: item for item in reminder_list(pg_db, TODAY, 15)}
    assert soon["Budi Santoso"].overdue == 0 and soon["Budi Santoso"].total == 50_000
    when = dt.datetime(2026, 12, 1, 9, 30)
    mark_reminded(pg_db, [ids["Dewi Lestari"]], "letter", when)
    again = {item.name: item for item in reminder_list(pg_db, TODAY, 0)}
    assert again["Dewi Lestari"].last_reminded == when
    assert again["Siti Rahayu"].last_reminded is None
