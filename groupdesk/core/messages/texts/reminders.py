"""Texts of dues reminders: the message sent on WhatsApp, the printed reminder letter, how a
reminder shows in a member's history and the command line's summary."""

from groupdesk.core.messages.registry import texts

say = texts("reminders")

# The message (WhatsApp or copied)
say("reminders.text.greeting", "Dear {name},", comment="opens a dues reminder to a member")
say(
    "reminders.text.arrears",
    "This is a friendly reminder that your membership dues for {period}, {amount:money} in "
    "all, have not been paid yet.",
)
say(
    "reminders.text.due",
    "This is a friendly reminder that your membership dues for {period}, {amount:money}, "
    "fall due on {due:date_long}.",
)
say(
    "reminders.text.contact",
    "You can pay at the secretariat or by bank transfer; for any question please contact "
    "{contact}. If you have already paid, please disregard this message.",
)
say(
    "reminders.text.no_contact",
    "You can pay at the secretariat or by bank transfer. If you have already paid, please "
    "disregard this message.",
)
say("reminders.text.closing", "Thank you.\nKind regards,\n{organisation}")
say("reminders.the_organisation", "The board", comment="signs a reminder when no name is set")
say("reminders.dues", "membership dues")
say.plural(
    "reminders.periods",
    "{first} to {last} ({count} month)",
    "{first} to {last} ({count} months)",
)

# The printed letter
say("reminders.document", "Dues reminders", comment="the PDF's title in a viewer's window")
say("reminders.letter.to", "To")
say("reminders.letter.subject", "Subject: reminder of membership dues")
say("reminders.letter.salutation", "Dear {name},")
say(
    "reminders.letter.arrears",
    "According to our records, the following membership dues have not been paid yet:",
)
say(
    "reminders.letter.due",
    "We would like to remind you that the following membership dues fall due on {due:date_long}:",
)
say("reminders.letter.member_number", "Member number")
say("reminders.letter.period", "Period")
say("reminders.letter.amount", "Amount")
say("reminders.letter.in_words", "In words")
say(
    "reminders.letter.how_to_pay",
    "Please pay at the secretariat or by bank transfer, mentioning your member number "
    "{number}. If you have already paid, please disregard this letter.",
)
say("reminders.letter.contact", "For any question, please contact {contact}.")
say("reminders.letter.thanks", "Thank you for your attention.")
say("reminders.letter.closing", "Yours sincerely,")
say("reminders.letter.treasurer", "Treasurer")

# How a reminder shows in the member's history
say("field.member.dues_reminder", "Dues reminder", comment="the History tab's Field column")
say("reminders.how.whatsapp", "WhatsApp message")
say("reminders.how.message", "Message text copied")
say("reminders.how.letter", "Printed letter")
say("reminders.unknown_how", "“{how}” is not a way of reminding a member.")

# The command line
say.plural(
    "reminders.none",
    "Nobody is in arrears or has dues falling due within {count} day.",
    "Nobody is in arrears or has dues falling due within {count} days.",
)
say.plural(
    "reminders.printed",
    "Wrote {count} reminder letter to {path} and recorded the member as reminded ({seconds} s)",
    "Wrote {count} reminder letters to {path} and recorded the members as reminded ({seconds} s)",
)
say("reminders.only_pdf", "Reminder letters are written as .pdf only, not “{suffix}”.")
say("reminders.days_invalid", "--due-within takes a number of days from 0 to 366, not “{text}”.")
