"""Dues reminders on a real SQLite file: who is listed (arrears, due soon, settled, left),
the texts in Indonesian and English, the WhatsApp link, and reminders kept in the history."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from groupdesk.core import audit
from groupdesk.core.dues.reminders import (
    ReminderRefused,
    mark_reminded,
    reminder_list,
    reminder_text,
    whatsapp_link,
)

from .reminders_ledger import ORGANISATION, TODAY, build


@pytest.fixture
def ids(db):
    return build(db)


def test_in_arrears_lists_the_oldest_unpaid_period_and_what_is_owed(db, ids) -> None:
    listed = {item.name: item for item in reminder_list(db, TODAY, 0)}
    assert list(listed) == ["Dewi Lestari", "Gita Permata", "Siti Rahayu"]  # by name
    dewi, gita, siti = listed["Dewi Lestari"], listed["Gita Permata"], listed["Siti Rahayu"]
    assert (dewi.first_period, dewi.last_period, dewi.periods, dewi.total) == (
        "2026-11",
        "2026-12",
        2,
        100_000,
    )
    # the reversed payment settles nothing
    assert (gita.first_period, gita.total) == ("2026-11", 100_000)
    # Siti's November was paid; January is not due yet
    assert (siti.first_period, siti.last_period, siti.total) == ("2026-12", "2026-12", 50_000)
    assert all(item.in_arrears and item.last_reminded is None for item in listed.values())


def test_due_within_adds_who_owes_only_a_charge_falling_due_soon(db, ids) -> None:
    listed = {item.name: item for item in reminder_list(db, TODAY, 15)}
    # Eko's credit paid January; Fajar has left
    assert sorted(listed) == ["Budi Santoso", "Dewi Lestari", "Gita Permata", "Siti Rahayu"]
    budi = listed["Budi Santoso"]
    assert (budi.total, budi.overdue, budi.first_period) == (50_000, 0, "2027-01")
    assert budi.first_due == dt.date(2027, 1, 1) and not budi.in_arrears
    assert (listed["Siti Rahayu"].total, listed["Siti Rahayu"].overdue) == (100_000, 50_000)
    # eleven days ahead January is not yet within reach
    assert "Budi Santoso" not in {i.name for i in reminder_list(db, TODAY, 11)}


def test_the_indonesian_text_is_polite_and_names_period_amount_and_organisation(db, ids) -> None:
    dewi = reminder_list(db, TODAY, 0)[0]
    said = reminder_text(dewi, "id", ORGANISATION, "+62 811-000-111")
    assert said.startswith("Yth. Bapak/Ibu Dewi Lestari,")
    assert "iuran anggota November 2026 s.d. Desember 2026 (2 bulan) sebesar Rp 100.000" in said
    assert "belum kami terima" in said and "+62 811-000-111" in said
    assert said.rstrip().endswith(ORGANISATION)


def test_the_english_text_and_a_charge_not_yet_due(db, ids) -> None:
    budi = next(i for i in reminder_list(db, TODAY, 15) if i.name == "Budi Santoso")
    said = reminder_text(budi, "en", ORGANISATION)
    assert said.startswith("Dear Budi Santoso,")
    assert "dues for January 2027, Rp 50,000, fall due on 1 January 2027" in said
    assert said.rstrip().endswith(ORGANISATION)
    assert "Jatuh" not in said and "iuran" not in said


def test_the_whatsapp_link_carries_the_number_and_the_whole_text() -> None:
    message = "Yth. Bapak/Ibu Dewi & Co,\niuran Rp 100.000?"
    link = whatsapp_link("0812 3456 7890", message)
    assert link is not None
    assert link.startswith("https://wa.me/6281234567890?text=")
    assert " " not in link and "\n" not in link and "&C" not in link
    assert parse_qs(urlsplit(link).query)["text"] == [message]
    assert whatsapp_link("+62 813-1111-2222", "x") == "https://wa.me/6281311112222?text=x"


@pytest.mark.parametrize("phone", [None, "", "   ", "12345", "not a phone"])
def test_no_link_without_a_usable_phone(phone) -> None:
    assert whatsapp_link(phone, "hello") is None


def test_a_reminder_is_kept_in_each_members_history(db, ids) -> None:
    when = dt.datetime(2026, 12, 1, 3, 0)
    assert mark_reminded(db, [ids["Dewi Lestari"], ids["Siti Rahayu"]], "whatsapp", when) == 2
    mark_reminded(db, [ids["Siti Rahayu"]], "letter")
    with db.engine.connect() as conn:
        dewi = audit.history(conn, "member", ids["Dewi Lestari"])
        siti = audit.history(conn, "member", ids["Siti Rahayu"])
    assert [(h.field, h.new_value) for h in dewi if h.field == "dues_reminder"] == [
        ("dues_reminder", "whatsapp")
    ]
    assert [h.new_value for h in siti if h.field == "dues_reminder"] == ["letter", "whatsapp"]
    assert audit.field_label_code("member", "dues_reminder") == "field.member.dues_reminder"
    listed = {i.name: i.last_reminded for i in reminder_list(db, TODAY, 0)}
    assert listed["Dewi Lestari"] == when
    assert listed["Siti Rahayu"] is not None and listed["Siti Rahayu"] > when
    assert listed["Gita Permata"] is None


def test_an_unknown_way_of_reminding_records_nothing(db, ids) -> None:
    with pytest.raises(ReminderRefused) as refused:
        mark_reminded(db, [ids["Dewi Lestari"]], "carrier pigeon")
    assert refused.value.code == "reminders.unknown_how"
    with db.engine.connect() as conn:
        history = audit.history(conn, "member", ids["Dewi Lestari"])
    assert not [h for h in history if h.field == "dues_reminder"]
