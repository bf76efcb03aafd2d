"""Texts of members: refusals of the member register, merging, personal data and the
organisation's own member fields."""

from groupdesk.core.messages.registry import texts

say = texts("members")

say("member.not_found", "This member no longer exists; someone may have deleted them.")
say("member.no_such_name", "No member is called or numbered “{text}”. Pick one from the list.")
say("member.joins_before_birth", "A member cannot join before they were born.")
say("member.profession_twice", "A profession is listed twice.")
say("member.unknown_weekday", "Unknown weekday.")
say("member.window_backwards", "An availability window must end after it starts.")
say("member.number_taken", "Member number {number} is already in use.")
say("member.not_editable_here", "This field cannot be edited here.")
say("member.already_anonymised", "{name} was anonymised on {when:date}.")
say("merge.same_member", "A member cannot be merged with themselves.")
say("merge.member_gone", "One of the two members no longer exists.")
say("merge.in_trash", "{name} is in the trash; restore them first.")
say("merge.anonymised", "{name} has been anonymised and cannot be merged.")
say("merge.member_deleted", "A merged member was deleted for good; the merge stays.")
say("merge.joins_before_birth", "With these choices the member joins before birth.")
say("custom_field.choose_one", "{label}: choose one of {choices:list}.")
say("custom_field.expected_number", "{label}: expected a number.")
say("custom_field.expected_date", "{label}: expected a date.")
say("custom_field.expected_bool", "{label}: expected yes or no.")
say("custom_field.expected_text", "{label}: expected a text.")
say("custom_field.needs_name", "A field needs a name.")
say("custom_field.unknown_type", "Unknown field type: {kind}")
say("custom_field.needs_choice", "A choice list needs at least one choice.")
say("custom_field.name_taken", "There is already a field called {label}.")
