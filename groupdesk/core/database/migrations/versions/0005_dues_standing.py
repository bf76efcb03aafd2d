"""dues standing: each member's balance kept beside the roster, the months a charge covers,
the organisation's choice to let the ledger decide paid-until and lapsed, and the volunteer
hours a membership type requires

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("dues_balance", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch_op.create_index("ix_members_dues_balance", ["dues_balance"])
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("covers_until", sa.Date(), nullable=True))
        # A month's charges and a period's payments, read by the dashboard and the reports.
        batch_op.create_index("ix_ledger_entries_kind_period", ["kind", "period"])
        batch_op.create_index("ix_ledger_entries_kind_entry_date", ["kind", "entry_date"])
    with op.batch_alter_table("membership_types", schema=None) as batch_op:
        batch_op.add_column(sa.Column("required_hours", sa.Integer(), nullable=True))
    with op.batch_alter_table("organisation_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "dues_from_ledger", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    # Balances of a ledger written before this revision.
    op.execute(
        "UPDATE members SET dues_balance = COALESCE((SELECT SUM(e.amount) FROM ledger_entries e"
        " WHERE e.member_id = members.id), 0)"
        " WHERE id IN (SELECT member_id FROM ledger_entries)"
    )


def downgrade() -> None:
    with op.batch_alter_table("organisation_settings", schema=None) as batch_op:
        batch_op.drop_column("dues_from_ledger")
    with op.batch_alter_table("membership_types", schema=None) as batch_op:
        batch_op.drop_column("required_hours")
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entries_kind_entry_date")
        batch_op.drop_index("ix_ledger_entries_kind_period")
        batch_op.drop_column("covers_until")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("ix_members_dues_balance")
        batch_op.drop_column("dues_balance")
