"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
   
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('time', sa.DateTime(), nullable=False),
    sa.Column('os_user', sa.Text(), nullable=False),
    sa.Column('quote_number', sa.String(length=20), nullable=False),
    sa.Column('subscription_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_subscription_id'), ['subscription_id'], unique=False)
        batch_op.create_index('ix_audit_quote_time', ['quote_number', 'time'], unique=False)

    op.create_table('campaigns',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('percent_off', sa.String(length=40), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=False),
    sa.Column('offering_codes', sa.Text(), nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('currencies', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_campaigns'))
    )
    op.create_table('customers',
    sa.Column('csn', sa.String(length=40), nullable=False),
    sa.Column('company_name', sa.Text(), nullable=False),
    sa.Column('address_line1', sa.Text(), nullable=False),
    sa.Column('address_line2', sa.Text(), nullable=False),
    sa.Column('postal_code', sa.Text(), nullable=False),
    sa.Column('city', sa.Text(), nullable=False),
    sa.Column('region', sa.Text(), nullable=False),
    sa.Column('country', sa.Text(), nullable=False),
    sa.Column('vat_number', sa.Text(), nullable=False),
    sa.Column('buyer_name', sa.Text(), nullable=False),
    sa.Column('buyer_email', sa.Text(), nullable=False),
    sa.Column('buyer_phone', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('csn', name=op.f('pk_customers'))
    )
    op.create_table('import_runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('time', sa.DateTime(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('changes_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_runs'))
    )
    op.create_table('partners',
    sa.Column('partner_csn', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('partner_csn', name=op.f('pk_partners'))
    )
    op.create_table('price_book',
    sa.Column('offering_code', sa.String(length=64), nullable=False),
    sa.Column('term', sa.String(length=20), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('unit_price', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('offering_code', 'term', 'currency', name=op.f('pk_price_book'))
    )
    op.create_table('sequences',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sequences'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('quotes',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('customer_csn', sa.String(length=40), nullable=False),
    sa.Column('customer_json', sa.Text(), nullable=False),
    sa.Column('partner_csn', sa.String(length=40), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('payment_method', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('sent', sa.DateTime(), nullable=True),
    sa.Column('expires', sa.Date(), nullable=False),
    sa.Column('subtotal', sa.String(length=40), nullable=False),
    sa.Column('discount', sa.String(length=40), nullable=False),
    sa.Column('total', sa.String(length=40), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('superseded_by', sa.String(length=20), nullable=False),
    sa.Column('supersedes', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('auto_run', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['customer_csn'], ['customers.csn'], name=op.f('fk_quotes_customer_csn_customers')),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_quotes'))
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_customer_csn'), ['customer_csn'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_status'), ['status'], unique=False)

    op.create_table('subscriptions',
    sa.Column('subscription_id', sa.String(length=64), nullable=False),
    sa.Column('contract_number', sa.Text(), nullable=False),
    sa.Column('product_name', sa.Text(), nullable=False),
    sa.Column('offering_code', sa.String(length=64), nullable=False),
    sa.Column('offering_type', sa.String(length=20), nullable=False),
    sa.Column('customer_csn', sa.String(length=40), nullable=False),
    sa.Column('partner_csn', sa.String(length=40), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('payment_method', sa.String(length=20), nullable=False),
    sa.Column('term', sa.String(length=20), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('renewal_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('auto_renew', sa.Boolean(), nullable=False),
    sa.Column('team', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['customer_csn'], ['customers.csn'], name=op.f('fk_subscriptions_customer_csn_customers')),
    sa.ForeignKeyConstraint(['partner_csn'], ['partners.partner_csn'], name=op.f('fk_subscriptions_partner_csn_partners')),
    sa.PrimaryKeyConstraint('subscription_id', name=op.f('pk_subscriptions'))
    )
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subscriptions_customer_csn'), ['customer_csn'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscriptions_renewal_date'), ['renewal_date'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('quote_number', sa.String(length=20), nullable=False),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('updated', sa.DateTime(), nullable=False),
    sa.Column('next_attempt', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['quote_number'], ['quotes.number'], name=op.f('fk_outbox_quote_number_quotes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_message_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_quote_number'), ['quote_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_status'), ['status'], unique=False)

    op.create_table('quote_lines',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('quote_number', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('subscription_id', sa.String(length=64), nullable=False),
    sa.Column('product_name', sa.Text(), nullable=False),
    sa.Column('offering_code', sa.String(length=64), nullable=False),
    sa.Column('term', sa.String(length=20), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('unit_price', sa.String(length=40), nullable=False),
    sa.Column('campaign_code', sa.String(length=64), nullable=False),
    sa.Column('discount', sa.String(length=40), nullable=False),
    sa.Column('line_total', sa.String(length=40), nullable=False),
    sa.Column('changes_subscription', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['quote_number'], ['quotes.number'], name=op.f('fk_quote_lines_quote_number_quotes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subscription_id'], ['subscriptions.subscription_id'], name=op.f('fk_quote_lines_subscription_id_subscriptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_lines')),
    sa.UniqueConstraint('quote_number', 'position', name=op.f('uq_quote_lines_quote_number'))
    )
    with op.batch_alter_table('quote_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_lines_quote_number'), ['quote_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_lines_subscription_id'), ['subscription_id'], unique=False)

    op.create_table('quote_recipients',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('quote_number', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['quote_number'], ['quotes.number'], name=op.f('fk_quote_recipients_quote_number_quotes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_recipients')),
    sa.UniqueConstraint('quote_number', 'position', name=op.f('uq_quote_recipients_quote_number'))
    )
    with op.batch_alter_table('quote_recipients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_recipients_quote_number'), ['quote_number'], unique=False)



def downgrade() -> None:
   
    with op.batch_alter_table('quote_recipients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_recipients_quote_number'))

    op.drop_table('quote_recipients')
    with op.batch_alter_table('quote_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_lines_subscription_id'))
        batch_op.drop_index(batch_op.f('ix_quote_lines_quote_number'))

    op.drop_table('quote_lines')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_quote_number'))

    op.drop_table('outbox')
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subscriptions_renewal_date'))
        batch_op.drop_index(batch_op.f('ix_subscriptions_customer_csn'))

    op.drop_table('subscriptions')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_status'))
        batch_op.drop_index(batch_op.f('ix_quotes_customer_csn'))

    op.drop_table('quotes')
    op.drop_table('settings')
    op.drop_table('sequences')
    op.drop_table('price_book')
    op.drop_table('partners')
    op.drop_table('import_runs')
    op.drop_table('customers')
    op.drop_table('campaigns')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_quote_time')
        batch_op.drop_index(batch_op.f('ix_audit_events_subscription_id'))

    op.drop_table('audit_events')
