"""The association's own member fields: defining them, and typing the values people enter."""

from __future__ import annotations

import builtins
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.models import AuditAction, CustomField, CustomFieldType, CustomFieldValue
from groupdesk.core.text_keys import fold
from groupdesk.core.validation import ValidationError

ENTITY = "custom_field"
TRUE_WORDS = {"1", "y", "yes", "ya", "true", "benar", "x", "v"}
FALSE_WORDS = {"0", "n", "no", "tidak", "false", "salah", "t"}


@dataclass(frozen=True)
class CustomFieldDef:
    id: int
    key: str
    label: str
    field_type: str
    choices: tuple[str, ...]
    position: int


def _definition(f: CustomField) -> CustomFieldDef:
    choices = tuple(c.strip() for c in (f.choices or "").splitlines() if c.strip())
    return CustomFieldDef(f.id, f.key, f.label, f.field_type, choices, f.position)


def coerce_value(definition: CustomField | CustomFieldDef, value: Any) -> Any:
    """The typed value to store, None for blank, or ValidationError naming the field."""
    where = f"custom:{definition.key}"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = definition.field_type
    try:
        if kind == CustomFieldType.TEXT:
            return str(value).strip()
        if kind == CustomFieldType.NUMBER:
            if isinstance(value, bool):
                raise ValueError
            if isinstance(value, int | float):
                return float(value)
            return float(str(value).strip().replace(",", "."))
        if kind == CustomFieldType.DATE:
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            return dt.date.fromisoformat(str(value).strip())
        if kind == CustomFieldType.BOOL:
            if isinstance(value, bool):
                return value
            word = str(value).strip().lower()
            if word in TRUE_WORDS:
                return True
            if word in FALSE_WORDS:
                return False
            raise ValueError
        if kind == CustomFieldType.CHOICE:
            choices = (
                definition.choices
                if isinstance(definition, CustomFieldDef)
                else _definition(definition).choices
            )
            text = str(value).strip()
            for choice in choices:
                if fold(choice) == fold(text):
                    return choice
            raise ValidationError(
                where, "custom_field.choose_one", label=definition.label, choices=list(choices)
            )
    except ValidationError:
        raise
    except (ValueError, TypeError):
        pass
    codes = {
        "number": "custom_field.expected_number",
        "date": "custom_field.expected_date",
        "bool": "custom_field.expected_bool",
    }
    code = codes.get(str(kind), "custom_field.expected_text")
    raise ValidationError(where, code, label=definition.label)


def value_columns(s: Session, field_id: int, value: Any) -> dict[str, Any]:
    kind = s.scalar(select(CustomField.field_type).where(CustomField.id == field_id))
    column = {
        CustomFieldType.NUMBER.value: "value_number",
        CustomFieldType.DATE.value: "value_date",
        CustomFieldType.BOOL.value: "value_bool",
    }.get(kind or "", "value_text")
    return {column: value}


def stored_value(v: CustomFieldValue) -> Any:
    for name in ("value_bool", "value_date", "value_number", "value_text"):
        value = getattr(v, name)
        if value is not None:
            return value
    return None


class CustomFieldService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[CustomFieldDef]:
        with self._db.session() as s:
            return [
                _definition(f)
                for f in s.scalars(
                    select(CustomField).order_by(CustomField.position, CustomField.id)
                )
            ]

    def create(
        self, label: str, field_type: str, choices: builtins.list[str] | None = None
    ) -> CustomFieldDef:
        label = " ".join((label or "").split())
        if not label:
            raise ValidationError("label", "custom_field.needs_name")
        if field_type not in {t.value for t in CustomFieldType}:
            raise ValidationError("field_type", "custom_field.unknown_type", kind=field_type)
        clean_choices = [c.strip() for c in (choices or []) if c.strip()]
        if field_type == CustomFieldType.CHOICE and not clean_choices:
            raise ValidationError("choices", "custom_field.needs_choice")
        key_base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_") or "field"
        with self._db.transaction() as s:
            if s.scalar(select(func.count()).where(func.lower(CustomField.label) == label.lower())):
                raise ValidationError("label", "custom_field.name_taken", label=label)
            key, n = key_base, 2
            while s.scalar(select(func.count()).where(CustomField.key == key)):
                key, n = f"{key_base}_{n}", n + 1
            position = (s.scalar(select(func.max(CustomField.position))) or 0) + 1
            f = CustomField(
                key=key,
                label=label,
                field_type=field_type,
                choices="\n".join(clean_choices) or None,
                position=position,
            )
            s.add(f)
            s.flush()
            audit.record(
                s,
                ENTITY,
                f.id,
                AuditAction.CREATE,
                {
                    "label": (None, label),
                    "field_type": (None, field_type),
                    "choices": (None, clean_choices or None),
                },
            )
            return _definition(f)

    def rename(self, field_id: int, label: str) -> None:
        label = " ".join((label or "").split())
        if not label:
            raise ValidationError("label", "custom_field.needs_name")
        with self._db.transaction() as s:
            f = s.get(CustomField, field_id)
            if f is not None and f.label != label:
                audit.record(s, ENTITY, f.id, AuditAction.UPDATE, {"label": (f.label, label)})
                f.label = label

    def delete(self, field_id: int) -> None:
        """Remove the field and every value entered for it."""
        with self._db.transaction() as s:
            f = s.get(CustomField, field_id)
            if f is not None:
                audit.record(s, ENTITY, f.id, AuditAction.DELETE, {"label": (f.label, None)})
                s.delete(f)
