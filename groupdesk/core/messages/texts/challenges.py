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
say("challenges.challenge_needs_title", "A challenge needs a title.")
say("challenges.title_longer_than_200", "The title is longer than 200 characters.")
say(
    "challenges.mitigation_start_before_challenge",
    "Mitigation cannot start before the challenge was raised.",
)
say(
    "challenges.challenge_resolved_before_was",
    "A challenge cannot be resolved before it was raised.",
)
say(
    "challenges.challenge_resolved_before_mitigation",
    "A challenge cannot be resolved before its mitigation started.",
)
say("challenges.describe_action_take", "Describe the action to take.")
say("challenges.no_such_member", "No such member.")
say("challenges.due_date_before_challenge", "The due date is before the challenge was raised.")
say("challenges.due_date_plausible", "That due date is not plausible.")
say(
    "challenges.action_done_before_challenge",
    "An action cannot be done before the challenge was raised.",
)
say("challenges.category_needs_name", "A category needs a name.")
say("challenges.entry_no_longer_exists", "That entry no longer exists.")
say("challenges.challenge_already_there", "That challenge is already there.")
say("challenges.challenge_action_was_deleted", "The challenge of this action was deleted.")
say("challenges.action_already_there", "That action is already there.")
say("challenges.unknown_status", "Unknown status “{value}”.")
say("challenges.unknown_severity", "Unknown severity “{value}”.")
say("challenges.unknown_group", "Unknown group “{value}”.")
say("challenges.category_exists", "There is already a category called “{name}”.")
say.plural(
    "challenges.category_in_use",
    "“{name}” is used by {count} challenge; move it to another category first.",
    "“{name}” is used by {count} challenges; move them to another category first.",
)
