"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 20:27:17.159793
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("paused_at", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("path", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("flow_version", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("record_reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_conversation_team_id"), ["team_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conversation_user_id"), ["user_id"], unique=False)

    op.create_table(
        "decisionrecord",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("conversation_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("flow_version", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("recommended_outcome", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("inform_family", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("consent", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("risks", sa.JSON(), nullable=False),
        sa.Column("lawful_basis", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("shared_what", sa.Text(), nullable=False),
        sa.Column("shared_with", sa.Text(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("exception", sa.Text(), nullable=False),
        sa.Column("review_point", sa.Text(), nullable=False),
        sa.Column("case_ref", sa.Text(), nullable=False),
        sa.Column("advice", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("prev_hash", name="uq_decisionrecord_prev_hash"),
        sa.UniqueConstraint("reference"),
    )
    with op.batch_alter_table("decisionrecord", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisionrecord_decided_by"), ["decided_by"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("decisionrecord", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisionrecord_decided_by"))

    op.drop_table("decisionrecord")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_user_id"))
        batch_op.drop_index(batch_op.f("ix_conversation_team_id"))
        batch_op.drop_index(batch_op.f("ix_conversation_status"))

    op.drop_table("conversation")
