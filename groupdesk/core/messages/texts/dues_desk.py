"""Texts of the dues desk: refusals about membership types and fees that the window shows at
their field."""

from groupdesk.core.messages.registry import texts

say = texts("dues_desk")

say("dues.type_name_empty", "Give the membership type a name.")
say("dues.type_exists", "There is already a membership type called “{name}”.")
say("dues.type_unknown", "This membership type no longer exists.")
say(
    "dues.fee_exists",
    "The type already has a fee from {when:date}; choose another day for the new fee.",
)
say(
    "dues.member_in_books",
    "{name} is in the dues ledger; the books keep them (reverse a payment made by mistake).",
)
