"""credentials: the kinds of document each profession issues (STR, SIP, certificates), every
member's credentials with their history of renewals, and continuing-education credits (SKP)
from seminars, trainings, publications and service

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 22:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credit_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("points", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('seminar', 'pelatihan', 'publikasi', 'pengabdian')",
            name=op.f("ck_credit_activities_kind"),
        ),
        sa.CheckConstraint("points >= 0", name=op.f("ck_credit_activities_points")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_activities")),
    )
    op.create_index(
        op.f("ix_credit_activities_held_on"), "credit_activities", ["held_on"], unique=False
    )
    op.create_index(
        op.f("ix_credit_activities_name_held_on"),
        "credit_activities",
        ["name", "held_on"],
        unique=False,
    )
    op.create_table(
        "credential_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profession_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("is_licence", sa.Boolean(), nullable=False),
        sa.Column("credits_required", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profession_id"],
            ["professions.id"],
            name=op.f("fk_credential_kinds_profession_id_professions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credential_kinds")),
        sa.UniqueConstraint(
            "profession_id", "name", name=op.f("uq_credential_kinds_profession_id_name")
        ),
    )
    op.create_table(
        "credit_awards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.CheckConstraint("points >= 0", name=op.f("ck_credit_awards_points")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["credit_activities.id"],
            name=op.f("fk_credit_awards_activity_id_credit_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_credit_awards_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_awards")),
        sa.UniqueConstraint(
            "member_id", "activity_id", name=op.f("uq_credit_awards_member_id_activity_id")
        ),
    )
    op.create_index(
        op.f("ix_credit_awards_activity_id"), "credit_awards", ["activity_id"], unique=False
    )
    op.create_table(
        "credentials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("profession_id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("issuing_body", sa.String(length=200), nullable=True),
        sa.Column("renews_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "valid_until IS NULL OR valid_until >= issued_on", name=op.f("ck_credentials_dates")
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["credential_kinds.id"],
            name=op.f("fk_credentials_kind_id_credential_kinds"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_credentials_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profession_id"],
            ["professions.id"],
            name=op.f("fk_credentials_profession_id_professions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["renews_id"], ["credentials.id"], name=op.f("fk_credentials_renews_id_credentials")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credentials")),
    )
    op.create_index(
        op.f("ix_credentials_kind_id_valid_until"),
        "credentials",
        ["kind_id", "valid_until"],
        unique=False,
    )
    op.create_index(
        op.f("ix_credentials_member_id_profession_id_kind_id_valid_until"),
        "credentials",
        ["member_id", "profession_id", "kind_id", "valid_until"],
        unique=False,
    )
    op.create_table(
        "credit_category_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("minimum", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["credential_kinds.id"],
            name=op.f("fk_credit_category_rules_kind_id_credential_kinds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_category_rules")),
        sa.UniqueConstraint(
            "kind_id", "category", name=op.f("uq_credit_category_rules_kind_id_category")
        ),
    )


def downgrade() -> None:
    op.drop_table("credit_category_rules")
    op.drop_index("ix_credentials_member_id_profession_id_kind_id_valid_until", "credentials")
    op.drop_index("ix_credentials_kind_id_valid_until", "credentials")
    op.drop_table("credentials")
    op.drop_index("ix_credit_awards_activity_id", "credit_awards")
    op.drop_table("credit_awards")
    op.drop_table("credential_kinds")
    op.drop_index("ix_credit_activities_name_held_on", "credit_activities")
    op.drop_index("ix_credit_activities_held_on", "credit_activities")
    op.drop_table("credit_activities")
