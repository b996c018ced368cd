-- Payments through a hosted checkout (CCBill): a purchase waits for the gateway's notification before anything
-- is credited, and the gateway can later refund, void or charge it back.

ALTER TABLE payment DROP CONSTRAINT payment_status_check;
ALTER TABLE payment ALTER COLUMN status TYPE VARCHAR(16);
ALTER TABLE payment ADD CONSTRAINT payment_status_check CHECK (status IN
    ('PENDING', 'SUCCEEDED', 'DECLINED', 'FAILED', 'REFUNDED', 'VOIDED', 'CHARGED_BACK'));
-- the id the gateway carries through its form and back in its notifications; older rows get one too
ALTER TABLE payment ADD COLUMN checkout_id UUID;
UPDATE payment SET checkout_id = gen_random_uuid();
ALTER TABLE payment ALTER COLUMN checkout_id SET NOT NULL;
ALTER TABLE payment ADD CONSTRAINT payment_checkout_unique UNIQUE (checkout_id);
-- what the pack gave at the time of purchase, so a later change of the pack changes no reversal
ALTER TABLE payment ADD COLUMN bonus_cents INTEGER NOT NULL DEFAULT 0 CHECK (bonus_cents >= 0);
UPDATE payment p SET bonus_cents = c.bonus_cents FROM credit_pack c WHERE c.code = p.pack_code AND p.status = 'SUCCEEDED';
ALTER TABLE payment ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'USD';
ALTER TABLE payment ADD COLUMN checkout_url VARCHAR(1000);
-- the gateway's id of the sale: credited once per transaction whatever the gateway repeats
ALTER TABLE payment ADD COLUMN provider_transaction_id VARCHAR(64);
UPDATE payment SET provider_transaction_id = provider_reference WHERE status = 'SUCCEEDED';
CREATE UNIQUE INDEX payment_provider_transaction ON payment (provider, provider_transaction_id)
    WHERE provider_transaction_id IS NOT NULL;
-- how much of the price the gateway has given back to the card (refunds, voids, chargebacks)
ALTER TABLE payment ADD COLUMN reversed_cents INTEGER NOT NULL DEFAULT 0 CHECK (reversed_cents >= 0);
ALTER TABLE payment ADD CONSTRAINT payment_reversed_within_price CHECK (reversed_cents <= amount_cents);
ALTER TABLE payment ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX payment_customer ON payment (customer_id, created_at);

-- Every notification a gateway sent that passed its trust checks, as received: a delivery seen before changes
-- nothing, and a refund that arrives before its sale waits for it.
CREATE TABLE payment_event (
    id              BIGSERIAL PRIMARY KEY,
    provider        VARCHAR(24)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    content_hash    CHAR(64)     NOT NULL,
    transaction_id  VARCHAR(64),
    checkout_id     UUID,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('SALE', 'FAILURE', 'REFUND', 'VOID', 'CHARGEBACK', 'OTHER')),
    amount_cents    BIGINT,
    reason          VARCHAR(200),
    source_address  VARCHAR(64)  NOT NULL,
    body            TEXT         NOT NULL,
    outcome         VARCHAR(16)  NOT NULL CHECK (outcome IN ('APPLIED', 'WAITING', 'REJECTED', 'IGNORED')),
    outcome_detail  VARCHAR(300),
    payment_id      BIGINT REFERENCES payment (id),
    posting_id      BIGINT REFERENCES ledger_posting (id),
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (provider, content_hash)
);
CREATE INDEX payment_event_transaction ON payment_event (provider, transaction_id);

-- What the platform loses when a gateway takes back a payment whose credit was already spent.
ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check CHECK (kind IN ('CUSTOMER_AVAILABLE',
    'CUSTOMER_HELD', 'OPERATOR_EARNINGS', 'PLATFORM_REVENUE', 'EXTERNAL_FUNDING', 'PROMOTIONAL_CREDIT',
    'EXTERNAL_PAYOUTS', 'PAYMENT_LOSS'));
