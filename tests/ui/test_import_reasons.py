"""Every reason the importer gives for a cell or a row is a message the catalogue knows, so it
is said in the reader's language (the wizard's, the error report's, the command line's) and a
new reason cannot slip past the translation unnoticed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupdesk.core.demo import generate_demo
from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.importing.fields import FIELDS
from groupdesk.core.importing.plan import SourceTable
from groupdesk.core.messages import Message, catalogue
from groupdesk.core.messages.sources import sources
from groupdesk.core.spreadsheet.header import HeaderGuess

CELLS = [
    None,
    "Aktif",
    "bogus",
    "Dokter; Perawat",
    "0812-3456-7890",
    "81234567890",
    "0812 1111 2222; 0813 3333 4444",
    "abc",
    "bad@",
    "budi@contoh.or.id",
    dt.date(1980, 5, 17),
    dt.date(2030, 1, 1),
    "17/08/2024",
    "31/02/2020",
    "2024",
    12345,
    1.5,
    True,
    dt.time(8, 0),
    "Bandung, 17 Agustus 1980",
    "x" * 250,
    "GD-000001",
    "Bersih Pantai Kuta",
    "25:00",
    "07:30",
    "Tinggi",
    "-3",
    "Ani",
    "27/11/2026",
]


@pytest.fixture
def demo(db):
    generate_demo(db, members=60, signups=120)
    return db


@pytest.mark.parametrize("kind", list(FIELDS))
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_reason_has_a_known_shape(demo, kind: str, data) -> None:
    names = [target.name for target in FIELDS[kind]]
    fields = data.draw(st.lists(st.sampled_from(names), min_size=1, unique=True))
    width = len(fields)
    body = data.draw(
        st.lists(
            st.lists(st.sampled_from(CELLS), min_size=width, max_size=width),
            min_size=1,
            max_size=6,
        )
    )
    headers = [f"H{column}" for column in range(width)]
    guess = HeaderGuess(row=0, first_col=0, last_col=width - 1, headers=headers, data_rows=1)
    table = SourceTable(Path("r.xlsx"), "xlsx", [], "S", False, [headers, *body], guess)
    policy = data.draw(st.sampled_from(["skip", "update", "new"]))
    plan = ImportPlan(kind, Path("r.xlsx"), mapping=dict(enumerate(fields)), policy=policy)
    prepared = prepare(demo, plan, table)
    indonesian = catalogue("id")
    for row in prepared.rows:
        for field, message in [*row.errors.items(), *row.warnings.items()]:
            assert isinstance(message, Message), (field, message)
            assert message.code in sources(), message
            assert message.code in indonesian.translations, message
            indonesian.text(message)  # every parameter the text names is given


def test_a_reason_keeps_its_values_in_both_languages() -> None:
    reason = Message("date.not_real", {"value": "'31/02/2020'", "day": 31, "month": 2})
    assert catalogue("en").text(reason) == "'31/02/2020' is not a real date (day 31, month 2)"
    assert catalogue("id").text(reason) == (
        "'31/02/2020' bukan tanggal yang ada (hari 31, bulan 2)"
    )
