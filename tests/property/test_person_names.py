"""Names compared for duplicates and import matching leave titles and degrees aside, while
a plain name compares as it is written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.core.person_names import name_key, name_keys_all
from groupdesk.core.text_keys import fold

BEFORE = ["dr.", "Dr.", "drg.", "Ns.", "Bd.", "Bidan", "Prof.", "Ir.", "H.", "Hj.", "KH.", "K.H."]
AFTER = ["S.Kep", "S.Pd.", "S.H.", "S.E.", "S.Kom", "M.Kes.", "M.Pd", "Sp.PD", "Sp.A", "A.Md.Keb"]
AFTER += ["A.Md.Kep", "Amd.", "SE", "MM", "S.Tr.Keb", "Sp.OG"]

given_names = st.lists(
    st.sampled_from(["Ratna", "Dewi", "Lestari", "Budi", "Siti", "Aminah", "Wayan", "Ayu"]),
    min_size=1,
    max_size=4,
).map(" ".join)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Ns. Ratna Dewi Lestari, S.Kep", "ratna dewi lestari"),
        ("Prof. Dr. Ir. H. Ahmad Yani, M.Kes.", "ahmad yani"),
        ("drg. Sari Wulandari, Sp.KG, M.Kes", "sari wulandari"),
        ("Bidan Rina Marlina, A.Md.Keb", "rina marlina"),
        ("Hj. Siti Aminah S.Pd.", "siti aminah"),
        ("dr.Ratna Sari", "ratna sari"),
        ("K.H. Ahmad Dahlan", "ahmad dahlan"),
        ("Hasan Basri, SE, MM", "hasan basri"),
        ("Lestari, Ratna", "lestari ratna"),  # a name after the comma stays
        ("Muh. Ali", "muh. ali"),  # an abbreviated given name is not a title
        ("Dr.", "dr."),  # nothing but a title: kept, not emptied
    ],
)
def test_titles_and_degrees_are_left_aside(written: str, key: str) -> None:
    assert name_key(written) == key


@given(
    given_names,
    st.lists(st.sampled_from(BEFORE), max_size=3),
    st.lists(st.sampled_from(AFTER), max_size=3),
)
def test_a_titled_name_has_the_key_of_the_bare_name(
    name: str, before: list[str], after: list[str]
) -> None:
    written = " ".join([*before, name]) + "".join(f", {d}" for d in after)
    assert name_key(written) == name_key(name) == fold(name)


@given(st.lists(st.none() | st.text(max_size=20) | given_names, max_size=20))
def test_column_keys_equal_one_by_one_keys(names: list[str | None]) -> None:
    assert name_keys_all(names) == [name_key(n) for n in names]
