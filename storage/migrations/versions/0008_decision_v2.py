"""decision version 2: route, grounds, consent_from, child_views and authorised_by on records

Records made before keep empty values here; the hash chain leaves unset later fields
out of a record's hash, so every earlier hash still holds.

Revision ID: 0008
Revises: 0006
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisionrecord") as batch:
        batch.add_column(
            sa.Column("route", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("grounds", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("consent_from", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch.add_column(sa.Column("child_views", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("authorised_by", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("decisionrecord") as batch:
        for name in ("authorised_by", "child_views", "consent_from", "grounds", "route"):
            batch.drop_column(name)
