"""The audit trail: who changed what and when, written in one place for every service.

``record`` writes a change in the caller's transaction; ``who`` says whom it is recorded
for; ``history`` reads a record's changes back.
"""

from groupdesk.core.models.json_value import JsonValue, plain

from .history import HistoryLine, field_label_code, history
from .who import database_user, os_user, who
from .writer import Change, Changes, changes_of, record, record_all

__all__ = [
    "Change",
    "Changes",
    "HistoryLine",
    "JsonValue",
    "changes_of",
    "database_user",
    "field_label_code",
    "history",
    "os_user",
    "plain",
    "record",
    "record_all",
    "who",
]
