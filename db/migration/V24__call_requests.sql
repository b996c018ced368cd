-- Customers' requests for a paid callback: at a time on the operator's calendar, or as soon as the operator is free.
-- The prepayment is a ledger hold the request owns; the terms are frozen when the customer asks.
CREATE TABLE call_request (
    id                     BIGSERIAL PRIMARY KEY,
    request_ref            VARCHAR(40)  NOT NULL UNIQUE,
    -- the customer's own key, prefixed with their id: a retried request finds the first one
    idempotency_key        VARCHAR(140) NOT NULL UNIQUE,
    customer_id            BIGINT       NOT NULL REFERENCES account (id),
    operator_id            BIGINT       NOT NULL REFERENCES account (id),
    site_id                BIGINT       REFERENCES site (id),
    kind                   VARCHAR(10)  NOT NULL CHECK (kind IN ('AT', 'WHEN_FREE')),
    status                 VARCHAR(10)  NOT NULL
        CHECK (status IN ('PENDING', 'ACCEPTED', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'NO_SHOW')),
    close_reason           VARCHAR(24),
    scheduled_at           TIMESTAMPTZ,
    proposed_at            TIMESTAMPTZ,
    customer_time_zone     VARCHAR(64)  NOT NULL,
    duration_minutes       INTEGER      NOT NULL CHECK (duration_minutes > 0),
    rate_per_minute_cents  INTEGER      NOT NULL CHECK (rate_per_minute_cents > 0),
    connect_fee_cents      INTEGER      NOT NULL CHECK (connect_fee_cents >= 0),
    operator_share_percent INTEGER      NOT NULL CHECK (operator_share_percent BETWEEN 0 AND 100),
    free_minutes           INTEGER      NOT NULL CHECK (free_minutes >= 0 AND free_minutes <= duration_minutes),
    hold_id                BIGINT       NOT NULL UNIQUE REFERENCES ledger_hold (id),
    held_cents             BIGINT       NOT NULL CHECK (held_cents > 0),
    fee_posting_id         BIGINT       UNIQUE REFERENCES ledger_posting (id),
    fee_cents              BIGINT       NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    created_at             TIMESTAMPTZ  NOT NULL,
    decided_at             TIMESTAMPTZ,
    closed_at              TIMESTAMPTZ,
    -- a request at a time has one; one "when free" has none
    CHECK ((kind = 'AT') = (scheduled_at IS NOT NULL)),
    CHECK (proposed_at IS NULL OR (kind = 'AT' AND status = 'PENDING')),
    CHECK ((status IN ('PENDING', 'ACCEPTED')) = (closed_at IS NULL)),
    CHECK (status IN ('PENDING', 'ACCEPTED') OR close_reason IS NOT NULL),
    CHECK ((fee_posting_id IS NULL) = (fee_cents = 0))
);
CREATE INDEX call_request_customer ON call_request (customer_id, created_at DESC);
CREATE INDEX call_request_operator ON call_request (operator_id, created_at DESC);
-- what the expiry sweep and, later, the scheduler look at
CREATE INDEX call_request_open ON call_request (COALESCE(proposed_at, scheduled_at)) WHERE status IN ('PENDING', 'ACCEPTED');
-- the operator's line of "when free" requests
CREATE INDEX call_request_queue ON call_request (operator_id, created_at) WHERE kind = 'WHEN_FREE' AND status = 'PENDING';

ALTER TABLE notification DROP CONSTRAINT notification_type_check;
ALTER TABLE notification ADD CONSTRAINT notification_type_check
    CHECK (type IN ('CHAT_MESSAGE', 'ROOM_INVITATION', 'MAIL', 'MESSAGE_SENT', 'CALL_REQUEST'));

-- also text the account's confirmed number about its call requests
ALTER TABLE notification_preference ADD COLUMN sms_notices BOOLEAN NOT NULL DEFAULT FALSE;

-- Callback rules: cancelling is free until this many minutes before the call, then costs the connect fee (1) or
-- nothing (0); a request must be this far ahead and at most this many days; a "when free" request waits this long;
-- a callback lasts at most this long.
INSERT INTO money_setting (name, value) VALUES
    ('callback_free_cancel_minutes', 60),
    ('callback_late_cancel_fee', 1),
    ('callback_min_lead_minutes', 2),
    ('callback_max_days_ahead', 30),
    ('callback_queue_max_hours', 4),
    ('callback_max_minutes', 120);
