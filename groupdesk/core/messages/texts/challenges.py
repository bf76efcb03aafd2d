"""Texts of challenges: refusals of the challenge service and its import."""

from groupdesk.core.messages.registry import texts

say = texts("challenges")

say.plural(
    "challenge.open_actions",
    "{count} mitigation action is still open; mark it done first or resolve anyway.",
    "{count} mitigation actions are still open; mark them done first or resolve anyway.",
)
say(
    "challenge.unknown_member",
    "No member is called or numbered “{text}”. Pick one from the list.",
)
say(
    "challenge.not_found", "This challenge or action no longer exists; someone may have deleted it."
)
say("challenge.unknown_status", "Unknown status “{status}”.")
say("challenge.unknown_severity", "Unknown severity “{severity}”.")
say("challenge.unknown_group", "Unknown group “{group}”.")
say("challenge.already_there", "That challenge is already there.")
say("challenge.action_challenge_gone", "The challenge of this action was deleted.")
say("challenge.action_already_there", "That action is already there.")
say.plural(
    "challenge.category_in_use",
    "“{name}” is used by {count} challenge; move it to another category first.",
    "“{name}” is used by {count} challenges; move them to another category first.",
)
say("challenge.needs_title", "A challenge needs a title.")
say("challenge.title_too_long", "The title is longer than {max} characters.")
say(
    "challenge.mitigation_before_raised", "Mitigation cannot start before the challenge was raised."
)
say("challenge.resolved_before_raised", "A challenge cannot be resolved before it was raised.")
say(
    "challenge.resolved_before_mitigation",
    "A challenge cannot be resolved before its mitigation started.",
)
say("challenge.entry_gone", "That entry no longer exists.")
say("challenge.action_needs_text", "Describe the action to take.")
say("challenge.owner_gone", "No such member.")
say("challenge.due_before_raised", "The due date is before the challenge was raised.")
say("challenge.due_implausible", "That due date is not plausible.")
say("challenge.done_before_raised", "An action cannot be done before the challenge was raised.")
say("challenge.category_needs_name", "A category needs a name.")
say("challenge.category_name_taken", "There is already a category called “{name}”.")
