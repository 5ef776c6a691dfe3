"""team identity: who did it, whose settings, whose outbox

Revision ID: 0005_team_identity
Revises: 0006_team_notify
Create Date: 2026-12-01

- ``audit_events`` gains ``db_user`` and ``host`` (NULL on events written before:
  who they were is not known; their ``os_user`` stays as it was).
- ``quotes`` gains ``created_by`` and ``sent_by``, filled for old quotes from the
  audit trail's ``os_user`` of their first "created"/"sent" event.
- ``settings`` gains ``owner`` ("" = the company's; otherwise the admin a personal
  setting belongs to) and its key becomes (owner, key). ``outbox`` gains
  ``queued_by``. Existing personal settings and queued messages go to the admin who
  upgrades the cache: on SQLite the OS user (a private cache has one admin), on
  PostgreSQL the connected role. So an old cache behaves exactly as before.
"""

import getpass

import sqlalchemy as sa
from alembic import op

revision = "0005_team_identity"
down_revision = "0006_team_notify"
branch_labels = None
depends_on = None

# The personal keys of renewdesk.services.settings_service (PERSONAL_PREFIXES) as of this
# revision, written out so the migration never changes with later code.
PERSONAL_PREFIXES = ("profile.", "smtp.", "oauth.", "ui.")


def _upgrading_admin() -> str:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        return str(bind.execute(sa.text("SELECT current_user")).scalar_one())
    try:
        return getpass.getuser()
    except Exception:  # no login name: the same fallback as store.identity.os_user
        return "unknown"


def upgrade() -> None:
    admin = _upgrading_admin()
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_user", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("host", sa.Text(), nullable=True))
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("created_by", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("sent_by", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queued_by", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("owner", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.drop_constraint("pk_settings", type_="primary")
        batch_op.create_primary_key("pk_settings", ["owner", "key"])

    first = (
        "(SELECT a.os_user FROM audit_events a WHERE a.quote_number = quotes.number "
        "AND a.action IN {actions} ORDER BY a.id LIMIT 1)"
    )
    op.execute(
        "UPDATE quotes SET created_by = COALESCE("
        + first.format(actions="('created', 'sent')")
        + ", '')"
    )
    op.execute(
        "UPDATE quotes SET sent_by = COALESCE("
        + first.format(actions="('sent')")
        + ", '') WHERE sent IS NOT NULL"
    )
    op.get_bind().execute(sa.text("UPDATE outbox SET queued_by = :admin"), {"admin": admin})
    personal = sa.or_(*[sa.column("key").startswith(p) for p in PERSONAL_PREFIXES])
    settings = sa.table("settings", sa.column("key"), sa.column("owner"))
    op.get_bind().execute(sa.update(settings).where(personal).values(owner=admin))


def downgrade() -> None:
    bind = op.get_bind()
    settings = sa.table("settings", sa.column("key"), sa.column("owner"))
    # One value per key again: the upgrading admin's (or the company's) wins.
    admin = _upgrading_admin()
    bind.execute(
        sa.delete(settings).where(settings.c.owner != "", settings.c.owner != admin)
    )
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_constraint("pk_settings", type_="primary")
        batch_op.create_primary_key("pk_settings", ["key"])
        batch_op.drop_column("owner")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("queued_by")
    # In place (SQLite 3.35+ drops a column itself): copying quotes to a new table would
    # break the foreign keys of its lines, recipients and outbox rows.
    with op.batch_alter_table("quotes", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("sent_by")
        batch_op.drop_column("created_by")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("host")
        batch_op.drop_column("db_user")
