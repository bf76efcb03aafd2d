"""What a printed dues reminder letter says, in one language, ready to lay out.

The words are chosen here (through the catalogue) so the PDF only draws them: the
organisation, the date, to whom, what is owed (the months, the amount in figures and in
words), how to pay, and the closing above the treasurer's signature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from groupdesk.core.messages import Catalogue

from .receipts import words_for
from .reminders import ReminderItem, periods_text


@dataclass(frozen=True, slots=True)
class LetterLines:
    """One reminder letter's words; ``address`` lines may be empty."""

    organisation: str
    date: str
    to: str
    name: str
    address: tuple[str, ...]
    subject: str
    salutation: str
    opening: str
    owed: tuple[tuple[str, str], ...]  # (label, value): member number, period, amount, words
    how_to_pay: str
    contact: str | None
    thanks: str
    closing: str
    signer: str


def letter_lines(
    item: ReminderItem,
    organisation: str,
    contact: str | None,
    today: dt.date,
    cat: Catalogue,
) -> LetterLines:
    """Everything the reminder letter to ``item``'s member says, in ``cat``'s language."""
    org = organisation or cat.text("reminders.the_organisation")
    if item.in_arrears:
        opening = cat.text("reminders.letter.arrears")
    else:
        opening = cat.text("reminders.letter.due", due=item.first_due)
    address = tuple(line for line in (item.address or "").splitlines() if line.strip())
    if item.city and item.city not in (item.address or ""):
        address = (*address, item.city)
    return LetterLines(
        organisation=org,
        date=cat.date(today, "long"),
        to=cat.text("reminders.letter.to"),
        name=item.name,
        address=address,
        subject=cat.text("reminders.letter.subject"),
        salutation=cat.text("reminders.letter.salutation", name=item.name),
        opening=opening,
        owed=(
            (cat.text("reminders.letter.member_number"), item.member_number),
            (cat.text("reminders.letter.period"), periods_text(item, cat)),
            (cat.text("reminders.letter.amount"), cat.money(item.total)),
            (cat.text("reminders.letter.in_words"), words_for(item.total, cat)),
        ),
        how_to_pay=cat.text("reminders.letter.how_to_pay", number=item.member_number),
        contact=cat.text("reminders.letter.contact", contact=contact) if contact else None,
        thanks=cat.text("reminders.letter.thanks"),
        closing=cat.text("reminders.letter.closing"),
        signer=cat.text("reminders.letter.treasurer"),
    )


__all__ = ["LetterLines", "letter_lines"]
