"""What the importer learns about a workbook before reading any rows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SheetInfo:
    """One tab of a workbook; hidden tabs and chart sheets are listed so the GUI can explain."""

    name: str
    visible: bool = True
    is_worksheet: bool = True


@dataclass(frozen=True)
class WorkbookInfo:
    """The format found by content, the tabs in workbook order and the date system.

    ``date1904`` is True/False when the file says so (xlsx, xls) and None where the idea does
    not apply or cannot be known (ods, csv).
    """

    format: str
    sheets: list[SheetInfo] = field(default_factory=list)
    date1904: bool | None = None

    @property
    def default_sheet(self) -> str | None:
        """The first visible worksheet: what a person sees when opening the file."""
        for sheet in self.sheets:
            if sheet.visible and sheet.is_worksheet:
                return sheet.name
        for sheet in self.sheets:
            if sheet.is_worksheet:
                return sheet.name
        return None
