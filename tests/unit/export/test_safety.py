"""The csv escape is exact and only fires on text a spreadsheet would evaluate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.core.export.safety import (
    neutralise_csv_text,
    restore_csv_text,
    starts_like_formula,
)

RISKY = ["=1+2", "+62 812 3456 7890", "-5", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("text", RISKY)
def test_risky_text_gets_one_apostrophe(text: str) -> None:
    assert starts_like_formula(text)
    assert neutralise_csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Siti Nurhaliza", "", "Jl. Merdeka 17", "'quoted", "x=1", "5-3"])
def test_harmless_text_is_unchanged(text: str) -> None:
    assert neutralise_csv_text(text) == text


def test_text_that_looks_escaped_is_escaped_again() -> None:
    assert neutralise_csv_text("'=x") == "''=x"
    assert restore_csv_text("''=x") == "'=x"


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text: str) -> None:
    assert restore_csv_text(neutralise_csv_text(text)) == text


@given(st.text())
def test_neutralised_text_never_starts_like_a_formula(text: str) -> None:
    assert not starts_like_formula(neutralise_csv_text(text))
