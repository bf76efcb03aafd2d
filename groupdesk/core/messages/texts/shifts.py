"""Texts of shifts: refusals of its services."""

from groupdesk.core.messages.registry import texts

say = texts("shifts")

say("shifts.shift_needs_start_time", "A shift needs a start time.")
say("shifts.shift_must_end_after", "The shift must end after it starts.")
say("shifts.shift_longer_than_48", "A shift cannot be longer than 48 hours.")
say("shifts.maximum_must_least_1", "The maximum must be at least 1 volunteer.")
say("shifts.minimum_negative", "The minimum cannot be negative.")
say("shifts.minimum_above_maximum", "The minimum cannot be above the maximum.")
say("shifts.repeat_weekly_daily", "Repeat weekly or daily.")
say("shifts.say_how_many_times", "Say how many times, or until which date.")
say("shifts.last_date_before_first", "The last date is before the first shift.")
say("shifts.choose_project_shift", "Choose a project for the shift.")
say("shifts.choose_different_week_copy", "Choose a different week to copy to.")
say("shifts.repeat_least_once", "Repeat at least once.")
say("shifts.shift_already_cancelled", "This shift is already cancelled.")
say("shifts.project_needs_name", "A project needs a name.")
say("shifts.most_200_characters", "At most 200 characters.")
say("shifts.choose_status", "Choose a status.")
say("shifts.project_end_before_starts", "The project cannot end before it starts.")
say("shifts.project_no_longer_exists", "This project no longer exists.")
say("shifts.another_project_already_has", "Another project already has this name.")
say("shifts.series_too_long", "At most {maximum} shifts in one series.")
say.plural(
    "shifts.places_taken",
    "{count} volunteer already has a place; cancel sign-ups before lowering the maximum below {count}.",
    "{count} volunteers already have a place; cancel sign-ups before lowering the maximum below {count}.",
)
