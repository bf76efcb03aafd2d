"""Dues reminders: who to remind, what to tell them, and a record of who was reminded when.

:func:`reminder_list` reads, in one statement, every member with open charges already due
(in arrears) or falling due within the next N days, with the oldest unpaid period, what is
owed and when they were last reminded. An open charge is a charge not reversed and not
wholly settled by payments (the ledger's allocations); a charge falls due on its entry date
(the first day of its period). Members in the trash or who have left are not reminded.

:func:`reminder_text` says the reminder in Indonesian or English through the message
catalogue, :func:`whatsapp_link` puts it in a ``wa.me`` link, and :func:`mark_reminded`
writes one audit entry per member (field ``dues_reminder``, new value ``whatsapp``,
``message`` or ``letter``) in one transaction, so each member's History tab shows the reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

import phonenumbers
from sqlalchemy import text

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.messages import Catalogue, Refusal, catalogue
from groupdesk.core.models import AuditAction
from groupdesk.core.models.organisation import DEFAULT_PHONE_COUNTRY

FIELD = "dues_reminder"
"""The audit field a reminder is recorded under (entity ``member``)."""
HOW = ("whatsapp", "message", "letter")
"""Ways of reminding: a WhatsApp link opened, the text copied to send otherwise, a letter."""

# Open charges (not reversed, not wholly allocated) due by the horizon, for members whose
# balance is above zero: the balance is one indexed GROUP BY, so the allocations are only
# read for members who owe something.
_LIST = """
WITH owing AS (
    SELECT member_id FROM ledger_entries GROUP BY member_id HAVING SUM(amount) > 0
), open_charges AS MATERIALIZED (
    SELECT e.member_id, e.period, e.entry_date,
           e.amount - COALESCE((SELECT SUM(x.amount) FROM ledger_allocations x
                                WHERE x.charge_id = e.id), 0) AS open_amount
    FROM ledger_entries e JOIN owing o ON o.member_id = e.member_id
    WHERE e.kind = 'charge' AND e.entry_date <= :horizon
      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)
), owed AS (
    SELECT member_id,
           SUM(open_amount) AS total,
           SUM(CASE WHEN entry_date <= :today THEN open_amount ELSE 0 END) AS overdue,
           MIN(period) AS first_period, MAX(period) AS last_period,
           COUNT(DISTINCT period) AS periods, MIN(entry_date) AS first_due
    FROM open_charges WHERE open_amount > 0 GROUP BY member_id
)
SELECT m.id, m.member_number, m.full_name, m.phone, m.address, m.city,
       w.total, w.overdue, w.first_period, w.last_period, w.periods, w.first_due,
       (SELECT MAX(a.changed_at) FROM audit_log a WHERE a.entity = 'member'
         AND a.entity_id = m.id AND a.field = :field) AS last_reminded
FROM owed w JOIN members m ON m.id = w.member_id
WHERE m.deleted_at IS NULL AND m.status <> 'left'
ORDER BY m.sort_name, m.id
"""


class ReminderRefused(Refusal):
    """A reminder that cannot be recorded: an unknown way of reminding."""


@dataclass(frozen=True, slots=True)
class ReminderItem:
    """One member to remind; amounts are whole rupiah owed (``overdue`` already due)."""

    id: int
    member_number: str
    name: str
    phone: str | None
    address: str | None
    city: str | None
    total: int
    overdue: int
    first_period: str | None
    last_period: str | None
    periods: int
    first_due: dt.date
    last_reminded: dt.datetime | None  # UTC

    @property
    def in_arrears(self) -> bool:
        return self.overdue > 0


def reminder_list(db: Database, today: dt.date, due_within_days: int = 0) -> list[ReminderItem]:
    """Members in arrears on ``today`` or with a charge due within ``due_within_days``
    days, by name; one statement however many members there are."""
    horizon = today + dt.timedelta(days=max(0, due_within_days))
    with db.engine.connect() as conn:
        rows = conn.execute(text(_LIST), {"today": today, "horizon": horizon, "field": FIELD}).all()
    return [
        ReminderItem(
            id=int(r.id),
            member_number=r.member_number,
            name=r.full_name,
            phone=r.phone,
            address=r.address,
            city=r.city,
            total=int(r.total),
            overdue=int(r.overdue),
            first_period=r.first_period,
            last_period=r.last_period,
            periods=int(r.periods),
            first_due=_date(r.first_due),
            last_reminded=_datetime(r.last_reminded),
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class Sender:
    """Who reminders come from: the organisation's name and contact phone, and the country
    its members' phone numbers are read in."""

    name: str = ""
    contact: str | None = None
    country: str = DEFAULT_PHONE_COUNTRY


def organisation(db: Database) -> Sender:
    """The organisation as the reminders sign off with it."""
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT name, contact_phone, phone_country FROM organisation_settings WHERE id = 1"
            )
        ).first()
    if row is None:
        return Sender()
    return Sender(
        row.name or "", row.contact_phone or None, row.phone_country or DEFAULT_PHONE_COUNTRY
    )


# -- saying --------------------------------------------------------------------------------


def month(period: str, cat: Catalogue) -> str:
    """``2026-10`` as the reader writes a month: "Oktober 2026", "October 2026"."""
    year, number = (int(part) for part in period.split("-"))
    return cat.date(dt.date(year, number, 1), "MMMM y")


def periods_text(item: ReminderItem, cat: Catalogue) -> str:
    """The months owed: one month, or the first to the last with how many."""
    first, last = item.first_period, item.last_period
    if not first or not last:
        return cat.text("reminders.dues")
    if first == last:
        return month(first, cat)
    return cat.text(
        "reminders.periods",
        first=month(first, cat),
        last=month(last, cat),
        count=item.periods,
    )


def reminder_text(
    item: ReminderItem,
    lang: str,
    organisation_name: str = "",
    contact: str | None = None,
) -> str:
    """The message to send ``item``'s member, polite, in ``lang``: whom, the dues' period
    and amount, how to pay (``contact`` for questions) and, signing it, the organisation."""
    cat = catalogue(lang)
    org = organisation_name or cat.text("reminders.the_organisation")
    params = {"name": item.name, "period": periods_text(item, cat), "amount": item.total}
    if item.in_arrears:
        body = cat.text("reminders.text.arrears", **params)
    else:
        body = cat.text("reminders.text.due", due=item.first_due, **params)
    parts = [cat.text("reminders.text.greeting", name=item.name), body]
    parts.append(
        cat.text("reminders.text.contact", contact=contact)
        if contact
        else cat.text("reminders.text.no_contact")
    )
    parts.append(cat.text("reminders.text.closing", organisation=org))
    return "\n\n".join(parts)


def whatsapp_link(
    phone: str | None, message: str, country: str = DEFAULT_PHONE_COUNTRY
) -> str | None:
    """``https://wa.me/6281234567890?text=...`` with ``message`` filled in; None when
    ``phone`` is empty or not a valid number."""
    if not phone or not phone.strip():
        return None
    try:
        number = phonenumbers.parse(phone, (country or DEFAULT_PHONE_COUNTRY).upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    digits = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"https://wa.me/{digits.lstrip('+')}?text={quote(message, safe='')}"


# -- recording -----------------------------------------------------------------------------


def mark_reminded(
    db: Database, member_ids: Iterable[int], how: str, when: dt.datetime | None = None
) -> int:
    """Record that each of ``member_ids`` was reminded ``how`` (one of :data:`HOW`):
    one audit entry per member, all in one transaction; the number recorded."""
    if how not in HOW:
        raise ReminderRefused("reminders.unknown_how", how=how)
    ids = list(dict.fromkeys(int(i) for i in member_ids))
    if not ids:
        return 0
    with db.begin() as conn:
        audit.record_all(
            conn,
            [audit.Change("member", i, AuditAction.UPDATE, FIELD, None, how) for i in ids],
            when=when,
        )
    return len(ids)


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


__all__ = [
    "FIELD",
    "HOW",
    "ReminderItem",
    "ReminderRefused",
    "Sender",
    "mark_reminded",
    "organisation",
    "periods_text",
    "reminder_list",
    "reminder_text",
    "whatsapp_link",
]
