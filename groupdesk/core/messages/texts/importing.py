"""Texts of reading spreadsheets and importing them: why a cell or a row is refused or worth
a look (in the wizard's preview, the error report and the command line)."""

from groupdesk.core.messages.registry import texts

say = texts("importing")

# numbers, yes/no
say("number.empty", "the number is empty")
say("number.invalid", "{value} is not a number")
say("number.mixed_separators", "{value} is not a number (mixed separators)")
say("number.misplaced_separators", "{value} is not a number (misplaced separators)")
say("number.not_whole_people", "{value} is not a whole number of people")
say("yes_no.empty", "the yes/no value is empty")
say("yes_no.invalid", "{value} is not yes or no (use Ya/Tidak)")
# dates and times
say("date.empty", "the date is empty")
say("date.invalid", "{value} is not a date")
say("date.not_understood", "{value} is not a date this program understands (use 17/08/2024)")
say("date.not_real", "{value} is not a real date (day {day}, month {month})")
say("date.bad_month", "{value}: {name} is not a month name")
say("date.serial_out_of_range", "{value} is outside the range of spreadsheet dates")
say("date.serial_60", "serial 60 is 29 February 1900, a day that never existed")
say("date.only_year", "{value} is only a year; a full date is needed")
say("ttl.empty", "the place and date of birth are empty")
say("ttl.invalid", "{value} is not 'place, date of birth' (e.g. Bandung, 17 Agustus 1985)")
say("time.not_understood", "{value} is not a time of day (use 08:00)")
say("time.invalid", "{value} is not a time of day")
say("shift.ends_next_day", "ends the next day")
say("hours.negative_lower", "hours cannot be negative")
# phone numbers
say("phone.empty", "the phone number is empty")
say("phone.several", "several numbers were given; only the first ({kept}) was kept")
say(
    "phone.no_leading_zero",
    "the number has no leading 0 (a spreadsheet probably dropped it); read as {read_as}, please check",
)
# rows
say("reasons.spaced", "{reasons:list}")
say("reasons.joined", "{reasons:semicolons}")
say("required.title", "A title is required.")
say("required.project_name", "A project name is required.")
say("required.project", "A project is required.")
say("required.date", "A date is required.")
say("required.time", "A time is required.")
say("import.no_name_column", "no column holds the member's name")
say("licence.needs_profession", "a licence needs a profession in the same row")
say("shift.maximum_at_least", "The maximum must be at least {minimum} and at least the minimum.")
say("new.category", "new category to be added: {names:list}")
say("new.cause_area", "new cause area to be added: {names:list}")
say("new.profession", "new profession to be added: {names:list}")
say("new.skill", "new skill to be added: {names:list}")
say("new.interest", "new interest to be added: {names:list}")
say("member_number.will_be_given", "no member number; {number} will be given")
say("member_number.in_use", "member number {number} is already in use")
say(
    "member_number.in_use_give_another",
    "member number {number} is already in use; give the new member another one",
)
say("member_number.in_trash", "member number {number} belongs to a member in the trash")
say("project.exists", "a project called {name} exists already (names are unique)")
say("signup.already_in_db", "the member is signed up for this shift already")
say("signup.no_such_shift", "the project has no shift at that date and time")
# the same record twice in the file
say("dup.also_on_row", "{what} is also on row {row} of the file")
say("dup.this_record", "this record")
say("dup.member_number", "member number {number}")
say("dup.project", "the project {name}")
say("dup.challenge", "the challenge {title}")
say("dup.shift", "a shift of the same project starting {starts:date_short} {starts:time}")
say("dup.signup", "the same member on the same shift")
# names that name nothing
say("lookup.none.project", "there is no project called {name}")
say(
    "lookup.none.project_import_first",
    "there is no project called {name} (import the projects first)",
)
say("lookup.none.profession", "there is no profession called {name}")
say("lookup.none.skill", "there is no skill called {name}")
say("person.no_number", "no member has the number {number}")
say("person.no_nik", "no member has the NIK {nik}")
say("person.no_name", "no member is called {name}")
say.plural(
    "person.ambiguous",
    "{count} member is called {name}; give the member number",
    "{count} members are called {name}; give the member number",
)
say("person.not_given", "the member is not given (number, email or name)")
# status words
say("word.unknown.member_status", "{value} is not a member status (use one of {choices:list})")
say("word.unknown.project_status", "{value} is not a project status (use one of {choices:list})")
say("word.unknown.shift_status", "{value} is not a shift status (use one of {choices:list})")
say("word.unknown.sign_up_status", "{value} is not a sign-up status (use one of {choices:list})")
say(
    "word.unknown.challenge_status", "{value} is not a challenge status (use one of {choices:list})"
)
say("word.unknown.severity", "{value} is not a severity (use one of {choices:list})")
# the error report and undoing an import
say(
    "error_report.format",
    "the error report is written as .xlsx or .csv; the name ends in “{suffix}”",
)
say(
    "error_report.no_extension",
    "the error report is written as .xlsx or .csv; the name has no extension",
)
say("import_undo.no_such_import", "there is no import {batch}")
say("import_undo.already_undone", "import {batch} was undone already")
say.plural(
    "import_undo.rows_edited",
    "{count} row this import changed was edited since; undo that edit first",
    "{count} rows this import changed were edited since; undo those edits first",
)
say("error_report.sheet", "Rejected rows")
say("error_report.row_in_file", "Row in the original file")
say("error_report.reason", "Reason")
say("error_report.row", "Row")
# the one-line summary of an import
say(
    "import.summary",
    "{added} added, {updated} updated, {skipped} skipped, {rejected} rejected{created}",
)
say("import.summary_created", "; {items:semicolons}")
say("import.summary_new", "new {what}: {names:list}")
say("import.summary_new_professions", "new professions: {names:list}")
say("import.summary_new_skills", "new skills: {names:list}")
say("import.summary_new_interests", "new interests: {names:list}")
say("import.summary_new_categories", "new categories: {names:list}")
