"""What the ``groupdesk`` command line says around a command: failures and usage errors.

The "groupdesk: error: " prefix stays the same in every language: scripts look for it."""

from groupdesk.core.messages.registry import texts

say = texts("cli")

say("cli.error", "groupdesk: error: {detail}")
say("cli.usage_error", "groupdesk: error: {detail} (see 'groupdesk --help')")
say("cli.interrupted", "interrupted")
say("cli.unexpected", "GroupDesk met a problem it did not expect ({detail})")
say(
    "cli.unexpected_logged",
    "GroupDesk met a problem it did not expect ({detail}); the details are in {log_file}",
)
say("cli.bad_language", "unknown language '{value}' for --lang (choose id or en)")
say.plural(
    "import.rejected",
    "groupdesk: {count} row rejected, nothing was imported (use --errors REPORT.xlsx)",
    "groupdesk: {count} rows rejected, nothing was imported (use --errors REPORT.xlsx)",
)
say.plural(
    "import.rejected_see",
    "groupdesk: {count} row rejected, nothing was imported (see {report})",
    "groupdesk: {count} rows rejected, nothing was imported (see {report})",
)
say("check.clean", "{path}: no problems found (integrity and foreign keys)")
say.plural("check.found", "{path}: {count} problem found", "{path}: {count} problems found")
say("backup.progress", "Backing up…")
say("restore.progress", "Restoring…")
say.plural(
    "backup.done",
    "Backed up {path} to {dest} ({count} member, {size}, {seconds} s)",
    "Backed up {path} to {dest} ({count} members, {size}, {seconds} s)",
)
say.plural(
    "restore.done",
    "Restored {path} from {backup} ({count} member).",
    "Restored {path} from {backup} ({count} members).",
)
say("restore.kept_damaged", "The damaged file was kept as {path}")
say("restore.kept_previous", "The previous content is saved in {path}")
say("export.empty", "{reason}; nothing was written")
say("export.not_written", "{path} could not be written: {detail}")
say.plural(
    "export.done_rows",
    "Exported {title}: {count} row to {path} ({seconds} s)",
    "Exported {title}: {count} rows to {path} ({seconds} s)",
)
say.plural(
    "export.done_events",
    "Exported {title}: {count} event to {path} ({seconds} s)",
    "Exported {title}: {count} events to {path} ({seconds} s)",
)
say.plural(
    "export.cut_cells",
    "note: {count} cell held more than the {limit} characters an Excel cell can hold and was "
    "cut; export as .csv to keep it whole",
    "note: {count} cells held more than the {limit} characters an Excel cell can hold and were "
    "cut; export as .csv to keep them whole",
)
say("import.dry_run", "{summary} (dry run: nothing written)")
say("import.not_written", "{summary} (nothing written)")
say("import.note", "; note: {note}")
say("import.interrupted_nothing", "interrupted; nothing was imported")
say(
    "import.interrupted_saved",
    "interrupted after the import was saved ({added} added, {updated} updated; import {batch}, "
    "which can be undone)",
)
say("demo.done", "Demo data in {where}: {summary} ({seconds} s)")
say(
    "demo.summary",
    "{members}, {projects}, {shifts}, {signups}, {challenges}",
    comment="The parts are counted: '300 members', '8 projects', ...",
)
say.plural("demo.count.members", "{count} member", "{count} members")
say.plural("demo.count.projects", "{count} project", "{count} projects")
say.plural("demo.count.shifts", "{count} shift", "{count} shifts")
say.plural("demo.count.signups", "{count} sign-up", "{count} sign-ups")
say.plural("demo.count.challenges", "{count} challenge", "{count} challenges")
say("export.calendar_only", "{option} applies to calendar (.ics) exports only")
say(
    "cli.server_database",
    "{command} works on GroupDesk database files; a database on a server is backed up and "
    "checked with the server's own tools",
)
say("backup.target_exists", "{target} already exists; name a new file or a folder")
say("demo.not_whole_number", "not a whole number: '{text}'")
say("demo.at_least_one", "must be at least 1: {value}")
say("export.shift_not_number", "--shift takes a shift number, not '{value}'")
say("export.no_such_shift", "no shift with id {shift}")
say("import.mapping_missing", "--mapping: there is no saved template or JSON file '{spec}'")
say("import.mapping_not_object", "--mapping: {spec} is not a JSON object of header -> field")
say("import.mapping_repeated", "--mapping: each field can come from one column only: {fields}")
say(
    "import.mapping_other_kind",
    "--mapping: the template '{spec}' is for {template_kind}, not {kind}",
)
say("import.errors_refused", "--errors: {reason}")
say("import.report_not_written", "the error report could not be written to {path}: {detail}")
say(
    "import.report_not_written_after",
    "the valid rows were imported, but the error report could not be written to {path}: {detail}",
)
say("files.no_such_file", "no such file")
say("files.unreachable", "cannot be reached ({detail})")
say("files.is_folder", "this is a folder, not a file")
say("files.is_pipe", "this is a named pipe (FIFO), not a file")
say("files.is_socket", "this is a socket, not a file")
say("files.is_device", "this is a device, not a file")
say("files.not_regular", "this is not a regular file")
say("files.located", "{path}: {reason}")
say(
    "desktop_entry.linux_only",
    "install-desktop-entry is for Linux desktops; on Windows and macOS use GroupDesk's installer",
)
