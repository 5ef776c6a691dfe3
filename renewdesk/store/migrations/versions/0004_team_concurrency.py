"""team concurrency: one open quote per subscription, daily-job leases, edit versions

Revision ID: 0004_team_concurrency
Revises: 0003_outbox_lease
Create Date: 2026-12-01

``quote_claims`` is back-filled from the quotes that are open when the cache is
migrated: every DRAFT and QUOTED quote's lines (an expired QUOTED one too, with
its expiry as ``open_until``, so a later quote takes its claim over). A cache
written before the claims could hold one subscription on two such quotes (a
draft copy next to the quote it replaces, or two admins' quotes on a server):
the claim goes to the NEWEST of them (the highest quote number), the one a copy
or a later quote made; the older quote is left as it is, and the open-quote
check still names it until it is sent, bought, cancelled or expires.

``customers`` and ``quotes`` get ``version`` (1 for every existing row),
``updated_by`` ("" until the next save) and ``updated_at`` (NULL until then).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_team_concurrency"
down_revision = "0003_outbox_lease"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quote_claims",
        sa.Column("subscription_id", sa.String(length=64), nullable=False),
        sa.Column("quote_number", sa.String(length=20), nullable=False),
        sa.Column("open_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["quote_number"],
            ["quotes.number"],
            name=op.f("fk_quote_claims_quote_number_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subscription_id", name=op.f("pk_quote_claims")),
    )
    with op.batch_alter_table("quote_claims", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quote_claims_quote_number"), ["quote_number"], unique=False
        )
    op.create_table(
        "job_leases",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_leases")),
    )
    for table in ("customers", "quotes"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
            batch_op.add_column(
                sa.Column("updated_by", sa.Text(), nullable=False, server_default="")
            )
            batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    _back_fill()


def _back_fill() -> None:
    bind = op.get_bind()
    query = sa.text(
        "SELECT l.subscription_id, q.number, q.status, q.expires"
        " FROM quote_lines l JOIN quotes q ON q.number = l.quote_number"
        " WHERE q.status IN ('DRAFT', 'QUOTED')"
        " ORDER BY q.number"
    ).columns(
        sa.column("subscription_id", sa.String),
        sa.column("number", sa.String),
        sa.column("status", sa.String),
        sa.column("expires", sa.Date),
    )
    rows = bind.execute(query).fetchall()
    claims: dict[str, dict[str, object]] = {}
    for sub_id, number, status, expires in rows:  # oldest first: the newest wins
        claims[sub_id] = {
            "subscription_id": sub_id,
            "quote_number": number,
            "open_until": None if status == "DRAFT" else expires,
        }
    if claims:
        table = sa.table(
            "quote_claims",
            sa.column("subscription_id", sa.String),
            sa.column("quote_number", sa.String),
            sa.column("open_until", sa.Date),
        )
        op.bulk_insert(table, list(claims.values()))


def downgrade() -> None:
    for table in ("quotes", "customers"):
        # Never a copy of the table on SQLite: dropping the old ``quotes`` with foreign keys
        # on would cascade to its lines. ALTER TABLE DROP COLUMN (SQLite 3.35+) instead.
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.drop_column("updated_at")
            batch_op.drop_column("updated_by")
            batch_op.drop_column("version")
    op.drop_table("job_leases")
    with op.batch_alter_table("quote_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_claims_quote_number"))
    op.drop_table("quote_claims")
