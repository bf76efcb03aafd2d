"""Faults the robot finds that belong to work in progress elsewhere: TEMPORARY.

Each entry is a regular expression matched against a fault's full text (where the robot was,
then what went wrong) and the item of the issue that will fix it. A fault that matches is
reported as "known" and does not fail the run; every other fault does. Empty this list as
those fixes land: the run prints every known fault it still meets, so an entry whose fault no
longer shows up can go.
"""

from __future__ import annotations

# (pattern, who fixes it: the area of the issue "Every action a user can take works")
KNOWN_FAULTS: list[tuple[str, str]] = [
    (
        # Challenges > New…, Edit…, Add action…, double-click a challenge: the dialog does not
        # open (the form's layout attribute was renamed, one use was missed).
        r"AttributeError: '_FieldForm' object has no attribute 'layout'",
        "challenge dialog (challenges)",
    ),
    (
        # Projects > New shift… or Copy week…, OK, then Undo and Redo: the shift comes back
        # with a new calendar UID, so a calendar that had it shows it twice.
        r"Redo did not repeat the change \(shifts: ",
        "shift undo/redo (schedule)",
    ),
    (
        # Members: edit a member (untick consent), Delete them, then Edit > Undo twice: the
        # member is back but the edit stays; the edit's Undo does nothing, without a word.
        r"edit, delete, undo both > Edit > Undo x2 \[\w+\]: Undo did not bring the data back",
        "member edit undo after delete (members)",
    ),
]
