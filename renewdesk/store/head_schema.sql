-- RenewDesk cache schema at revision 0007_statement_foreign_keys
-- made by `python -m renewdesk.store.head_schema` from the migrations; do not edit
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0007_statement_foreign_keys');
CREATE TABLE audit_events (
	id INTEGER NOT NULL, 
	time DATETIME NOT NULL, 
	os_user TEXT NOT NULL, 
	quote_number VARCHAR(20) NOT NULL, 
	subscription_id VARCHAR(64) NOT NULL, 
	action VARCHAR(40) NOT NULL, 
	details TEXT NOT NULL, db_user TEXT, host TEXT, 
	CONSTRAINT pk_audit_events PRIMARY KEY (id)
);
CREATE TABLE campaigns (
	code VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	percent_off VARCHAR(40) NOT NULL, 
	valid_from DATE NOT NULL, 
	valid_to DATE NOT NULL, 
	offering_codes TEXT NOT NULL, 
	terms TEXT NOT NULL, 
	currencies TEXT NOT NULL, 
	CONSTRAINT pk_campaigns PRIMARY KEY (code)
);
CREATE TABLE customers (
	csn VARCHAR(40) NOT NULL, 
	company_name TEXT NOT NULL, 
	address_line1 TEXT NOT NULL, 
	address_line2 TEXT NOT NULL, 
	postal_code TEXT NOT NULL, 
	city TEXT NOT NULL, 
	region TEXT NOT NULL, 
	country TEXT NOT NULL, 
	vat_number TEXT NOT NULL, 
	buyer_name TEXT NOT NULL, 
	buyer_email TEXT NOT NULL, 
	buyer_phone TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL, updated_by TEXT DEFAULT '' NOT NULL, updated_at DATETIME, 
	CONSTRAINT pk_customers PRIMARY KEY (csn)
);
CREATE TABLE import_runs (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	file_name TEXT NOT NULL, 
	time DATETIME NOT NULL, 
	added INTEGER NOT NULL, 
	updated INTEGER NOT NULL, 
	unchanged INTEGER NOT NULL, 
	changes_json TEXT NOT NULL, 
	CONSTRAINT pk_import_runs PRIMARY KEY (id)
);
CREATE TABLE job_leases (
	name VARCHAR(200) NOT NULL, 
	holder VARCHAR(200) NOT NULL, 
	until DATETIME NOT NULL, 
	CONSTRAINT pk_job_leases PRIMARY KEY (name)
);
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	quote_number VARCHAR(20) NOT NULL, 
	message_id VARCHAR(200) NOT NULL, 
	raw BLOB NOT NULL, 
	recipients TEXT NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT NOT NULL, 
	created DATETIME NOT NULL, 
	updated DATETIME NOT NULL, 
	next_attempt DATETIME, lease_holder VARCHAR(200) DEFAULT '' NOT NULL, lease_since DATETIME, queued_by TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_outbox PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_quote_number_quotes FOREIGN KEY(quote_number) REFERENCES quotes (number), 
	CONSTRAINT uq_outbox_message_id UNIQUE (message_id)
);
CREATE TABLE partners (
	partner_csn VARCHAR(40) NOT NULL, 
	name TEXT NOT NULL, 
	email TEXT NOT NULL, 
	CONSTRAINT pk_partners PRIMARY KEY (partner_csn)
);
CREATE TABLE price_book (
	offering_code VARCHAR(64) NOT NULL, 
	term VARCHAR(20) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	unit_price VARCHAR(40) NOT NULL, 
	CONSTRAINT pk_price_book PRIMARY KEY (offering_code, term, currency)
);
CREATE TABLE quote_claims (
	subscription_id VARCHAR(64) NOT NULL, 
	quote_number VARCHAR(20) NOT NULL, 
	open_until DATE, 
	CONSTRAINT pk_quote_claims PRIMARY KEY (subscription_id), 
	CONSTRAINT fk_quote_claims_quote_number_quotes FOREIGN KEY(quote_number) REFERENCES quotes (number) ON DELETE CASCADE
);
CREATE TABLE quote_lines (
	id INTEGER NOT NULL, 
	quote_number VARCHAR(20) NOT NULL, 
	position INTEGER NOT NULL, 
	subscription_id VARCHAR(64) NOT NULL, 
	product_name TEXT NOT NULL, 
	offering_code VARCHAR(64) NOT NULL, 
	term VARCHAR(20) NOT NULL, 
	seats INTEGER NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE NOT NULL, 
	unit_price VARCHAR(40) NOT NULL, 
	campaign_code VARCHAR(64) NOT NULL, 
	discount VARCHAR(40) NOT NULL, 
	line_total VARCHAR(40) NOT NULL, 
	changes_subscription BOOLEAN NOT NULL, 
	CONSTRAINT pk_quote_lines PRIMARY KEY (id), 
	CONSTRAINT fk_quote_lines_quote_number_quotes FOREIGN KEY(quote_number) REFERENCES quotes (number) ON DELETE CASCADE, 
	CONSTRAINT fk_quote_lines_subscription_id_subscriptions FOREIGN KEY(subscription_id) REFERENCES subscriptions (subscription_id), 
	CONSTRAINT uq_quote_lines_quote_number UNIQUE (quote_number, position)
);
CREATE TABLE quote_recipients (
	id INTEGER NOT NULL, 
	quote_number VARCHAR(20) NOT NULL, 
	position INTEGER NOT NULL, 
	email TEXT NOT NULL, 
	CONSTRAINT pk_quote_recipients PRIMARY KEY (id), 
	CONSTRAINT fk_quote_recipients_quote_number_quotes FOREIGN KEY(quote_number) REFERENCES quotes (number) ON DELETE CASCADE, 
	CONSTRAINT uq_quote_recipients_quote_number UNIQUE (quote_number, position)
);
CREATE TABLE quotes (
	number VARCHAR(20) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	origin VARCHAR(10) NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	customer_csn VARCHAR(40) NOT NULL, 
	customer_json TEXT NOT NULL, 
	partner_csn VARCHAR(40) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	payment_method VARCHAR(20) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	created DATETIME NOT NULL, 
	sent DATETIME, 
	expires DATE NOT NULL, 
	subtotal VARCHAR(40) NOT NULL, 
	discount VARCHAR(40) NOT NULL, 
	total VARCHAR(40) NOT NULL, 
	pdf BLOB, 
	superseded_by VARCHAR(20) NOT NULL, 
	supersedes VARCHAR(20) NOT NULL, 
	note TEXT NOT NULL, 
	auto_run DATE, version INTEGER DEFAULT '1' NOT NULL, updated_by TEXT DEFAULT '' NOT NULL, updated_at DATETIME, created_by TEXT DEFAULT '' NOT NULL, sent_by TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_quotes PRIMARY KEY (number), 
	CONSTRAINT fk_quotes_customer_csn_customers FOREIGN KEY(customer_csn) REFERENCES customers (csn)
);
CREATE TABLE reminders_sent (
	"key" VARCHAR(200) NOT NULL, 
	time DATETIME NOT NULL, 
	CONSTRAINT pk_reminders_sent PRIMARY KEY ("key")
);
CREATE TABLE renewal_plans (
	subscription_id VARCHAR(64) NOT NULL, 
	stage VARCHAR(20) NOT NULL, 
	owner TEXT NOT NULL, 
	note TEXT NOT NULL, 
	updated DATETIME NOT NULL, 
	CONSTRAINT pk_renewal_plans PRIMARY KEY (subscription_id), 
	CONSTRAINT fk_renewal_plans_subscription_id_subscriptions FOREIGN KEY(subscription_id) REFERENCES subscriptions (subscription_id) ON DELETE CASCADE
);
CREATE TABLE sequences (
	name VARCHAR(40) NOT NULL, 
	value INTEGER NOT NULL, 
	CONSTRAINT pk_sequences PRIMARY KEY (name)
);
CREATE TABLE "settings" (
	"key" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	owner VARCHAR(80) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY (owner, "key")
);
CREATE TABLE subscriptions (
	subscription_id VARCHAR(64) NOT NULL, 
	contract_number TEXT NOT NULL, 
	product_name TEXT NOT NULL, 
	offering_code VARCHAR(64) NOT NULL, 
	offering_type VARCHAR(20) NOT NULL, 
	customer_csn VARCHAR(40) NOT NULL, 
	partner_csn VARCHAR(40), 
	currency VARCHAR(3) NOT NULL, 
	payment_method VARCHAR(20) NOT NULL, 
	term VARCHAR(20) NOT NULL, 
	seats INTEGER NOT NULL, 
	start_date DATE NOT NULL, 
	renewal_date DATE NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	auto_renew BOOLEAN NOT NULL, 
	team TEXT NOT NULL, 
	CONSTRAINT pk_subscriptions PRIMARY KEY (subscription_id), 
	CONSTRAINT fk_subscriptions_customer_csn_customers FOREIGN KEY(customer_csn) REFERENCES customers (csn), 
	CONSTRAINT fk_subscriptions_partner_csn_partners FOREIGN KEY(partner_csn) REFERENCES partners (partner_csn)
);
CREATE INDEX ix_audit_events_subscription_id ON audit_events (subscription_id);
CREATE INDEX ix_audit_quote_time ON audit_events (quote_number, time);
CREATE INDEX ix_quotes_customer_csn ON quotes (customer_csn);
CREATE INDEX ix_quotes_status ON quotes (status);
CREATE INDEX ix_subscriptions_customer_csn ON subscriptions (customer_csn);
CREATE INDEX ix_subscriptions_renewal_date ON subscriptions (renewal_date);
CREATE INDEX ix_outbox_quote_number ON outbox (quote_number);
CREATE INDEX ix_outbox_status ON outbox (status);
CREATE INDEX ix_quote_lines_quote_number ON quote_lines (quote_number);
CREATE INDEX ix_quote_lines_subscription_id ON quote_lines (subscription_id);
CREATE INDEX ix_quote_recipients_quote_number ON quote_recipients (quote_number);
CREATE INDEX ix_renewal_plans_stage ON renewal_plans (stage);
CREATE INDEX ix_quote_claims_quote_number ON quote_claims (quote_number);
