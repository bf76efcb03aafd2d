"""identity fields: each member's NIK (unique when present), gender, place of birth and
highest education on the roster's table, and their photo in a table of its own

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nik", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("gender", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("birth_place", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("education", sa.String(length=16), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_members_gender"), "gender IN ('male', 'female')"
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_members_education"),
            "education IN ('sma', 'd3', 'd4', 's1', 'profesi', 's2', 's3', 'sp')",
        )
        batch_op.create_index("ix_members_nik", ["nik"], unique=True)
    op.create_table(
        "member_photos",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_member_photos_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_photos")),
    )


def downgrade() -> None:
    op.drop_table("member_photos")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("ix_members_nik")
        batch_op.drop_constraint(batch_op.f("ck_members_education"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_members_gender"), type_="check")
        batch_op.drop_column("education")
        batch_op.drop_column("birth_place")
        batch_op.drop_column("gender")
        batch_op.drop_column("nik")
