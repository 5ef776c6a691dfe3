"""renewal planning: stages, owners and reminders already shown

Revision ID: 0002_renewal_planning
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_renewal_planning"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renewal_plans",
        sa.Column("subscription_id", sa.String(length=64), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.subscription_id"],
            name=op.f("fk_renewal_plans_subscription_id_subscriptions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subscription_id", name=op.f("pk_renewal_plans")),
    )
    with op.batch_alter_table("renewal_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewal_plans_stage"), ["stage"], unique=False)
    op.create_table(
        "reminders_sent",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("time", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reminders_sent")),
    )


def downgrade() -> None:
    op.drop_table("reminders_sent")
    with op.batch_alter_table("renewal_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_renewal_plans_stage"))
    op.drop_table("renewal_plans")
