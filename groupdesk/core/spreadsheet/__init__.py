"""Reading spreadsheets (xlsx, xls, ods, csv) into plain Python values for the importer.

Pure Python, no Qt: the GUI and the CLI both call ``open_workbook``/``read_sheet`` and turn a
``SpreadsheetError`` into a message using its ``reason``.
"""
