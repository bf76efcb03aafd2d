"""Texts of receipts (kwitansi): what a printed receipt says, why one cannot be printed, the
amount-in-words refusals and the command line's summary."""

from groupdesk.core.messages.registry import texts

say = texts("receipts")

# On the printed receipt
say("receipts.document", "Receipts", comment="the PDF's title in a viewer's window")
say("receipts.title", "RECEIPT", comment="the big heading of one receipt (kwitansi)")
say("receipts.number", "No. {number}")
say("receipts.received_from", "Received from")
say("receipts.member", "{name} (member no. {number})")
say("receipts.sum_of", "The sum of", comment="followed by the amount in words")
say("receipts.for", "For")
say("receipts.dues", "Membership dues")
say("receipts.dues_period", "Membership dues, {period}")
say("receipts.dues_periods", "Membership dues, {first} to {last}")
say("receipts.method", "Paid by")
say("receipts.reference", "{method}, reference {reference}")
say("receipts.date", "Date")
say("receipts.recorded_by", "Recorded by")
say("receipts.signature", "Received by", comment="above the line the treasurer signs on")
say("receipts.reversed_stamp", "REVERSED", comment="stamped across a cancelled receipt")
say("receipts.reversed_on", "Reversed on {when:date_long}: this receipt is no longer valid.")
say("receipts.reversed_reason", "Reason: {reason}")
say("receipts.method.tunai", "cash")
say("receipts.method.transfer", "bank transfer")
say("receipts.method.qris", "QRIS")
say("receipts.method.e_wallet", "e-wallet")
say("receipts.method.other", "other")

# Why none is printed
say("receipts.unknown_payment", "There is no payment {payment}.")
say(
    "receipts.not_a_payment",
    "Ledger entry {entry} is not a payment; only a payment has a receipt.",
)
say("receipts.none", "No payment has been recorded yet")
say("receipts.none_between", "No payment was made from {start:date} to {end:date}")
say("receipts.none_from", "No payment was made from {start:date} on")
say("receipts.none_until", "No payment was made up to {end:date}")
say("receipts.only_pdf", "Receipts are written as .pdf only, not “{suffix}”.")
say("receipts.payment_alone", "--payment prints one receipt; leave out --from and --to.")
say("receipts.option_not_for_receipts", "{option} does not apply to receipts.")
say("receipts.payment_only", "--payment applies to receipts only.")

# Amounts in words
say("words.negative", "{amount} is below zero; an amount in words is never negative.")
say("words.too_large", "{amount} is too large to write in words.")

# The command line's summary
say.plural(
    "receipts.exported",
    "Exported {count} receipt to {path} ({seconds} s)",
    "Exported {count} receipts to {path} ({seconds} s)",
)
