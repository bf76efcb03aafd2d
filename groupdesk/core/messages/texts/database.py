"""Texts of opening, checking, backing up and restoring a database: why it could not be done."""

from groupdesk.core.messages.registry import texts

say = texts("database")

say("database.located", "{location}: {reason}")
# Addresses and servers.
say("database.not_address", "not a database address ({detail})")
say(
    "database.unsupported_kind",
    "GroupDesk works with database files and PostgreSQL servers (postgresql://...), not {kind}",
)
say("database.no_driver", "no driver installed for it ({detail})")
say("database.cannot_connect", "cannot connect: {detail}")
# The file itself.
say("database.no_such_file", "no such file")
say("database.read_only", "the file or its folder is read-only")
say(
    "database.network_share",
    "the file is on a network share, where two computers writing at once can damage it; "
    "open it read-only or work on a copy on this computer",
)
say("database.folder_uncreatable", "cannot create its folder ({detail})")
say("database.folder_read_only", "its folder is read-only")
say(
    "database.network_share_new",
    "the folder is on a network share, where SQLite databases can be damaged; "
    "create it on this computer",
)
say("database.created_meanwhile", "another program created it at the same moment")
say("database.unreadable", "the database cannot be read ({detail})")
say("database.damaged", "the database is damaged ({detail})")
say("database.damaged_or_short", "the database is damaged or cut short ({detail})")
say("database.header_unreadable", "the database is damaged (its header cannot be read)")
say("database.foreign_sqlite", "an SQLite database, but not one of GroupDesk's")
say("database.too_new", "made by a newer GroupDesk; update GroupDesk to open it")
say(
    "database.upgrade_failed_backup",
    "upgrade failed and was rolled back ({detail}); a backup is in {folder}",
)
say("database.upgrade_failed", "upgrade failed and was rolled back ({detail})")
say("database.empty_file", "the file is empty (0 bytes); it holds no database")
say("database.permission", "permission denied: the file cannot be read")
say("database.os_unreadable", "cannot be read ({detail})")
say("database.is_folder", "is a folder, not a database file")
say("database.not_regular", "is not a regular file (a pipe or a device), not a database")
say("database.first_page_short", "the file is cut short (its first page is incomplete)")
say("database.not_sqlite_or_short", "not an SQLite file, or one cut short")
say("database.not_sqlite", "not a GroupDesk database (not an SQLite file)")
say(
    "database.cut_short",
    "the file is cut short: {actual} of {expected} bytes (an unfinished copy?)",
)
# The writer's lock.
say("database.lock_uncreatable", "cannot create its lock file")
say("database.lock_uncreatable_detail", "cannot create its lock file ({detail})")
say("database.lock_unwritable", "cannot write its lock file ({detail})")
say(
    "database.in_use",
    "already open for changes in another GroupDesk window or command; "
    "it can be opened read-only meanwhile",
)
say(
    "database.in_use_by",
    "already open for changes in another GroupDesk window or command (process {process} on "
    "{host}); it can be opened read-only meanwhile",
)
say(
    "database.in_use_here",
    "already open for changes in another GroupDesk window or command (process {process} on this "
    "computer); it can be opened read-only meanwhile",
)
# Backups and restoring.
say("database.daily_backup_failed", "today's automatic backup failed: {detail}")
say(
    "backup.folder_uncreatable",
    "no backup can be written there: the folder cannot be created ({detail})",
)
say("backup.folder_read_only", "no backup can be written there: the folder is read-only")
say("backup.unreadable", "the backup cannot be read ({detail})")
say("backup.damaged", "the backup is damaged ({detail})")
say("backup.foreign", "not a GroupDesk database")
say("backup.too_new", "made by a newer GroupDesk; update GroupDesk to restore it")
say("backup.is_database", "this is the database itself, not a backup of it")
say("backup.target_read_only", "the file or its folder is read-only; nothing was restored")
say("backup.restored_damaged", "the restored database is damaged ({detail})")
# What a check of a database file found.
say("check.integrity", "integrity: {detail}")
say("check.foreign_key", "foreign key: {table} row {row} refers to a missing {parent} row")
say("check.no_tables", "not a GroupDesk database: an SQLite file with no tables")
say(
    "check.foreign",
    "not a GroupDesk database: another program's SQLite database (tables: {tables})",
)
say(
    "check.too_new",
    "a database from a newer GroupDesk (schema {revision}); update GroupDesk to check or open it",
)
say(
    "check.half_made",
    "a half-made GroupDesk database: its reference data (organisation settings, professions, "
    "skills, cause areas) is missing; opening it for changes completes it",
)
