"""Which part of which payment settles which charge: the oldest open charge first.

One rule, used by every writer: ``DuesService`` after a single payment, charge run or
reversal, and an imported file of payments for all its members at once. The bulk path reads
the open charges and unsettled payments of many members in a few set-based statements and
writes every share in one ``executemany``; because both paths hand their lists to
``match_oldest``, they settle exactly the same amounts against exactly the same charges.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, text

# An entry still counts unless a reversal names it.
_LIVE = "NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)"
_IN_CHUNK = 500


def match_oldest(payments: list[list[int]], charges: list[list[int]]) -> list[tuple[int, int, int]]:
    """(payment id, charge id, amount) shares, each payment in turn filling the open charges
    oldest first; ``payments`` and ``charges`` are ``[id, open amount]`` oldest first and
    are used up in place (what is left of a payment stays as credit)."""
    shares: list[tuple[int, int, int]] = []
    for payment in payments:
        for charge in charges:
            share = min(payment[1], charge[1])
            if share <= 0:
                continue
            shares.append((payment[0], charge[0], share))
            payment[1] -= share
            charge[1] -= share
    return shares


Entries = list[list[int]]  # [id, open amount], oldest first


def open_entries(conn: Connection, member_ids: Iterable[int]) -> dict[int, tuple[Entries, Entries]]:
    """member id -> (unsettled payments, open charges), each ``[id, open amount]`` oldest
    first, for every member given; read a few hundred members per statement."""
    out: dict[int, tuple[Entries, Entries]] = {}
    ids = sorted(set(member_ids))
    for kind, signed, slot in (("payment", "-e.amount", 0), ("charge", "e.amount", 1)):
        query = text(
            f"SELECT e.member_id, e.id, {signed} - COALESCE((SELECT SUM(x.amount) FROM "
            f"ledger_allocations x WHERE x.{kind}_id = e.id), 0) FROM ledger_entries e "
            f"WHERE e.member_id IN :members AND e.kind = '{kind}' AND {_LIVE} "
            "ORDER BY e.member_id, e.id"
        ).bindparams(bindparam("members", expanding=True))
        for start in range(0, len(ids), _IN_CHUNK):
            part = ids[start : start + _IN_CHUNK]
            for member_id, entry_id, amount in conn.execute(query, {"members": part}):
                if int(amount) > 0:
                    out.setdefault(member_id, ([], []))[slot].append([entry_id, int(amount)])
    return out


def allocate_members(conn: Connection, member_ids: Iterable[int]) -> int:
    """Settle the open charges of every member given with their unsettled payments (the
    same rule as one payment at a time); returns the amount settled."""
    shares: list[dict[str, int]] = []
    for payments, charges in open_entries(conn, member_ids).values():
        if payments and charges:
            shares += [
                {"p": payment, "c": charge, "a": amount}
                for payment, charge, amount in match_oldest(payments, charges)
            ]
    if shares:
        conn.execute(
            text(
                "INSERT INTO ledger_allocations (payment_id, charge_id, amount) VALUES (:p, :c, :a)"
            ),
            shares,
        )
    return sum(share["a"] for share in shares)
