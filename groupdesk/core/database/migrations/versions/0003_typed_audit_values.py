"""audit values as typed JSON, and every audit row names who made the change

Earlier versions wrote old and new values as text ("yes" for a ticked box, "5" for five,
"2026-01-31 08:00:00" for a time) and left the user empty on most rows. The values become
JSON: a field the database knows as a boolean, a number or a time is converted to that type
where its text says so unambiguously, lists written as lists become lists again, an
import's own record (already JSON) is kept as it is, and anything else stays the text it
was. Rows without a user say "unknown": nobody can tell now who made them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 17:00:00
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UNKNOWN_USER = "unknown"
CHUNK = 5000

# The tables whose columns audit rows of each entity name.
ENTITY_TABLES = {
    "member": "members",
    "profession": "professions",
    "project": "volunteer_projects",
    "shift": "shifts",
    "assignment": "assignments",
    "challenge": "challenges",
    "mitigation_action": "mitigation_actions",
    "organisation": "organisation_settings",
}
# Values the old writers wrote as a list's text: "[1, 2]" (projects) or "a, b" (sign-ups).
JSON_LISTS = {("project", "professions"), ("project", "skills")}
COMMA_LISTS = {("assignment", "overridden_rules")}
TRUE_TEXT, FALSE_TEXT = {"yes", "true", "1"}, {"no", "false", "0"}

_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("entity", sa.String),
    sa.column("action", sa.String),
    sa.column("field", sa.String),
    sa.column("old_value", sa.Text),
    sa.column("new_value", sa.Text),
    sa.column("changed_by", sa.String),
)


def _kinds(bind: sa.Connection) -> dict[tuple[str, str], str]:
    """(entity, field) -> "bool", "int", "float" or "datetime", from the tables themselves."""
    inspector = sa.inspect(bind)
    kinds: dict[tuple[str, str], str] = {}
    for entity, table in ENTITY_TABLES.items():
        if not inspector.has_table(table):
            continue
        for column in inspector.get_columns(table):
            kind = column["type"]
            if isinstance(kind, sa.Boolean):
                kinds[entity, column["name"]] = "bool"
            elif isinstance(kind, sa.Integer):
                kinds[entity, column["name"]] = "int"
            elif isinstance(kind, sa.Float | sa.Numeric):
                kinds[entity, column["name"]] = "float"
            elif isinstance(kind, sa.DateTime):
                kinds[entity, column["name"]] = "datetime"
    return kinds


def _typed(text: str, kind: str | None) -> Any:
    """The value ``text`` stood for, when the field's type says what it was."""
    if kind == "bool":
        folded = text.strip().lower()
        if folded in TRUE_TEXT:
            return True
        if folded in FALSE_TEXT:
            return False
    elif kind in ("int", "float"):
        try:
            number = float(text)
        except ValueError:
            return text
        if kind == "int" and number.is_integer():
            return int(number)
        if kind == "float":
            return number
    elif kind == "datetime":
        try:
            return dt.datetime.fromisoformat(text.strip()).isoformat()
        except ValueError:
            return text
    return text


def _value(row: Any, text: str | None, kinds: dict[tuple[str, str], str]) -> str | None:
    if text is None:
        return None
    key = (row.entity, row.field)
    value: Any = text
    if row.entity == "import" and row.action == "import":
        try:
            value = json.loads(text)  # the import's record was JSON already
        except ValueError:
            value = text
    elif key in JSON_LISTS:
        try:
            value = json.loads(text)
        except ValueError:
            value = text
    elif key in COMMA_LISTS:
        value = [part.strip() for part in text.split(",") if part.strip()]
    else:
        value = _typed(text, kinds.get(key))
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    bind = op.get_bind()
    kinds = _kinds(bind)
    change = (
        sa.update(_log)
        .where(_log.c.id == sa.bindparam("row_id"))
        .values(
            old_value=sa.bindparam("old"),
            new_value=sa.bindparam("new"),
            changed_by=sa.bindparam("by"),
        )
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(_log).where(_log.c.id > last).order_by(_log.c.id).limit(CHUNK)
        ).all()
        if not rows:
            break
        bind.execute(
            change,
            [
                {
                    "row_id": row.id,
                    "old": _value(row, row.old_value, kinds),
                    "new": _value(row, row.new_value, kinds),
                    "by": (row.changed_by or "").strip() or UNKNOWN_USER,
                }
                for row in rows
            ],
        )
        last = rows[-1].id
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("changed_by", existing_type=sa.String(length=120), nullable=False)
        batch_op.create_check_constraint(op.f("ck_audit_log_changed_by"), "changed_by <> ''")


def _text(value: str | None) -> str | None:
    """A JSON value as the text earlier versions wrote."""
    if value is None:
        return None
    decoded = json.loads(value)
    if isinstance(decoded, bool):
        return "yes" if decoded else "no"
    if isinstance(decoded, str):
        return decoded
    if decoded is None:
        return None
    return json.dumps(decoded, ensure_ascii=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_audit_log_changed_by"), type_="check")
        batch_op.alter_column("changed_by", existing_type=sa.String(length=120), nullable=True)
    bind = op.get_bind()
    rows = bind.execute(sa.select(_log.c.id, _log.c.old_value, _log.c.new_value)).all()
    if rows:
        bind.execute(
            sa.update(_log)
            .where(_log.c.id == sa.bindparam("row_id"))
            .values(old_value=sa.bindparam("old"), new_value=sa.bindparam("new")),
            [
                {"row_id": r.id, "old": _text(r.old_value), "new": _text(r.new_value)}
                for r in rows
            ],
        )
