"""amendments linked to the record they amend, and the audit log

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisionrecord", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amends", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch_op.add_column(sa.Column("amendment_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_decisionrecord_amends"), ["amends"], unique=False)
    op.create_table(
        "auditevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("actor_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auditevent_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auditevent_reference"), ["reference"], unique=False)


def downgrade() -> None:
    op.drop_table("auditevent")
    with op.batch_alter_table("decisionrecord", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisionrecord_amends"))
        batch_op.drop_column("amendment_reason")
        batch_op.drop_column("amends")
