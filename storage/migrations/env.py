"""Alembic environment: runs on a connection handed over by `storage.migrate`.

The application runs migrations itself at start (`infoshare-bot run`, `db upgrade`), on
its own async engine, so this file never builds an engine of its own.
"""

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
