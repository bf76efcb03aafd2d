"""Saved column mappings: a file with the same headers as last month finds its mapping again.

A template stores header text -> field (not column positions), keyed by the header
signature, so the same export with its columns in another order still matches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.core.database import Database
from groupdesk.core.models import ImportTemplate
from groupdesk.core.spreadsheet.mapping import header_signature, normalise_header


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    kind: str
    signature: str
    fields: dict[str, str]  # normalised header -> field

    def mapping_for(self, headers: list[str]) -> dict[int, str]:
        """Column index -> field for ``headers``; headers the template does not know stay
        unmapped."""
        out: dict[int, str] = {}
        for column, header in enumerate(headers):
            field = self.fields.get(normalise_header(header))
            if field and field not in out.values():
                out[column] = field
        return out


def _template(row: ImportTemplate) -> Template:
    return Template(row.id, row.name, row.kind, row.header_signature, json.loads(row.mapping))


def save_template(
    db: Database, name: str, kind: str, headers: list[str], mapping: dict[int, str]
) -> Template:
    """Save (or replace, by name) the mapping of ``headers`` for ``kind``."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a template needs a name")
    fields = {
        normalise_header(headers[column]): field
        for column, field in mapping.items()
        if 0 <= column < len(headers)
    }
    with db.transaction() as s:
        row = s.scalar(select(ImportTemplate).where(ImportTemplate.name == name))
        if row is None:
            row = ImportTemplate(name=name)
            s.add(row)
        row.kind = kind
        row.header_signature = header_signature(headers)
        row.mapping = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        s.flush()
        return _template(row)


def find_templates(db: Database, kind: str, headers: list[str]) -> list[Template]:
    """Templates of ``kind`` saved for files with exactly these headers, newest first."""
    with db.session() as s:
        rows = s.scalars(
            select(ImportTemplate)
            .where(
                ImportTemplate.kind == kind,
                ImportTemplate.header_signature == header_signature(headers),
            )
            .order_by(ImportTemplate.updated_at.desc(), ImportTemplate.id.desc())
        )
        return [_template(row) for row in rows]


def get_template(db: Database, name: str) -> Template | None:
    with db.session() as s:
        row = s.scalar(select(ImportTemplate).where(ImportTemplate.name == name))
        return _template(row) if row else None


def list_templates(db: Database, kind: str | None = None) -> list[Template]:
    with db.session() as s:
        query = select(ImportTemplate).order_by(ImportTemplate.name)
        if kind:
            query = query.where(ImportTemplate.kind == kind)
        return [_template(row) for row in s.scalars(query)]
