"""Texts of importing payments: why a row of a treasurer's sheet or a bank export is refused
or skipped, and the ways of paying named in those reasons."""

from groupdesk.core.messages.registry import texts

say = texts("payments_import")

say("payments_import.member_not_given", "the member is not given (member number, phone or name)")
say("payments_import.no_phone", "no member has the phone number {phone}")
say.plural(
    "payments_import.phone_ambiguous",
    "{count} member has the phone number {phone}; give the member number",
    "{count} members have the phone number {phone}; give the member number",
)
say("payments_import.amount_required", "An amount is required.")
say("payments_import.debit", "{value} is money paid out (a debit), not a payment")
say(
    "payments_import.unknown_method",
    "{value} is not a way of paying (use one of {choices:list})",
)
say(
    "payments_import.already_recorded",
    "this payment is in the ledger already (receipt {receipt}); it is skipped",
)
say(
    "payments_import.also_on_row",
    "the same payment (date, amount, member and reference) is on row {row}; it is skipped",
)
say("payments_import.undone", "import {batch} undone")
# ways of paying, as the reasons name them
say("payment_method.tunai", "cash")
say("payment_method.transfer", "bank transfer")
say("payment_method.qris", "QRIS")
say("payment_method.e_wallet", "e-wallet")
say("payment_method.other", "other")
say(
    "payments_import.debit_skipped",
    "money paid out ({value}), not a payment received; it is passed over",
)
say(
    "payments_import.found_in_description",
    "the member {number} ({name}) was found in the description",
)
say.plural(
    "payments_import.several",
    "the description names {count} member; give the member number in its own column",
    "the description names {count} members; give the member number in its own column",
)
say(
    "payments_import.direction_unknown",
    "{value} says neither money in (CR) nor money out (DB)",
)
