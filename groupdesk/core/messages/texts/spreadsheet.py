"""Texts of reading a spreadsheet: why a file cannot be imported, and what to do about it."""

from groupdesk.core.messages.registry import texts

say = texts("spreadsheet")

say("spreadsheet.unreadable", "the file cannot be read")
say("spreadsheet.cannot_open", "the file cannot be opened: {detail}")
say("spreadsheet.cannot_read", "the file cannot be read: {detail}")
say("spreadsheet.too_large_here", "the workbook is too large to read on this computer")
say(
    "spreadsheet.encrypted",
    "the workbook is password-protected: open it in Excel, remove the password, save, try again",
)
# What the file is instead.
say("spreadsheet.is_database", "this is the open GroupDesk database, not a spreadsheet")
say("spreadsheet.is_pipe", "this is a named pipe (FIFO), not a file")
say("spreadsheet.is_device", "this is a device or a socket, not a file")
say("spreadsheet.is_folder", "this is a folder, not a file")
say("spreadsheet.is_pdf", "this is a PDF document, not a spreadsheet")
say("spreadsheet.is_png", "this is a PNG picture, not a spreadsheet")
say("spreadsheet.is_jpeg", "this is a JPEG picture, not a spreadsheet")
say("spreadsheet.is_gif", "this is a GIF picture, not a spreadsheet")
say("spreadsheet.is_rar", "this is a RAR archive, not a spreadsheet")
say("spreadsheet.is_7zip", "this is a 7-Zip archive, not a spreadsheet")
say("spreadsheet.is_gzip", "this is a gzip archive, not a spreadsheet")
say(
    "spreadsheet.is_opendocument_other",
    "this is an OpenDocument file but not a spreadsheet (maybe a text document or a presentation)",
)
say("spreadsheet.is_word", "this is a Word document, not a spreadsheet")
say("spreadsheet.is_powerpoint", "this is a PowerPoint presentation, not a spreadsheet")
say("spreadsheet.is_zip", "this is a zip archive of other files, not a spreadsheet")
say("spreadsheet.is_old_word", "this is an old Word document (.doc), not a spreadsheet")
say("spreadsheet.is_old_powerpoint", "this is an old PowerPoint file (.ppt), not a spreadsheet")
say("spreadsheet.is_office_container", "this is an Office container file without a workbook inside")
say("spreadsheet.is_binary", "this is a binary file of an unknown kind, not a spreadsheet")
say(
    "spreadsheet.is_excel_2003_xml",
    "this is an old Excel 2003 XML file: open it in Excel, save it as .xlsx, try again",
)
say(
    "spreadsheet.is_web_page",
    "this is a web page saved under a spreadsheet name: open it in Excel, save it as .xlsx, "
    "try again",
)
say("spreadsheet.is_xml", "this is an XML document, not a spreadsheet")
# Empty or damaged.
say("spreadsheet.empty_file", "the file is empty (0 bytes)")
say("spreadsheet.no_text", "the file holds no text")
say("spreadsheet.no_sheets", "the workbook contains no sheets")
say("spreadsheet.only_charts", "the workbook has no sheet with a table (only charts)")
say("spreadsheet.empty_sheet", "the sheet is empty")
say("spreadsheet.no_rows", "the sheet has a header but no rows")
say(
    "spreadsheet.no_header",
    "no row of column names was found: the first row of the table should name the columns",
)
say(
    "spreadsheet.damaged_zip",
    "the file is a damaged zip package (perhaps cut off while downloading or copying)",
)
say.plural(
    "spreadsheet.no_workbook_inside",
    "the file is named like a spreadsheet but holds no workbook (the zip package has "
    "{count} part, none of them a workbook)",
    "the file is named like a spreadsheet but holds no workbook (the zip package has "
    "{count} parts, none of them a workbook)",
)
say("spreadsheet.damaged_old_office", "the old-style Office file is damaged ({detail})")
say(
    "spreadsheet.sheet_list_empty",
    "the workbook is damaged: it contains sheet data but its list of sheets is empty",
)
say("spreadsheet.part_missing", "the workbook is damaged: the part '{part}' is missing")
say(
    "spreadsheet.sheet_data_missing",
    "the workbook is damaged: the sheet '{sheet}' is listed but its data is missing",
)
say("spreadsheet.zip_unreadable", "the workbook is damaged: its zip package cannot be read")
say("spreadsheet.bad_xml", "the workbook is damaged: some of its content is not valid XML")
say("spreadsheet.could_not_read", "the workbook could not be read ({detail})")
say(
    "spreadsheet.broken_characters", "the text file has broken characters (its encoding is damaged)"
)
say("spreadsheet.malformed_csv", "the CSV file is malformed near line {line}: {detail}")
say(
    "spreadsheet.reader_crashed",
    "the spreadsheet reader crashed on this file (it is probably damaged); nothing was changed",
)
# Sheets asked for.
say("spreadsheet.sheet_is_chart", "the sheet '{sheet}' is a chart, not a table")
say("spreadsheet.no_such_sheet", "there is no sheet named '{sheet}' (the workbook has {names})")
say("spreadsheet.csv_one_sheet", "a CSV file has a single sheet; there is no sheet '{sheet}'")
# Refused for safety.
say("spreadsheet.too_large", "the file is too large to import ({size} MB)")
say(
    "spreadsheet.huge_sheet",
    "the sheet '{sheet}' would be {rows} rows by {columns} columns (a cell at {cell}), far "
    "more than any table; the file is damaged or built to crash programs, so it was refused "
    "for safety",
)
say(
    "spreadsheet.huge_sheet_repeated",
    "the sheet '{sheet}' would be {rows} rows by {columns} columns (repeated rows and cells), "
    "far more than any table; the file is damaged or built to crash programs, so it was "
    "refused for safety",
)
say(
    "spreadsheet.too_much_memory",
    "reading this file needs more than {gigabytes} GB of memory; the file is damaged or built "
    "to crash programs, so it was refused for safety",
)
say(
    "spreadsheet.too_many_parts",
    "the file holds {count} parts, far more than any spreadsheet; refused for safety",
)
say(
    "spreadsheet.unpacks_too_large",
    "the file would unpack to more than 1 GB; it is too large or built to crash programs, "
    "refused for safety",
)
say(
    "spreadsheet.zip_bomb",
    "the part '{part}' is compressed {ratio} times, the sign of a zip bomb; refused for safety",
)
say(
    "spreadsheet.xml_entities",
    "the part '{part}' declares XML entities, a known way to crash programs; refused for safety",
)
say(
    "spreadsheet.long_preamble",
    "the part '{part}' has an unusually long preamble; refused for safety",
)
say(
    "spreadsheet.no_safe_parser",
    "the safe XML parser is not available, so this workbook cannot be read safely",
)
say(
    "spreadsheet.took_too_long",
    "reading the file took longer than {seconds} seconds and was stopped",
)
say("spreadsheet.cancelled", "reading the file was cancelled")
