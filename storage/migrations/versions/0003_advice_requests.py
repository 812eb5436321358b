"""advice requests

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 21:09:36.896495
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "advicemessage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("from_asker", sa.Boolean(), nullable=False),
        sa.Column("author_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("advicemessage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advicemessage_request_id"), ["request_id"], unique=False)

    op.create_table(
        "advicerequest",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("case_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("asker_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("asker_channel", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("conversation_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("decision_so_far", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("message_ts", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("answered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("escalated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("resolved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_code"),
    )
    with op.batch_alter_table("advicerequest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advicerequest_asker_id"), ["asker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_advicerequest_conversation_id"), ["conversation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_advicerequest_message_ts"), ["message_ts"], unique=False)
        batch_op.create_index(batch_op.f("ix_advicerequest_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("advicerequest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advicerequest_status"))
        batch_op.drop_index(batch_op.f("ix_advicerequest_message_ts"))
        batch_op.drop_index(batch_op.f("ix_advicerequest_conversation_id"))
        batch_op.drop_index(batch_op.f("ix_advicerequest_asker_id"))

    op.drop_table("advicerequest")
    with op.batch_alter_table("advicemessage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advicemessage_request_id"))

    op.drop_table("advicemessage")
