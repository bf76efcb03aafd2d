"""Amounts people type or import, read as integer minor units (rupiah have no decimals).

Money is never a float: "Rp 150.000", "150.000,00", "150000", "150rb", "1,5 jt" and
"Rp150.000,-" all read as 150000. Anything negative, not a number, or that could mean two
different amounts ("1.500" with a comma elsewhere, "1,50,0") is refused with a code.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from groupdesk.core.errors import ValidationError

_SUFFIXES = {
    "rb": 1_000,
    "ribu": 1_000,
    "k": 1_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
    "m": 1_000_000_000,
    "miliar": 1_000_000_000,
}
_SHAPE = re.compile(r"^(?P<number>[0-9][0-9.,]*)\s*(?P<suffix>[a-z]*)$")
_GROUPED = re.compile(r"^[0-9]{1,3}([.,][0-9]{3})+$")


def parse_amount(text: str, field: str = "amount") -> int:
    """Rupiah in ``text`` as an integer; ``ValidationError`` (money.*) when it is not one."""
    raw = text.strip().lower().replace("\u00a0", " ")
    if not raw:
        raise ValidationError(field, "money.empty")
    if raw.startswith("-") or (raw.endswith("-") and not raw.endswith(",-")):
        raise ValidationError(field, "money.negative", text=text)
    raw = raw.removeprefix("rp").removeprefix(".").strip()
    if raw.startswith("-"):
        raise ValidationError(field, "money.negative", text=text)
    raw = raw.removesuffix(",-").removesuffix(".-").strip()
    match = _SHAPE.match(raw)
    if not match:
        raise ValidationError(field, "money.not_a_number", text=text)
    number, suffix = match["number"], match["suffix"]
    if suffix and suffix not in _SUFFIXES:
        raise ValidationError(field, "money.not_a_number", text=text)
    value = _number(number, text, field, short=bool(suffix))
    amount = value * _SUFFIXES.get(suffix, 1)
    if amount != amount.to_integral_value():
        raise ValidationError(field, "money.fraction", text=text)
    return int(amount)


def _number(number: str, text: str, field: str, *, short: bool) -> Decimal:
    """The decimal value of digits with Indonesian grouping (``.``) and decimal comma."""
    if "." in number and "," in number:
        # 150.000,00: dots group, one comma before the decimals
        grouped, _, decimals = number.rpartition(",")
        if number.index(",") < number.rindex(".") or not _GROUPED.match(grouped):
            raise ValidationError(field, "money.ambiguous", text=text)
        digits = grouped.replace(".", "") + "." + decimals
    elif "," in number:
        head, _, tail = number.rpartition(",")
        if number.count(",") == 1 and (short or len(tail) != 3):
            digits = head + "." + tail  # 1,5 jt or 150000,00
        elif _GROUPED.match(number) and not short:
            digits = number.replace(",", "")  # 150,000 written the English way
        else:
            raise ValidationError(field, "money.ambiguous", text=text)
    elif "." in number:
        if _GROUPED.match(number) and not short:
            digits = number.replace(".", "")  # 150.000
        elif number.count(".") == 1 and short:
            digits = number  # 1.5jt
        else:
            raise ValidationError(field, "money.ambiguous", text=text)
    else:
        digits = number
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise ValidationError(field, "money.not_a_number", text=text) from None
