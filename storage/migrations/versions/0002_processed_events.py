"""processed Slack events, for exactly-once handling of retried events

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processedevent",
        sa.Column("event_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("received_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    with op.batch_alter_table("processedevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_processedevent_received_at"), ["received_at"], unique=False)


def downgrade() -> None:
    op.drop_table("processedevent")
