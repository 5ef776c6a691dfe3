"""outbox lease: which process is sending a message, and since when

Revision ID: 0003_outbox_lease
Revises: 0002_renewal_planning
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_outbox_lease'
down_revision = '0002_renewal_planning'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('lease_holder', sa.String(length=200), nullable=False, server_default='')
        )
        batch_op.add_column(sa.Column('lease_since', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('lease_since')
        batch_op.drop_column('lease_holder')
