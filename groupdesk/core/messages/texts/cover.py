"""Texts of the messages a coordinator pastes into a chat group or sends one volunteer:
asking for cover, moved up from the waiting list, taken off a shift."""

from groupdesk.core.messages.registry import texts

say = texts("cover")

say(
    "cover.when",
    "{start:weekday} {start:date_long}, {start:time}–{end:time} {zone}",
    comment="when a shift is: Saturday 12 January 2030, 08:00–12:00 WIB",
)
say("cover.title", "*Volunteers needed: {project}*")
say("cover.when_line", "When: {when}")
say("cover.where_line", "Where: {location}")
say("cover.on_it", "On it so far ({count}/{max}): {names}")
say("cover.nobody_yet", "nobody yet")
say("cover.or_call", " or call {contact}")
say("cover.full", "This shift is full.")
say.plural(
    "cover.full_waiting",
    "This shift is full ({count} already waiting).",
    "This shift is full ({count} already waiting).",
)
say(
    "cover.join_waiting_list",
    "Want to join the waiting list? Reply to this message{contact}; we will tell you when a "
    "place opens. Thank you!",
)
say("cover.still_needed", "Still needed: {count} more")
say("cover.room_for", "Room for {count} more")
say("cover.with_profession", ", who must be a {profession} with a valid licence")
say("cover.with_skill", ", with the skill {skill}")
say("cover.can_you_help", "Can you help? Reply to this message{contact}. Thank you!")
say(
    "cover.promoted",
    "Hello {name}, good news! A place opened up on *{project}* and you are now on the shift "
    "(from the waiting list).",
)
say("cover.tell_contact", "please tell {contact}")
say("cover.reply", "please reply to this message")
say("cover.cannot_come", "If you cannot come, {call}. Thank you!")
say("cover.removed", "Hello {name}, your sign-up for *{project}* ({when}) has been cancelled.")
say("cover.call_contact", "call {contact}")
say("cover.reply_plain", "reply to this message")
say("cover.mistake", "If this is a mistake, please {call}. Thank you for offering your time.")
