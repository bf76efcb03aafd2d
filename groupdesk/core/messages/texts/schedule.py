"""Texts of volunteer scheduling: conflict rules, sign-ups, attendance, cover suggestions."""

from groupdesk.core.messages.registry import texts

say = texts("schedule")

# a shift as a conflict names it: "Mon 07 Dec 08:00–12:00"
say("shift.when", "{starts:weekday} {starts:date} {starts:time}–{ends:time}")
say("time.range", "{start:time}–{end:time}")
say("weekday.name", "{day:weekday}")

# conflict rules
say("conflict.in_trash", "{name} is in the trash.")
say("conflict.not_active", "{name}'s membership status is {status}, not active.")
say("conflict.lacks_profession", "Lacks the required profession: {profession}.")
say("conflict.no_licence_date", "No licence validity date on record for {profession}.")
say("conflict.licence_expired", "Licence for {profession} expired on {date:date}.")
say(
    "conflict.licence_expires",
    "Licence for {profession} expires on {date:date}, before the shift.",
)
say("conflict.lacks_skill", "Lacks the required skill: {skill}.")
say(
    "conflict.outside_hours",
    "Outside their availability: on {day:weekday} they are free {free:list}.",
)
say(
    "conflict.not_free_that_day",
    "Outside their availability: not free on {day:weekday} (free on {days:list}).",
)
say(
    "conflict.handover",
    "Handover with “{project}” {when}: {minutes} minutes overlap, within the allowed "
    "{buffer}-minute buffer.",
)
say(
    "conflict.overlap",
    "Already on “{project}” {when}, overlapping by {minutes} minutes (handover buffer: "
    "{buffer} minutes).",
)
say("conflict.max_hours", "Would work {hours} hours within 24 hours; the limit is {limit}.")
say(
    "conflict.rest_after",
    "Only {minutes} minutes of rest after “{project}” {when}; at least {required} minutes "
    "required.",
)
say(
    "conflict.rest_before",
    "Only {minutes} minutes of rest before “{project}” {when}; at least {required} minutes "
    "required.",
)
say(
    "conflict.demanding_run",
    "Would be {run} demanding shifts in a row (less than a day apart); the limit is {limit}.",
)
say(
    "override.reason_too_short",
    "Give a reason of at least {minimum} characters, such as “Licence renewal sent, STR "
    "arrives Monday”.",
)

# sign-ups and attendance
say("reasons.joined", "{reasons:semicolons}")
say("signup.conflicts", "{reasons}")
say("signup.conflicts_found", "Conflicts found.")
say(
    "signup.rule_blocks",
    "This rule blocks the sign-up: {reasons} The organisation's scheduling rules do not allow "
    "an override.",
)
say(
    "attendance.not_open",
    "Attendance opens when the shift starts, {opens_at:date} {opens_at:time}.",
)
say("shift.gone", "This shift no longer exists.")
say("signup.gone", "This sign-up no longer exists.")
say("signup.shift_cancelled", "This shift is cancelled; nobody can sign up.")
say("signup.shift_started", "This shift has already started; sign-ups are closed.")
say("signup.member_needed", "Choose a member.")
say("signup.already_on_shift", "This member is already on this shift.")
say("signup.confirm_needs_signed_up", "Only a signed-up member can be confirmed.")
say("attendance.needs_place", "Only members with a place on the shift can attend it.")
say("attendance.time_in_future", "This time is still in the future.")
say("attendance.time_far", "The time must be within {hours} hours of the shift's start and end.")
say("attendance.check_in_first", "Enter the check-in time first.")
say("attendance.out_before_in", "Check-out must be after check-in.")
say("attendance.too_long", "More than {hours} hours after check-in.")
say("hours.negative", "Hours cannot be negative.")
say("hours.too_many", "More than {hours} hours for one shift.")

# why a member is suggested to cover a shift
say("suggest.cancelled", "Cancelled their sign-up for this shift.")
say("suggest.profession", "Is a {profession}.")
say("suggest.profession_until", "Is a {profession}, licence valid until {until:date}.")
say("suggest.skill", "Has the skill {skill}.")
say("suggest.available", "Available at that time.")
say("suggest.not_available", "Not in their availability windows.")
say("suggest.free", "No other shift at that time.")
say("suggest.interest", "Interested in {cause}.")
say("suggest.fairness", "{hours} hours in the last {days} days.")
