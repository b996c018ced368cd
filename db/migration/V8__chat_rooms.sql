-- Operators' private chat rooms: optional PIN (hashed), entry fee per visit, per-minute rate while present.
CREATE TABLE chat_room (
    id                    BIGSERIAL PRIMARY KEY,
    operator_id           BIGINT       NOT NULL REFERENCES operator (account_id),
    name                  VARCHAR(80)  NOT NULL CHECK (length(btrim(name)) > 0),
    description           VARCHAR(500) NOT NULL DEFAULT '',
    pin_hash              VARCHAR(200),
    entry_fee_cents       INTEGER      NOT NULL CHECK (entry_fee_cents >= 0),
    rate_per_minute_cents INTEGER      NOT NULL CHECK (rate_per_minute_cents >= 0),
    max_users             INTEGER      NOT NULL CHECK (max_users BETWEEN 1 AND 2000),
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    closed_at             TIMESTAMPTZ
);
CREATE INDEX chat_room_active ON chat_room (created_at DESC) WHERE active;

-- One visit per customer at a time; the entry fee is charged once per visit.
CREATE TABLE room_visit (
    id                BIGSERIAL PRIMARY KEY,
    room_id           BIGINT      NOT NULL REFERENCES chat_room (id),
    customer_id       BIGINT      NOT NULL REFERENCES customer (account_id),
    visit_key         VARCHAR(120) NOT NULL UNIQUE,
    entry_posting_id  BIGINT      REFERENCES ledger_posting (id),
    entry_fee_cents   BIGINT      NOT NULL CHECK (entry_fee_cents >= 0),
    joined_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    left_at           TIMESTAMPTZ,
    left_reason       VARCHAR(20)
);
CREATE UNIQUE INDEX room_visit_present ON room_visit (room_id, customer_id) WHERE left_at IS NULL;
CREATE INDEX room_visit_room ON room_visit (room_id) WHERE left_at IS NULL;

-- Wrong PINs, for throttling: five in ten minutes for one customer and room stop further tries for a while.
CREATE TABLE room_pin_failure (
    id          BIGSERIAL PRIMARY KEY,
    room_id     BIGINT      NOT NULL REFERENCES chat_room (id),
    customer_id BIGINT      NOT NULL REFERENCES customer (account_id),
    failed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX room_pin_failure_recent ON room_pin_failure (room_id, customer_id, failed_at);
