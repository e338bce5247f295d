"""Alembic environment: runs on the connection Factory Desk hands over (see store/schema.py)."""

from __future__ import annotations

from alembic import context

from factory_desk.domain.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that safely
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
