"""The command line's help: what each command and option does, in the reader's language."""

from groupdesk.core.messages.registry import texts

say = texts("cli_help")

say(
    "help.main.about",
    "GroupDesk: member rosters, professions, volunteer shifts and challenges for small organisations.",
)
say(
    "help.main.lang",
    "language of everything this command prints (default: the organisation's, else $GROUPDESK_LANG, else the system's)",
)
say("help.backup", "copy the database safely (also while GroupDesk has it open)")
say(
    "help.backup.about",
    "Copy the database with SQLite's online backup API and check the copy. Without DEST the copy goes to the backup folder; DEST may be a folder or a new file name (an existing file is never overwritten). Manual backups are never deleted by the automatic rotation.",
)
say("help.backup.dest", "folder or new file for the copy")
say("help.check", "check the database for damage and broken links (changes nothing)")
say(
    "help.check.about",
    "Run SQLite's integrity check and foreign-key check without changing the file. Prints each problem found and exits with status 1 if there are any.",
)
say("help.demo", "fill an empty database with a demo Indonesian association")
say(
    "help.demo.about",
    "Fill an empty database with a believable demo association. Refuses a database that already holds data.",
)
say("help.demo.members", "number of members (default 300)")
say("help.demo.shifts", "number of shifts (default: one per five members, at least 270)")
say("help.demo.signups", "about this many sign-ups in all (default: shifts filled to capacity)")
say("help.dues", "membership dues: charge a month, close a period, remind who owes")
say(
    "help.dues.about",
    "Work on the dues ledger. 'charge' charges every member due for a month (members who joined during the month are charged from the next month; exempt types, members who left and members in the trash never); running it twice charges nobody twice. 'close' closes a month against further charges and payments. 'remind' prints a reminder letter for every member in arrears (or due soon) and records each one printed as reminded in the member's history.",
)
say("help.dues.charge", "charge a month's dues")
say("help.dues.charge.period", "the month, 2026-12")
say("help.dues.charge.dry_run", "count only, write nothing")
say("help.dues.close", "close a month against further entries")
say("help.export", "export a report as Excel, CSV, calendar or PDF")
say(
    "help.export.about",
    "Export a report. The format follows OUT's extension: .xlsx, .csv, .ics (calendar; schedule only) or .pdf (printable). 'receipts' writes the receipts (kwitansi) of the payments made --from/--to, or of one --payment, as one .pdf.",
)
say("help.export.out", "file to write (.xlsx, .csv, .ics or .pdf)")
say("help.export.project", "only this volunteer project")
say("help.export.from", "from this day (yyyy-mm-dd)")
say("help.export.to", "up to this day, inclusive")
say("help.export.status", "only rows with this status")
say("help.export.shift", "the shift for a sign-in sheet")
say("help.export.member", "one member's shifts (calendar)")
say("help.export.alarm", "calendar: a reminder the day before each shift")
say("help.gui", "open the GroupDesk window (the default)")
say(
    "help.import",
    "import members, projects, shifts, sign-ups, challenges, dues payments or credits (SKP) from a "
    "spreadsheet",
)
say(
    "help.import.about",
    "Import rows from an .xlsx, .xlsm, .xls, .ods or .csv file, all or nothing: when a row is rejected nothing is written (unless --skip-invalid). Columns are mapped from their headers (English or Indonesian) or by a saved template.",
)
say("help.import.file", "the spreadsheet to read")
say("help.import.sheet", "sheet to read (default: the first visible)")
say("help.import.mapping", "a saved mapping template (by name), or a JSON file of header -> field")
say(
    "help.import.on_duplicate",
    "rows that match a stored record: skip them (default), update the record, or add them as new (a payment is never updated: a matched one is skipped)",
)
say("help.import.dry_run", "check and count, write nothing")
say("help.import.skip_invalid", "import the valid rows, reject the others")
say(
    "help.import.errors", "write the rejected rows and reasons here (.xlsx, or .csv for a CSV file)"
)
say("help.install_desktop_entry", "add GroupDesk to your desktop's application menu (Linux)")
say(
    "help.install_desktop_entry.about",
    "Write GroupDesk's menu entry, icon and AppStream description into your data folder ($XDG_DATA_HOME, else ~/.local/share), so that the desktop's menu and software centre show GroupDesk. The entry starts this installation of GroupDesk.",
)
say("help.install_desktop_entry.uninstall", "remove the files this command wrote")
say("help.restore", "replace the database with a backup (the current one is backed up first)")
say(
    "help.restore.about",
    "Replace the database with BACKUP. The backup is checked first; what the database holds now is backed up (or, if damaged, kept as it is) before it is replaced. Refused while GroupDesk has the database open for writing.",
)
say("help.restore.backup", "the backup file to restore")
say(
    "help.main.db",
    "database file or SQLAlchemy URL (default: ${variable}, else a file in your data folder)",
)
say("help.export.report", "one of: {reports}")
say("help.import.kind", "one of {kinds}")
say("help.main.version", "show the version of GroupDesk and exit")
say(
    "help.export.payment",
    "receipts: reprint one payment's receipt (its entry id or number, KW/2026/000001)",
)
say(
    "help.dues.remind",
    "print reminder letters for members in arrears (or due soon) and record them as reminded",
)
say(
    "help.dues.remind.out",
    "the PDF to write, one letter a page; every member printed is recorded as reminded by "
    "letter in their history",
)
say(
    "help.dues.remind.due_within",
    "also members whose dues fall due within N days (default 0: only those in arrears)",
)
