"""The duplicates finder's SQL phone key agrees with the one the search index uses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, literal, select

from groupdesk.core.services.duplicates import phone_digits_sql
from groupdesk.core.text_keys import phone_digits

ENGINE = create_engine("sqlite://")
PHONE_TEXT = st.text(alphabet="0123456789 +-().", max_size=24)


@settings(max_examples=300, deadline=None)
@given(PHONE_TEXT)
def test_sql_phone_digits_match_python(phone: str) -> None:
    with ENGINE.connect() as conn:
        in_sql = conn.execute(select(phone_digits_sql(literal(phone)))).scalar_one()
    assert in_sql == phone_digits(phone)


def test_written_two_ways_same_key() -> None:
    with ENGINE.connect() as conn:
        keys = {
            conn.execute(select(phone_digits_sql(literal(p)))).scalar_one()
            for p in ("+62 812-3456-7890", "0812 3456 7890", "(0812) 3456.7890")
        }
    assert keys == {"081234567890"}
