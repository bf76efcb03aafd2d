"""A dues reminder in the pseudo-language holds no plain English word of GroupDesk's texts:
the message sent on WhatsApp and the printed letter (labels, months, the amount in words)
would show any text that escaped the catalogue as English among accented words."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from groupdesk.core.dues.reminders import reminder_list, reminder_text
from tests.integration.dues.reminders_ledger import MEMBERS, ORGANISATION, TODAY, build
from tests.pseudo.words import data_words, escaped


@pytest.fixture
def typed(db) -> set[str]:
    build(db)
    values = [ORGANISATION, "Bandung", "+62 811-000-111"]
    for name, phone, address in MEMBERS.values():
        values += [name, phone or "", address or ""]
    return data_words(values)


def test_no_english_escapes_a_reminder_text(db, typed) -> None:
    for item in reminder_list(db, TODAY, 15):  # in arrears and due soon
        said = reminder_text(item, "qps", ORGANISATION, "+62 811-000-111")
        leaked = escaped(said, typed)
        assert leaked == set(), f"a reminder says in English: {sorted(leaked)}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_no_english_escapes_a_reminder_letter(qapp, db, typed, tmp_path) -> None:
    from groupdesk.printing.reminder_letters import write_reminder_letters

    out = tmp_path / "reminders.pdf"
    items = reminder_list(db, TODAY, 15)
    write_reminder_letters(items, ORGANISATION, "+62 811-000-111", TODAY, out, "qps")
    said = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    leaked = escaped(said, typed)
    assert leaked == set(), f"a reminder letter says in English: {sorted(leaked)}"
