"""Whole rupiah written out in words, as a kwitansi says its amount ("terbilang").

Babel formats numbers but does not spell them, and no installed library does, so the two
languages GroupDesk writes receipts in are spelled here, by their rules:

- Indonesian groups by thousands (ribu, juta, miliar, triliun, kuadriliun); one ten, one
  hundred and one thousand take the prefix "se-" (sepuluh, sebelas, seratus, seribu), a
  million and up are "satu juta", "satu miliar". 11-19 are "-belas", tens "-puluh".
- English (as written in Indonesia and Britain, the short scale) puts "and" after the
  hundreds ("one hundred and fifty") and before a last group below a hundred ("one
  thousand and one"), and hyphenates the tens ("forty-five").
"""

from __future__ import annotations

from groupdesk.core.messages import Refusal

LIMIT = 10**18
"""Spelled up to, not including, a million trillion (10^18): "kuadriliun" is the last word."""

_ID_ONES = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
)
_ID_SCALES = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")

_EN_ONES = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion")

CURRENCY_WORD = {"id": "rupiah", "en": "rupiah"}


def amount_in_words(amount: int, lang: str) -> str:
    """``150000, "id"`` -> "seratus lima puluh ribu rupiah"; ``"en"`` -> "one hundred and
    fifty thousand rupiah". Any language but English is written in Indonesian, the language
    of the receipts' country."""
    language = "en" if lang.lower().startswith("en") else "id"
    return f"{number_in_words(amount, language)} {CURRENCY_WORD[language]}"


def number_in_words(number: int, lang: str) -> str:
    """A whole number from 0 to 10^18 - 1 in words, lower case; a negative or larger number
    is refused (``words.negative``, ``words.too_large``)."""
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(f"a whole number is spelled, not {type(number).__name__}")
    if number < 0:
        raise Refusal("words.negative", amount=number)
    if number >= LIMIT:
        raise Refusal("words.too_large", amount=number)
    if lang.lower().startswith("en"):
        return _english(number)
    return _indonesian(number)


def _groups(number: int) -> list[int]:
    """Groups of three digits, the lowest first: 12_345_678 -> [678, 345, 12]."""
    groups = []
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    return groups


# -- Indonesian -----------------------------------------------------------------------------


def _indonesian(number: int) -> str:
    if number == 0:
        return "nol"
    words: list[str] = []
    groups = _groups(number)
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if group == 0:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")  # one thousand alone is "seribu", a million "satu juta"
            continue
        words.append(_id_below_thousand(group))
        if _ID_SCALES[scale]:
            words.append(_ID_SCALES[scale])
    return " ".join(words)


def _id_below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words.append(f"{_ID_ONES[hundreds]} ratus")
    if rest:
        words.append(_id_below_hundred(rest))
    return " ".join(words)


def _id_below_hundred(number: int) -> str:
    if number < 10:
        return _ID_ONES[number]
    if number == 10:
        return "sepuluh"
    if number == 11:
        return "sebelas"
    if number < 20:
        return f"{_ID_ONES[number - 10]} belas"
    tens, ones = divmod(number, 10)
    said = f"{_ID_ONES[tens]} puluh"
    return f"{said} {_ID_ONES[ones]}" if ones else said


# -- English --------------------------------------------------------------------------------


def _english(number: int) -> str:
    if number == 0:
        return "zero"
    groups = _groups(number)
    words: list[str] = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if group == 0:
            continue
        if scale == 0 and words and group < 100:
            words.append("and")  # "one thousand and one", "two million and fifty"
        words.append(_en_below_thousand(group))
        if _EN_SCALES[scale]:
            words.append(_EN_SCALES[scale])
    return " ".join(words)


def _en_below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_EN_ONES[hundreds]} hundred")
    if rest:
        if hundreds:
            words.append("and")
        words.append(_en_below_hundred(rest))
    return " ".join(words)


def _en_below_hundred(number: int) -> str:
    if number < 20:
        return _EN_ONES[number]
    tens, ones = divmod(number, 10)
    return f"{_EN_TENS[tens]}-{_EN_ONES[ones]}" if ones else _EN_TENS[tens]


__all__ = ["LIMIT", "amount_in_words", "number_in_words"]
