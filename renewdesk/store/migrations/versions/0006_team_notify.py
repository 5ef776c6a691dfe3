"""team notify: on PostgreSQL, every committed change to what the window shows is announced

Revision ID: 0006_team_notify
Revises: 0003_outbox_lease
Create Date: 2026-12-01

A statement-level trigger on each table the window shows calls
``pg_notify('renewdesk_changes', <table>)``; PostgreSQL delivers it at commit (never
for a rolled-back write) and folds repeats in one transaction into one, so an
import of 100k rows (one COPY, or executemany) costs one notification per
statement and table. Every writer is covered: RenewDesk's window and command line,
a script, psql. SQLite has nothing to add (the window's probe reads
``PRAGMA data_version``).
"""
from alembic import op


revision = '0006_team_notify'
down_revision = '0003_outbox_lease'
branch_labels = None
depends_on = None

CHANNEL = "renewdesk_changes"
TABLES = (
    "subscriptions",
    "customers",
    "partners",
    "quotes",
    "quote_lines",
    "quote_recipients",
    "outbox",
    "import_runs",
    "price_book",
    "campaigns",
    "renewal_plans",
    "settings",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION renewdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER renewdesk_notify_{table} "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION renewdesk_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS renewdesk_notify_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS renewdesk_notify_change()")
