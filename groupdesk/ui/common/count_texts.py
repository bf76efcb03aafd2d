"""Texts with a count, for code that is not a widget's method.

lupdate reads the singular and plural forms (``%n``) only from ``self.tr`` calls, not from
``QCoreApplication.translate``; these methods give such code a ``self.tr`` to call.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject

from groupdesk.ui.common import labels
from groupdesk.ui.common.fill import fill


class CountTexts(QObject):
    def open_actions(self, n: int) -> str:
        return self.tr("%n mitigation actions are still open.", "", n)

    def sign_ups(self, n: int) -> str:
        return self.tr("%n sign-ups", "", n)

    def delete_members(self, n: int) -> str:
        return labels.counted(self.tr("Delete %n Members", "", n), n)

    def restore_members(self, n: int) -> str:
        return labels.counted(self.tr("Restore %n Members", "", n), n)

    def new_shift_series(self, n: int) -> str:
        return labels.counted(self.tr("New series of %n shifts", "", n), n)

    def hours(self, value: float) -> str:
        """Hours as "1 hour", "3 hours", "1.5 hours": %n counts whole numbers only; a fraction of
        an hour reads as plural in English (Indonesian has one form)."""
        if float(value).is_integer():
            return labels.counted(self.tr("%n hours", "", int(value)), int(value))
        decimals = 1 if round(value, 1) == round(value, 2) else 2
        return fill(self.tr("%1 hours"), labels.decimal_text(value, decimals))

    def expired_days_ago(self, n: int) -> str:
        return self.tr("Expired %n days ago", "", n)

    def expires_in_days(self, n: int) -> str:
        return self.tr("Expires in %n days", "", n)


@cache
def count_texts() -> CountTexts:
    return CountTexts()
