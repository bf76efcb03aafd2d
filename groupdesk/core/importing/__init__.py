"""Importing members, projects, shifts, sign-ups and challenges from spreadsheets.

Pure Python, no Qt. The flow is the same for the wizard and the CLI:

1. ``load_source`` reads the sheet and finds the header row (``plan``);
2. ``prepare`` turns every row into checked values with per-cell errors and warnings,
   matches rows against what the database holds and works out what each row would do
   (``runner``, with one converter module per kind);
3. ``execute`` writes the accepted rows in one transaction, recorded in the audit trail as
   one import batch that ``undo_import`` takes back.
"""

from .plan import KINDS, POLICIES, ImportPlan, SourceTable, load_source
from .rows import RowResult
from .runner import (
    ImportCancelled,
    ImportSummary,
    PreparedImport,
    execute,
    list_batches,
    prepare,
    undo_import,
)

__all__ = [
    "KINDS",
    "POLICIES",
    "ImportCancelled",
    "ImportPlan",
    "ImportSummary",
    "PreparedImport",
    "RowResult",
    "SourceTable",
    "execute",
    "list_batches",
    "load_source",
    "prepare",
    "undo_import",
]
