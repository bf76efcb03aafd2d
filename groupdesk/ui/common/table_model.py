"""What the window's Qt models share: the index type Qt hands to a model's methods."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

# Qt calls a model's methods with either kind of index (views keep persistent ones).
AnyIndex = QModelIndex | QPersistentModelIndex
