"""The cells of a payments sheet: amounts the way treasurers and banks write them, and the
way of paying from a word or from a bank's description."""

from __future__ import annotations

import pytest

from groupdesk.core.errors import Refusal
from groupdesk.core.importing.payments import amount_value, method_value


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("Rp 150.000", 150_000),
        ("150.000,00", 150_000),
        ("150000", 150_000),
        ("150rb", 150_000),
        ("1,5 jt", 1_500_000),
        ("Rp150.000,-", 150_000),
        ("150,000.00 CR", 150_000),  # an English-language bank export
        ("150000.00", 150_000),
        (150000.0, 150_000),
        (75000, 75_000),
        ("  ", None),
        (None, None),
    ],
)
def test_amounts_are_read_the_way_they_are_written(cell, amount) -> None:
    assert amount_value(cell) == amount


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("-150.000", "money.negative"),
        (-5, "money.negative"),
        ("seratus ribu", "money.not_a_number"),
        (True, "money.not_a_number"),
        (1500.5, "money.fraction"),
        ("0", "dues.not_positive"),
        ("150,000.00 DB", "payments_import.debit"),  # money paid out
    ],
)
def test_what_is_no_payment_is_refused_with_its_code(cell, code) -> None:
    with pytest.raises(Refusal) as caught:
        amount_value(cell)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("cell", "description", "method"),
    [
        ("Tunai", None, "tunai"),
        ("CASH", None, "tunai"),
        ("Transfer BCA", None, "transfer"),
        ("m-banking", None, "transfer"),
        ("QRIS (BRI)", None, "qris"),
        ("GoPay", None, "e_wallet"),
        ("DANA", None, "e_wallet"),
        ("Lainnya", None, "other"),
        (None, "TRSF E-BANKING CR 1708/FTSCY/WS95031", "transfer"),
        (None, "TRSF DANA IURAN", "transfer"),  # funds, not the wallet
        (None, "SETORAN TUNAI", "tunai"),
        (None, "QRIS PAYMENT", "qris"),
        (None, "Iuran Agustus", "tunai"),  # nothing said: cash, as in the ledger
        (None, None, "tunai"),
    ],
)
def test_the_way_of_paying(cell, description, method) -> None:
    assert method_value(cell, description) == method


def test_an_unknown_way_of_paying_names_the_ways_there_are() -> None:
    with pytest.raises(Refusal) as caught:
        method_value("utang")
    assert caught.value.code == "payments_import.unknown_method"
    assert [m.code for m in caught.value.params["choices"]] == [
        "payment_method.tunai",
        "payment_method.transfer",
        "payment_method.qris",
        "payment_method.e_wallet",
        "payment_method.other",
    ]
