"""Texts of the organisation: refusals of its settings and scheduling rules, professions,
the demo and the backup service."""

from groupdesk.core.messages.registry import texts

say = texts("organisation")

say("settings.unknown_time_zone", "Not a time zone this computer knows.")
say("settings.unknown_language", "Choose Indonesian or English.")
say("settings.max_hours_range", "Between 0 and {max} hours.")
say("settings.rest_range", "Between 0 and {max} hours of rest.")
say("settings.consecutive_range", "Between 0 (no limit) and {max}.")
say("settings.buffer_range", "Between 0 and {max} minutes.")
say("settings.unknown_rules", "Unknown rule: {rules:list}.")
say("settings.contact_phone_invalid", "Enter a phone number, such as 0812 3456 7890.")
say("settings.unknown_country", "Unknown country code: {country}")
say("profession.not_found", "This profession no longer exists; someone may have deleted it.")
say("profession.needs_name", "A profession needs a name.")
say("profession.name_too_long", "A profession name has at most {max} characters.")
say("profession.name_taken", "There is already a profession called {name}.")
say.plural(
    "profession.in_use",
    "{name} is held by {count} member and used in {other_uses} projects, shifts or challenges.",
    "{name} is held by {count} members and used in {other_uses} projects, shifts or challenges.",
)
say("demo.not_empty", "The database already holds data; the demo needs an empty one.")
say("backup.server_database", "A database on a server is backed up by the server's own tools.")
