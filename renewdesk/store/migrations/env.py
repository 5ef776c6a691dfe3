"""Alembic environment: RenewDesk always hands in an open connection (see store/engine.py)."""

from __future__ import annotations

from alembic import context

from renewdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` run by hand (e.g. `alembic check`) against a URL
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
