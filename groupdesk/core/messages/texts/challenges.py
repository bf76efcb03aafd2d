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
