-- Limits customers set on their own spending: caps over a rolling day and month, a raise waiting 24 hours, and a
-- cool-off. A customer without a row has no limit.
CREATE TABLE spending_limit (
    customer_id            BIGINT PRIMARY KEY REFERENCES account (id),
    daily_cents            BIGINT CHECK (daily_cents >= 0),
    daily_pending_cents    BIGINT CHECK (daily_pending_cents >= 0),
    daily_pending_from     TIMESTAMPTZ,
    monthly_cents          BIGINT CHECK (monthly_cents >= 0),
    monthly_pending_cents  BIGINT CHECK (monthly_pending_cents >= 0),
    monthly_pending_from   TIMESTAMPTZ,
    cool_off_until         TIMESTAMPTZ,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- what a customer spent in a window, for the caps
CREATE INDEX charge_customer_time ON charge (customer_id, created_at);

-- a room visit ends when the customer's limit does not cover the next minute
ALTER TABLE room_visit DROP CONSTRAINT room_visit_left_reason;
ALTER TABLE room_visit ADD CONSTRAINT room_visit_left_reason CHECK (left_reason IN ('LEFT', 'ROOM_CLOSED', 'KICKED',
    'BANNED', 'OUT_OF_FUNDS', 'DISCONNECTED', 'FROZEN', 'SPENDING_LIMIT'));
