"""Texts of members: refusals of its services."""

from groupdesk.core.messages.registry import texts

say = texts("members")

say("members.member_join_before_they", "A member cannot join before they were born.")
say("members.profession_listed_twice", "A profession is listed twice.")
say("members.unknown_weekday", "Unknown weekday.")
say("members.availability_window_must_end", "An availability window must end after it starts.")
say("members.choose_indonesian_english", "Choose Indonesian or English.")
say("members.between_0_24_hours", "Between 0 and 24 hours.")
say("members.between_0_48_hours", "Between 0 and 48 hours of rest.")
say("members.between_0_no_limit", "Between 0 (no limit) and 50.")
say("members.between_0_240_minutes", "Between 0 and 240 minutes.")
say("members.enter_phone_number_such", "Enter a phone number, such as 0812 3456 7890.")
say("members.time_zone_computer_knows", "Not a time zone this computer knows.")
say("members.field_needs_name", "A field needs a name.")
say("members.choice_list_needs_least", "A choice list needs at least one choice.")
say("members.these_choices_member_joins", "With these choices the member joins before birth.")
say("members.profession_needs_name", "A profession needs a name.")
say("members.number_in_use", "Member number {number} is already in use.")
say("members.not_editable_here", "{name} cannot be edited here.")
say("rules.unknown", "Unknown rule: {rules:list}.")
say("custom_fields.unknown_type", "Unknown field type: {value}")
say("custom_fields.exists", "There is already a field called {label}.")
say("custom_fields.choose_one", "{label}: choose one of {choices:list}.")
say("custom_fields.expected_number", "{label}: expected a number.")
say("custom_fields.expected_date", "{label}: expected a date.")
say("custom_fields.expected_bool", "{label}: expected yes or no.")
say("custom_fields.expected_text", "{label}: expected text.")
say("organisation.unknown_country", "Unknown country code: {value}")
say("professions.name_too_long", "A profession name has at most {maximum} characters.")
say("professions.exists", "There is already a profession called {name}.")
say("merge.same_member", "A member cannot be merged with themselves.")
say("merge.member_gone", "One of the two members no longer exists.")
say("merge.in_trash", "{name} is in the trash; restore them first.")
say("merge.anonymised", "{name} has been anonymised and cannot be merged.")
say("merge.undo_member_gone", "A merged member was deleted for good; the merge stays.")
say("anonymise.already", "{name} was anonymised on {on:date}.")
say("professions.in_use", "{name} is held by {members} and used in {uses}.")
say.plural(
    "professions.uses",
    "{count} project, shift or challenge",
    "{count} projects, shifts or challenges",
)
say("member.not_found", "This member no longer exists.")
