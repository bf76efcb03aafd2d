"""Names for the SQLAlchemy result and query types that services pass between functions.

SQLAlchemy types a row or a query by the types of all its columns; where a helper hands a row
around and callers read it by column name, spelling out every column's type would repeat the
query and say nothing more (a row's attributes are untyped either way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from sqlalchemy import Row, Select

AnyRow: TypeAlias = "Row[*tuple[Any, ...]]"
AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"
