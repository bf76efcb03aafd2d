"""dues: membership types, dated fees, type assignments and the append-only ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "membership_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_membership_types"),
        sa.UniqueConstraint("name", name="uq_membership_types_name"),
    )
    op.create_table(
        "membership_fees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("entry_fee", sa.BigInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["membership_types.id"],
            name="fk_membership_fees_type_id_membership_types",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_membership_fees"),
        sa.UniqueConstraint("type_id", "valid_from", name="uq_membership_fees_type_id_valid_from"),
    )
    op.create_table(
        "member_type_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name="fk_member_type_assignments_member_id_members",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["membership_types.id"],
            name="fk_member_type_assignments_type_id_membership_types",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_member_type_assignments"),
    )
    op.create_index(
        "ix_member_type_assignments_member_id_valid_from",
        "member_type_assignments",
        ["member_id", "valid_from"],
    )
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("charge_kind", sa.String(16), nullable=True),
        sa.Column("period", sa.String(7), nullable=True),
        sa.Column("charge_key", sa.String(64), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("method", sa.String(16), nullable=True),
        sa.Column("reference", sa.String(200), nullable=True),
        sa.Column("receipt_number", sa.String(32), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_ledger_entries_member_id_members"
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["ledger_entries.id"],
            name="fk_ledger_entries_reverses_id_ledger_entries",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ledger_entries"),
        sa.UniqueConstraint("charge_key", name="uq_ledger_entries_charge_key"),
        sa.UniqueConstraint("receipt_number", name="uq_ledger_entries_receipt_number"),
        sa.UniqueConstraint("reverses_id", name="uq_ledger_entries_reverses_id"),
    )
    op.create_index("ix_ledger_entries_member_id_id", "ledger_entries", ["member_id", "id"])
    op.create_table(
        "ledger_allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("charge_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["ledger_entries.id"],
            name="fk_ledger_allocations_payment_id_ledger_entries",
        ),
        sa.ForeignKeyConstraint(
            ["charge_id"],
            ["ledger_entries.id"],
            name="fk_ledger_allocations_charge_id_ledger_entries",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ledger_allocations"),
    )
    op.create_index("ix_ledger_allocations_payment_id", "ledger_allocations", ["payment_id"])
    op.create_index("ix_ledger_allocations_charge_id", "ledger_allocations", ["charge_id"])
    op.create_table(
        "receipt_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_receipt_counters"),
    )
    op.create_table(
        "closed_periods",
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("period", name="pk_closed_periods"),
    )


def downgrade() -> None:
    op.drop_table("closed_periods")
    op.drop_table("receipt_counters")
    op.drop_index("ix_ledger_allocations_charge_id", table_name="ledger_allocations")
    op.drop_index("ix_ledger_allocations_payment_id", table_name="ledger_allocations")
    op.drop_table("ledger_allocations")
    op.drop_index("ix_ledger_entries_member_id_id", table_name="ledger_entries")
    op.drop_table("ledger_entries")
    op.drop_index(
        "ix_member_type_assignments_member_id_valid_from", table_name="member_type_assignments"
    )
    op.drop_table("member_type_assignments")
    op.drop_table("membership_fees")
    op.drop_table("membership_types")
