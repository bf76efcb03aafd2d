"""search index: the Members page's search reads one index instead of every member's row

The index holds, for the members not in the trash, their sort name, id and search text in
the page's default order: a count of the members a search matches is read from the index
alone, and the first page of matches is found by reading the index in order until a page is
full, instead of reading and sorting every row.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 01:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_members_search_by_name",
        "members",
        ["deleted_at", "sort_name", "id", "search_text"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_members_search_by_name", table_name="members")
