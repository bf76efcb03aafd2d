"""The importer's quick route for Indonesian numbers gives what the full phonenumbers route
gives: a roster imported in bulk stores every phone as the member form would."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from groupdesk.core.errors import ValidationError
from groupdesk.core.importing.rows import phone_value
from groupdesk.core.spreadsheet.phones import parse_phone


def _full_route(text: str) -> tuple[str | None, str | None] | str:
    if not text.strip():
        return None, None
    try:
        result = parse_phone(text, "ID")
    except ValueError:
        return "refused"
    return result.display, result.warning


def _quick_route(text: str) -> tuple[str | None, str | None] | str:
    try:
        return phone_value(text, "ID")
    except ValidationError:
        return "refused"


prefixes = st.sampled_from(
    ["08", "0812", "0813", "0857", "021", "022", "0361", "0274", "+62", "62"]
)
separators = st.sampled_from(["", " ", "-", ".", "(", ")"])


@st.composite
def indonesian_looking(draw: st.DrawFn) -> str:
    text = draw(prefixes)
    for _ in range(draw(st.integers(0, 5))):
        text += draw(separators) + draw(st.text(alphabet="0123456789", min_size=1, max_size=4))
    return text


@settings(max_examples=600)
@given(indonesian_looking())
@example("081234567890")
@example("0812-3456-7890")
@example("(021) 555 1234")
@example("0361 123456")
@example("+62 812 3456 7890")
def test_quick_route_matches_phonenumbers(text: str) -> None:
    assert _quick_route(text) == _full_route(text)
