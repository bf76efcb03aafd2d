"""The import wizard: file, sheet and header row, column mapping, duplicates, preview, run."""

from .wizard import ImportWizard

__all__ = ["ImportWizard"]
