-- Double-entry ledger. Every movement is a transfer between two accounts in integer cents; a posting groups
-- the transfers of one business event (commit together or not at all) under one idempotency key.

CREATE TABLE ledger_account (
    id              BIGSERIAL PRIMARY KEY,
    kind            VARCHAR(24) NOT NULL CHECK (kind IN ('CUSTOMER_AVAILABLE', 'CUSTOMER_HELD', 'OPERATOR_EARNINGS',
                        'PLATFORM_REVENUE', 'EXTERNAL_FUNDING', 'PROMOTIONAL_CREDIT', 'EXTERNAL_PAYOUTS')),
    owner_id        BIGINT REFERENCES account (id),
    currency        CHAR(3)     NOT NULL DEFAULT 'USD',
    balance_cents   BIGINT      NOT NULL DEFAULT 0,
    -- what customers and operators hold can never be negative, whatever the application does
    CHECK (kind NOT IN ('CUSTOMER_AVAILABLE', 'CUSTOMER_HELD', 'OPERATOR_EARNINGS') OR balance_cents >= 0),
    CHECK ((kind IN ('CUSTOMER_AVAILABLE', 'CUSTOMER_HELD', 'OPERATOR_EARNINGS')) = (owner_id IS NOT NULL))
);
CREATE UNIQUE INDEX ledger_account_owned ON ledger_account (kind, owner_id, currency) WHERE owner_id IS NOT NULL;
CREATE UNIQUE INDEX ledger_account_platform ON ledger_account (kind, currency) WHERE owner_id IS NULL;

CREATE TABLE ledger_posting (
    id               BIGSERIAL PRIMARY KEY,
    idempotency_key  VARCHAR(120) NOT NULL UNIQUE,
    kind             VARCHAR(24)  NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    reference        VARCHAR(120),
    description      VARCHAR(300) NOT NULL,
    reverses_id      BIGINT REFERENCES ledger_posting (id),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX ledger_posting_reference ON ledger_posting (reference);
CREATE UNIQUE INDEX ledger_posting_one_reversal ON ledger_posting (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TABLE ledger_transfer (
    id                BIGSERIAL PRIMARY KEY,
    posting_id        BIGINT  NOT NULL REFERENCES ledger_posting (id),
    leg               SMALLINT NOT NULL,
    idempotency_key   VARCHAR(130) NOT NULL UNIQUE,
    debit_account_id  BIGINT  NOT NULL REFERENCES ledger_account (id),
    credit_account_id BIGINT  NOT NULL REFERENCES ledger_account (id),
    amount_cents      BIGINT  NOT NULL CHECK (amount_cents > 0),
    currency          CHAR(3) NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (debit_account_id <> credit_account_id),
    UNIQUE (posting_id, leg)
);
CREATE INDEX ledger_transfer_debit ON ledger_transfer (debit_account_id, id);
CREATE INDEX ledger_transfer_credit ON ledger_transfer (credit_account_id, id);

-- Postings and transfers are immutable: corrections are reversing postings.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger rows are immutable; post a reversal instead' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER ledger_transfer_immutable BEFORE UPDATE OR DELETE ON ledger_transfer
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_posting_immutable BEFORE UPDATE OR DELETE ON ledger_posting
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Two-phase holds: funds moved from available to held, later posted (in part or whole) or voided.
CREATE TABLE ledger_hold (
    id               BIGSERIAL PRIMARY KEY,
    customer_id      BIGINT      NOT NULL REFERENCES account (id),
    amount_cents     BIGINT      NOT NULL CHECK (amount_cents > 0),
    status           VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'POSTED', 'VOIDED', 'EXPIRED')),
    purpose          VARCHAR(24) NOT NULL,
    reference        VARCHAR(120),
    placed_posting_id BIGINT     NOT NULL UNIQUE REFERENCES ledger_posting (id),
    closed_posting_id BIGINT     UNIQUE REFERENCES ledger_posting (id),
    captured_cents   BIGINT      CHECK (captured_cents >= 0 AND captured_cents <= amount_cents),
    expires_at       TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at        TIMESTAMPTZ,
    CHECK ((status = 'PENDING') = (closed_posting_id IS NULL))
);
CREATE INDEX ledger_hold_pending ON ledger_hold (expires_at) WHERE status = 'PENDING';
CREATE INDEX ledger_hold_customer ON ledger_hold (customer_id, status);

-- Free-minute packages, consumed first-expiring-first.
CREATE TABLE free_minute_grant (
    id                BIGSERIAL PRIMARY KEY,
    customer_id       BIGINT  NOT NULL REFERENCES account (id),
    operator_id       BIGINT  REFERENCES account (id),
    minutes_granted   INTEGER NOT NULL CHECK (minutes_granted > 0),
    minutes_remaining INTEGER NOT NULL CHECK (minutes_remaining >= 0),
    expires_at        TIMESTAMPTZ NOT NULL,
    granted_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    granted_by        BIGINT  REFERENCES account (id),
    reason            VARCHAR(300) NOT NULL,
    idempotency_key   VARCHAR(120) NOT NULL UNIQUE,
    CHECK (minutes_remaining <= minutes_granted)
);
CREATE INDEX free_minute_grant_usable ON free_minute_grant (customer_id, expires_at) WHERE minutes_remaining > 0;

CREATE TABLE free_minute_use (
    id         BIGSERIAL PRIMARY KEY,
    grant_id   BIGINT  NOT NULL REFERENCES free_minute_grant (id),
    posting_id BIGINT  NOT NULL REFERENCES ledger_posting (id),
    minutes    INTEGER NOT NULL CHECK (minutes > 0),
    UNIQUE (grant_id, posting_id)
);

-- What each charge was for, so earnings and statements need not re-derive it from transfer legs.
CREATE TABLE charge (
    posting_id          BIGINT PRIMARY KEY REFERENCES ledger_posting (id),
    kind                VARCHAR(16) NOT NULL CHECK (kind IN ('CALL', 'MESSAGE', 'ROOM', 'TIP', 'CALLBACK', 'NUMBER')),
    customer_id         BIGINT  NOT NULL REFERENCES account (id),
    operator_id         BIGINT  NOT NULL REFERENCES account (id),
    billed_minutes      INTEGER NOT NULL DEFAULT 0 CHECK (billed_minutes >= 0),
    free_minutes        INTEGER NOT NULL DEFAULT 0 CHECK (free_minutes >= 0 AND free_minutes <= billed_minutes),
    total_cents         BIGINT  NOT NULL CHECK (total_cents >= 0),
    operator_cents      BIGINT  NOT NULL CHECK (operator_cents >= 0),
    platform_cents      BIGINT  NOT NULL CHECK (platform_cents >= 0),
    reference           VARCHAR(120),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (total_cents = operator_cents + platform_cents)
);
CREATE INDEX charge_operator_time ON charge (operator_id, created_at);
CREATE INDEX charge_time ON charge (created_at);

-- Credit packs customers can buy, and the payments that bought them (never card data: only provider references).
CREATE TABLE credit_pack (
    code          VARCHAR(24) PRIMARY KEY,
    name          VARCHAR(60) NOT NULL,
    price_cents   INTEGER NOT NULL CHECK (price_cents > 0),
    bonus_cents   INTEGER NOT NULL DEFAULT 0 CHECK (bonus_cents >= 0),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    sort_order    SMALLINT NOT NULL DEFAULT 0
);
INSERT INTO credit_pack (code, name, price_cents, bonus_cents, sort_order) VALUES
    ('starter', '$10 starter', 1000, 0, 1),
    ('regular', '$25 regular', 2500, 100, 2),
    ('plus',    '$50 plus',    5000, 500, 3),
    ('premium', '$100 premium', 10000, 1500, 4);

CREATE TABLE payment (
    id                 BIGSERIAL PRIMARY KEY,
    idempotency_key    VARCHAR(120) NOT NULL UNIQUE,
    customer_id        BIGINT  NOT NULL REFERENCES account (id),
    pack_code          VARCHAR(24) NOT NULL REFERENCES credit_pack (code),
    amount_cents       INTEGER NOT NULL CHECK (amount_cents > 0),
    provider           VARCHAR(24) NOT NULL,
    provider_reference VARCHAR(120),
    status             VARCHAR(10) NOT NULL CHECK (status IN ('SUCCEEDED', 'DECLINED')),
    decline_reason     VARCHAR(200),
    posting_id         BIGINT REFERENCES ledger_posting (id),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Operator payouts: earnings paid out to the operator's external account.
CREATE TABLE payout (
    id                 BIGSERIAL PRIMARY KEY,
    operator_id        BIGINT  NOT NULL REFERENCES account (id),
    amount_cents       BIGINT  NOT NULL CHECK (amount_cents > 0),
    external_reference VARCHAR(120) NOT NULL,
    posting_id         BIGINT  NOT NULL UNIQUE REFERENCES ledger_posting (id),
    paid_by            BIGINT  NOT NULL REFERENCES account (id),
    paid_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX payout_operator ON payout (operator_id, paid_at);

-- Who did what to money by hand, and why.
CREATE TABLE money_audit (
    id          BIGSERIAL PRIMARY KEY,
    actor_id    BIGINT NOT NULL REFERENCES account (id),
    action      VARCHAR(24) NOT NULL,
    subject_id  BIGINT REFERENCES account (id),
    posting_id  BIGINT REFERENCES ledger_posting (id),
    grant_id    BIGINT REFERENCES free_minute_grant (id),
    reason      VARCHAR(300) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Money rules the platform sets.
CREATE TABLE money_setting (
    name   VARCHAR(40) PRIMARY KEY,
    value  BIGINT NOT NULL
);
INSERT INTO money_setting (name, value) VALUES
    ('call_increment_minutes', 1),
    ('max_posting_cents', 100000),
    ('payout_minimum_cents', 5000),
    ('hold_max_age_minutes', 240);
