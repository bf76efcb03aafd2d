"""Texts of the schedule: refusals about projects, shifts, sign-ups and attendance."""

from groupdesk.core.messages.registry import texts

say = texts("schedule")

say("project.needs_name", "A project needs a name.")
say("project.name_too_long", "A project name has at most {max} characters.")
say("project.needs_status", "Choose a status.")
say("project.ends_before_start", "The project cannot end before it starts.")
say("project.gone", "This project no longer exists.")
say("project.name_taken", "Another project already has this name.")
say("shift.needs_start", "A shift needs a start time.")
say("shift.ends_before_start", "The shift must end after it starts.")
say("shift.too_long", "A shift cannot be longer than {hours} hours.")
say("shift.max_below_one", "The maximum must be at least 1 volunteer.")
say("shift.min_negative", "The minimum cannot be negative.")
say("shift.min_above_max", "The minimum cannot be above the maximum.")
say("shift.gone", "This shift no longer exists.")
say("shift.repeat_how", "Repeat weekly or daily.")
say("shift.repeat_how_long", "Say how many times, or until which date.")
say("shift.repeat_once", "Repeat at least once.")
say("shift.series_too_long", "At most {max} shifts in one series.")
say("shift.until_before_first", "The last date is before the first shift.")
say("shift.needs_project", "Choose a project for the shift.")
say.plural(
    "shift.places_taken",
    "{count} volunteer already has a place; cancel sign-ups before lowering the maximum "
    "below {count}.",
    "{count} volunteers already have a place; cancel sign-ups before lowering the maximum "
    "below {count}.",
)
say("shift.copy_same_week", "Choose a different week to copy to.")
say("shift.already_cancelled", "This shift is already cancelled.")
say("signup.shift_cancelled", "This shift is cancelled; nobody can sign up.")
say("signup.shift_started", "This shift has already started; sign-ups are closed.")
say("signup.needs_member", "Choose a member.")
say("signup.already_on_shift", "This member is already on this shift.")
say("signup.gone", "This sign-up no longer exists.")
say("signup.conflicts", "The sign-up breaks scheduling rules: {reasons:list}")
say(
    "signup.rule_blocks",
    "This rule blocks the sign-up: {reasons:list} The organisation's scheduling rules do not "
    "allow an override.",
)
say(
    "signup.override_reason_short",
    "Give a reason of at least {min} characters, such as “Licence renewal sent, STR arrives "
    "Monday”.",
)
say("attendance.not_open", "Attendance opens when the shift starts, {opens_at:datetime}.")
say("attendance.only_signed_up_confirmed", "Only a signed-up member can be confirmed.")
say("attendance.needs_place", "Only members with a place on the shift can attend it.")
say("attendance.in_future", "This time is still in the future.")
say(
    "attendance.time_far_from_shift",
    "The time must be within {hours} hours of the shift's start and end.",
)
say("attendance.check_in_first", "Enter the check-in time first.")
say("attendance.out_before_in", "Check-out must be after check-in.")
say("attendance.out_too_late", "More than {hours} hours after check-in.")
say("attendance.hours_negative", "Hours cannot be negative.")
say("attendance.hours_too_many", "More than {hours} hours for one shift.")

# Conflicts: why a member does not fit a shift (shown in the sign-up review and cover finder).
say("conflict.in_trash", "{name} is in the trash.")
say("conflict.not_active", "{name}'s membership status is {status}, not active.")
say("conflict.lacks_profession", "Lacks the required profession: {profession}.")
say("conflict.licence_undated", "No licence validity date on record for {profession}.")
say("conflict.licence_expired", "Licence for {profession} expired on {date:date}.")
say(
    "conflict.licence_expires", "Licence for {profession} expires on {date:date}, before the shift."
)
say("conflict.lacks_skill", "Lacks the required skill: {skill}.")
say("conflict.outside_hours", "Outside their availability: on {day} they are free {free:list}.")
say(
    "conflict.not_free_that_day",
    "Outside their availability: not free on {day} (free on {days:list}).",
)
say(
    "conflict.handover",
    "Handover with “{project}” {starts:weekday} {starts:date} {starts:time}–{ends:time}: "
    "{minutes} minutes overlap, within the allowed {buffer}-minute buffer.",
)
say(
    "conflict.overlap",
    "Already on “{project}” {starts:weekday} {starts:date} {starts:time}–{ends:time}, "
    "overlapping by {minutes} minutes (handover buffer: {buffer} minutes).",
)
say("conflict.max_hours", "Would work {hours} hours within 24 hours; the limit is {limit}.")
say(
    "conflict.rest_after",
    "Only {minutes} minutes of rest after “{project}” {starts:weekday} {starts:date} "
    "{starts:time}–{ends:time}; at least {required} minutes required.",
)
say(
    "conflict.rest_before",
    "Only {minutes} minutes of rest before “{project}” {starts:weekday} {starts:date} "
    "{starts:time}–{ends:time}; at least {required} minutes required.",
)
say(
    "conflict.consecutive",
    "Would be {run} demanding shifts in a row (less than a day apart); the limit is {limit}.",
)
say("day.mon", "Monday")
say("day.tue", "Tuesday")
say("day.wed", "Wednesday")
say("day.thu", "Thursday")
say("day.fri", "Friday")
say("day.sat", "Saturday")
say("day.sun", "Sunday")

# Cover finder: why a volunteer fits a shift (or not).
say("fit.cancelled", "Cancelled their sign-up for this shift.")
say("fit.profession", "Is a {profession}.")
say("fit.profession_until", "Is a {profession}, licence valid until {until:date}.")
say("fit.skill", "Has the skill {skill}.")
say("fit.available", "Available at that time.")
say("fit.not_available", "Not in their availability windows.")
say("fit.no_overlap", "No other shift at that time.")
say("fit.interest", "Interested in {cause}.")
say("fit.recent_hours", "{hours} hours in the last {days} days.")
