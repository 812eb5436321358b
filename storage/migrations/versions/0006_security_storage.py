"""security (issue 13): advice ids wide enough to hold ciphertext, a lookup digest for
who asked, and a MAC on the chain anchor

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _string(length: int) -> sa.types.TypeEngine:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    with op.batch_alter_table("advicerequest", schema=None) as batch_op:
        batch_op.alter_column("asker_id", existing_type=_string(32), type_=_string(255), existing_nullable=False)
        batch_op.alter_column("asker_channel", existing_type=_string(32), type_=_string(255), existing_nullable=True)
        batch_op.add_column(sa.Column("asker_index", _string(96), nullable=True))
        batch_op.create_index(batch_op.f("ix_advicerequest_asker_index"), ["asker_index"], unique=False)
    with op.batch_alter_table("advicemessage", schema=None) as batch_op:
        batch_op.alter_column("author_id", existing_type=_string(32), type_=_string(255), existing_nullable=False)
    with op.batch_alter_table("chainanchor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mac", _string(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chainanchor", schema=None) as batch_op:
        batch_op.drop_column("mac")
    with op.batch_alter_table("advicemessage", schema=None) as batch_op:
        batch_op.alter_column("author_id", existing_type=_string(255), type_=_string(32), existing_nullable=False)
    with op.batch_alter_table("advicerequest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advicerequest_asker_index"))
        batch_op.drop_column("asker_index")
        batch_op.alter_column("asker_channel", existing_type=_string(255), type_=_string(32), existing_nullable=True)
        batch_op.alter_column("asker_id", existing_type=_string(255), type_=_string(32), existing_nullable=False)
