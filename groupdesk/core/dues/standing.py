"""A member's standing on the dues ledger, kept on the member's row: balance, and paid-until.

The roster shows a balance column and filters "in arrears" over 100,000 members as fast as it
sorts by name, so the balance is not summed from the ledger on every keystroke: it is kept in
``members.dues_balance`` by every write to the ledger, in that write's transaction.

When the organisation lets the ledger decide (``dues_from_ledger``), paid-until follows from
it too, and with it the lapsed rule of :mod:`groupdesk.core.membership`:

- a member with an open dues charge is paid until the day before that charge's period
  (the oldest open one);
- a member whose dues charges are all settled is paid until the last day the latest of them
  covers (the month's, quarter's or year's end);
- a member never charged keeps the date typed for them.

A lapsed member whose payment brings paid-until to today or later is active again, and an
active member whose paid-until has passed is lapsed; both are recorded in their history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import BindParameter, Connection, bindparam, text

from groupdesk.core import audit, membership
from groupdesk.core.models import AuditAction, MemberStatus

# Enough ids per statement for speed, few enough for every database's parameter limit.
CHUNK = 500
_IDS: BindParameter[int] = bindparam("ids", expanding=True)
_LIVE = "NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)"


def ledger_decides(conn: Connection) -> bool:
    """Whether the organisation lets the ledger decide paid-until (its setting)."""
    value = conn.execute(
        text("SELECT dues_from_ledger FROM organisation_settings WHERE id = 1")
    ).scalar()
    return bool(value)


def refresh_standing(conn: Connection, member_ids: Iterable[int], today: dt.date) -> None:
    """Recompute the balance (and, when the ledger decides, paid-until and lapsed) of
    ``member_ids`` from their entries, in ``conn``'s transaction."""
    ids = sorted(set(member_ids))
    decides = ledger_decides(conn)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        balances = dict.fromkeys(chunk, 0)
        balances.update(
            (int(m), int(b))
            for m, b in conn.execute(
                text(
                    "SELECT member_id, SUM(amount) FROM ledger_entries "
                    "WHERE member_id IN :ids GROUP BY member_id"
                ).bindparams(_IDS),
                {"ids": chunk},
            )
        )
        if not decides:
            conn.execute(
                text("UPDATE members SET dues_balance = :b WHERE id = :m"),
                [{"m": m, "b": b} for m, b in balances.items()],
            )
            continue
        paid = _paid_until(conn, chunk)
        conn.execute(
            text(
                "UPDATE members SET dues_balance = :b, "
                "paid_until = CASE WHEN :known THEN :p ELSE paid_until END WHERE id = :m"
            ),
            [{"m": m, "b": b, "p": paid.get(m), "known": m in paid} for m, b in balances.items()],
        )
    if decides:
        apply_status_rule(conn, ids, today)


def _paid_until(conn: Connection, ids: Sequence[int]) -> dict[int, dt.date]:
    """Paid-until of each member of ``ids`` who has dues charges (see the module's rule)."""
    oldest_open = {
        int(m): _date(d)
        for m, d in conn.execute(
            text(
                "SELECT e.member_id, MIN(e.entry_date) FROM ledger_entries e "
                "WHERE e.member_id IN :ids AND e.kind = 'charge' AND e.charge_kind = 'dues' "
                f"AND {_LIVE} AND e.amount > COALESCE((SELECT SUM(x.amount) FROM "
                "ledger_allocations x WHERE x.charge_id = e.id), 0) GROUP BY e.member_id"
            ).bindparams(_IDS),
            {"ids": list(ids)},
        )
    }
    covered = {
        int(m): _date(d)
        for m, d in conn.execute(
            text(
                "SELECT e.member_id, MAX(COALESCE(e.covers_until, e.entry_date)) "
                "FROM ledger_entries e WHERE e.member_id IN :ids AND e.kind = 'charge' "
                f"AND e.charge_kind = 'dues' AND {_LIVE} GROUP BY e.member_id"
            ).bindparams(_IDS),
            {"ids": list(ids)},
        )
    }
    paid = dict(covered)
    paid.update((m, day - dt.timedelta(days=1)) for m, day in oldest_open.items())
    return paid


def apply_status_rule(conn: Connection, ids: Sequence[int], today: dt.date) -> None:
    """Lapsed members of ``ids`` paid up to today or later are active again; active members
    past their paid-until are lapsed (the roster's rule, for every member)."""
    back: list[int] = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        back.extend(
            int(m)
            for m in conn.execute(
                text(
                    "SELECT id FROM members WHERE id IN :ids AND status = 'lapsed' "
                    "AND deleted_at IS NULL AND paid_until >= :today"
                ).bindparams(_IDS),
                {"ids": chunk, "today": today},
            ).scalars()
        )
    if back:
        conn.execute(
            text("UPDATE members SET status = 'active', version = version + 1 WHERE id = :m"),
            [{"m": m} for m in back],
        )
        audit.record_all(
            conn,
            (
                audit.Change(
                    membership.ENTITY,
                    m,
                    AuditAction.UPDATE,
                    "status",
                    MemberStatus.LAPSED.value,
                    MemberStatus.ACTIVE.value,
                )
                for m in back
            ),
        )
    membership.refresh_lapsed(conn, today)


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def after_charging(conn: Connection, run: dict[str, object], start: dt.date) -> None:
    """A month's charges added to the charged members' balances in one statement; when the
    ledger decides, their paid-until is at most the day before the month (it was already
    earlier for members owing older months).

    ``run`` names this run's own rows (``before``: the last id before it, ``now``: its stamp),
    so a run at the same moment on a server is never counted twice."""
    mine = (
        "FROM ledger_entries e WHERE e.id > :before AND e.recorded_at = :now AND e.kind = 'charge'"
    )
    conn.execute(
        text(
            "UPDATE members SET dues_balance = dues_balance + (SELECT SUM(e.amount) "
            f"{mine} AND e.member_id = members.id) WHERE id IN (SELECT e.member_id {mine})"
        ),
        run,
    )
    if not ledger_decides(conn):
        return
    conn.execute(
        text(
            "UPDATE members SET paid_until = :day_before WHERE id IN (SELECT e.member_id "
            f"{mine} AND e.charge_kind = 'dues') "
            "AND (paid_until IS NULL OR paid_until > :day_before)"
        ),
        {**run, "day_before": start - dt.timedelta(days=1)},
    )
