"""rules that may be overridden, and the coordinator's phone for volunteer messages

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 11:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation_settings", schema=None) as batch_op:
        # NULL: the default list (every hard rule except an expired licence and a missing
        # profession may be overridden with a reason).
        batch_op.add_column(sa.Column("override_rules", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("contact_phone", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation_settings", schema=None) as batch_op:
        batch_op.drop_column("contact_phone")
        batch_op.drop_column("override_rules")
