"""Texts of the dues reports (payments, arrears, expected against collected, a member's
statement): titles, sheet names, column headings, the notes on the About sheet, and the words
for stored payment methods and ledger entry kinds.

Looked up by the English the report builders give, like the other reports' texts in
:mod:`.reports`; kept in their own area so the dues work merges without touching that one.
"""

from groupdesk.core.messages.registry import texts

say = texts("dues_reports")

TITLES = {
    "payments": say("dues_report.title.payments", "Dues payments"),
    "arrears": say("dues_report.title.arrears", "Dues arrears"),
    "dues_summary": say("dues_report.title.dues_summary", "Dues expected and collected"),
    "statement": say("dues_report.title.statement", "Member statement"),
}

SHEETS = {
    "Payments": say("dues_report.sheet.payments", "Payments"),
    "By Type": say("dues_report.sheet.by_type", "By Type"),
    "By Month and Type": say("dues_report.sheet.by_month_and_type", "By Month and Type"),
    "Arrears": say("dues_report.sheet.arrears", "Arrears"),
    "Statement": say("dues_report.sheet.statement", "Statement"),
}

HEADINGS = {
    "Receipt Number": say("dues_report.heading.receipt_number", "Receipt Number"),
    "Membership Type": say("dues_report.heading.membership_type", "Membership Type"),
    "Amount": say("dues_report.heading.amount", "Amount"),
    "Method": say("dues_report.heading.method", "Method"),
    "Reference": say("dues_report.heading.reference", "Reference"),
    "Reversed": say("dues_report.heading.reversed", "Reversed"),
    "Payments": say("dues_report.heading.payments", "Payments"),
    "Received": say("dues_report.heading.received", "Received"),
    "Reversed Amount": say("dues_report.heading.reversed_amount", "Reversed Amount"),
    "Net Received": say("dues_report.heading.net_received", "Net Received"),
    "Oldest Unpaid Period": say("dues_report.heading.oldest_unpaid", "Oldest Unpaid Period"),
    "Unpaid Charges": say("dues_report.heading.unpaid_charges", "Unpaid Charges"),
    "Total Owed": say("dues_report.heading.total_owed", "Total Owed"),
    "0-30 Days": say("dues_report.heading.days_0_30", "0-30 Days"),
    "31-90 Days": say("dues_report.heading.days_31_90", "31-90 Days"),
    "Over 90 Days": say("dues_report.heading.days_over_90", "Over 90 Days"),
    "Expected": say("dues_report.heading.expected", "Expected"),
    "Collected": say("dues_report.heading.collected", "Collected"),
    "Difference": say("dues_report.heading.difference", "Difference"),
    "Entry": say("dues_report.heading.entry", "Entry"),
    "Period": say("dues_report.heading.period", "Period"),
    "Charged": say("dues_report.heading.charged", "Charged"),
    "Paid": say("dues_report.heading.paid", "Paid"),
    "Balance": say("dues_report.heading.balance", "Balance"),
}

# what the About sheet says about how the figures are counted (name -> value, both coded)
FILTERS = {
    "Owed as of": say("dues_report.filter.owed_as_of", "Owed as of"),
    "Ageing": say("dues_report.filter.ageing", "Ageing"),
    "Expected": say("dues_report.filter.expected", "Expected"),
    "Collected": say("dues_report.filter.collected", "Collected"),
    "Difference": say("dues_report.filter.difference", "Difference"),
    "Received": say("dues_report.filter.received", "Received"),
    "Membership type": say("dues_report.filter.membership_type", "Membership type"),
}
NOTES = {
    "ageing": say(
        "dues_report.note.ageing",
        "days from each unpaid charge's date to the day above: 0-30, 31-90, over 90",
    ),
    "expected": say(
        "dues_report.note.expected",
        "the charges dated in the month, not counting charges reversed",
    ),
    "collected": say(
        "dues_report.note.collected",
        "the payments received in the month (cash basis), not counting payments reversed",
    ),
    "difference": say("dues_report.note.difference", "expected less collected"),
    "received": say(
        "dues_report.note.received",
        "every payment received in the period; a reversed one is shown and also counted "
        "under Reversed Amount, so Net Received is what stayed",
    ),
    "type_at_date": say(
        "dues_report.note.type_at_date",
        "the member's type on the date of the charge or payment",
    ),
    "type_today": say("dues_report.note.type_today", "the member's type on the day above"),
}

ENUMS: dict[str, dict[str, str]] = {
    "payment_method": {
        "tunai": say("dues_report.method.tunai", "Cash"),
        "transfer": say("dues_report.method.transfer", "Bank transfer"),
        "qris": say("dues_report.method.qris", "QRIS"),
        "e_wallet": say("dues_report.method.e_wallet", "E-wallet"),
        "other": say("dues_report.method.other", "Other"),
    },
    "ledger_kind": {
        "charge": say("dues_report.kind.charge", "Charge"),
        "payment": say("dues_report.kind.payment", "Payment"),
        "reversal": say("dues_report.kind.reversal", "Reversal"),
    },
}

say(
    "dues_report.statement_needs_member",
    "the member statement needs a member: name one by member number",
)
