"""Texts every part of GroupDesk uses: unknown errors, database refusals, yes and no."""

from groupdesk.core.messages.registry import texts

say = texts("common")

say("error.unknown", "Something went wrong.")
say("error.unexpected", "Something went wrong: {detail}")
say("value.yes", "Yes")
say("value.no", "No")
say("write.read_only", "The database cannot be changed: it is read-only ({detail}).")
say("write.disk_full", "The disk is full; nothing was saved ({detail}).")
say("write.locked", "Another program is using the database; nothing was saved ({detail}).")
say("write.refused", "The database refused the change; nothing was saved ({detail}).")
say("backup.failed", "The backup could not be made, so nothing was changed: {detail}")
say("stale.version", "Someone else changed this record after you opened it; reload to see it.")
say(
    "merge.stale",
    "One of the two members was changed after the comparison was made; look again before merging.",
)
say("record.not_found", "The record is no longer there; someone may have deleted it.")
say("stale.changed_elsewhere", "Someone else saved this record at the same moment.")
say.plural("member.count", "{count} member", "{count} members")
