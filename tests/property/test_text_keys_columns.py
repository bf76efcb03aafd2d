"""The column-wide sort and search keys a bulk import writes are exactly the keys the member
form writes one member at a time: a member imported in bulk is found and sorted the same way."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from groupdesk.core.text_keys import fold, fold_all, phone_digits, phone_digits_all

# plain roster text most of the time, with the odd accent, doubled space, control character
# or separator-like character mixed in
plain = st.text(alphabet="abcXYZ019 -.@", max_size=12)
odd = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12
) | st.sampled_from(["\x1f", " a", "a ", "a  b", "Ṣari", "ǅ", "ß", "\u00a0", "\t", ""])
column = st.lists(st.none() | plain | odd, max_size=30)
plain_column = st.lists(st.none() | plain, max_size=30)


@settings(max_examples=500)
@given(st.one_of(column, plain_column))
@example(["Ani Sari", "BUDI", None, "x@Contoh.ID"])
@example(["a\x1fb", "c"])
@example(["a", " b"])
@example([])
def test_fold_all_equals_fold_of_each(texts: list[str | None]) -> None:
    assert fold_all(texts) == [fold(text) for text in texts]


phones = st.lists(
    st.none()
    | st.text(alphabet="+0123456789 -()62", max_size=18)
    | st.sampled_from(["+62 812-3456-7890", "62", "6262", "٠٨١٢", "\x1f62", "ext. 62"]),
    max_size=30,
)


@settings(max_examples=500)
@given(phones)
@example(["+62 812-3456-7890", None, "0812 62", "+1 (555) 62"])
def test_phone_digits_all_equals_phone_digits_of_each(numbers: list[str | None]) -> None:
    assert phone_digits_all(numbers) == [phone_digits(number) for number in numbers]
