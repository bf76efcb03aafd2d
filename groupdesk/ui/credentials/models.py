"""Tables of a member's credentials and of the members at risk of a licence ending without
enough credits (SKP)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.core.credentials.progress import AtRisk
from groupdesk.core.credentials.register import CredentialRow
from groupdesk.ui.common import labels
from groupdesk.ui.common.table_model import RIGHT, Column, ColumnTableModel


def points_text(value: float | None) -> str:
    """Credits as the window writes numbers ("2,5" in Indonesian)."""
    return "" if value is None else labels.date_locale().toString(float(value), "g", 6)


class CredentialsModel(ColumnTableModel[CredentialRow]):
    def columns(self) -> list[Column[CredentialRow]]:
        return [
            Column(
                "kind", QCoreApplication.translate("Credentials", "Credential"), lambda c: c.kind
            ),
            Column(
                "number", QCoreApplication.translate("Credentials", "Number"), lambda c: c.number
            ),
            Column(
                "issued_on",
                QCoreApplication.translate("Credentials", "Issued on"),
                lambda c: labels.date_text(c.issued_on),
            ),
            Column(
                "valid_until",
                QCoreApplication.translate("Credentials", "Valid until"),
                lambda c: labels.date_text(c.valid_until),
            ),
            Column(
                "issuing_body",
                QCoreApplication.translate("Credentials", "Issued by"),
                lambda c: c.issuing_body or "",
            ),
            Column(
                "renewed",
                QCoreApplication.translate("Credentials", "Renewed"),
                lambda c: QCoreApplication.translate("Credentials", "Renewed") if c.renewed else "",
            ),
        ]


class AtRiskModel(ColumnTableModel[AtRisk]):
    def columns(self) -> list[Column[AtRisk]]:
        return [
            Column(
                "member_number",
                QCoreApplication.translate("Credentials", "No."),
                lambda r: r.member_number,
            ),
            Column(
                "full_name",
                QCoreApplication.translate("Credentials", "Name"),
                lambda r: r.full_name,
            ),
            Column(
                "profession",
                QCoreApplication.translate("Credentials", "Profession"),
                lambda r: r.profession,
            ),
            Column(
                "licence_number",
                QCoreApplication.translate("Credentials", "Licence no."),
                lambda r: r.licence_number or "",
            ),
            Column(
                "valid_until",
                QCoreApplication.translate("Credentials", "Valid until"),
                lambda r: labels.date_text(r.valid_until),
            ),
            Column(
                "earned",
                QCoreApplication.translate("Credentials", "SKP earned"),
                lambda r: points_text(r.earned),
                align=RIGHT,
            ),
            Column(
                "required",
                QCoreApplication.translate("Credentials", "SKP required"),
                lambda r: points_text(r.required),
                align=RIGHT,
            ),
        ]

    def row_id(self, row: AtRisk) -> int:
        return row.member_id


__all__ = ["AtRiskModel", "CredentialsModel", "points_text"]
