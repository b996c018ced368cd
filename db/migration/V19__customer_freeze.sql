-- A customer whose payment was charged back is frozen: no new spending until an admin lifts it.
ALTER TABLE customer ADD COLUMN frozen_at TIMESTAMPTZ;
ALTER TABLE customer ADD COLUMN frozen_reason VARCHAR(200);
ALTER TABLE customer ADD CONSTRAINT customer_frozen_with_reason CHECK ((frozen_at IS NULL) = (frozen_reason IS NULL));

-- a frozen customer's room visit ends at the next minute it would have paid for
ALTER TABLE room_visit DROP CONSTRAINT room_visit_left_reason;
ALTER TABLE room_visit ADD CONSTRAINT room_visit_left_reason
    CHECK (left_reason IN ('LEFT', 'ROOM_CLOSED', 'KICKED', 'BANNED', 'OUT_OF_FUNDS', 'DISCONNECTED', 'FROZEN'));

-- what a chargeback could not take back because a call held it: taken when the call has ended and its hold is settled
ALTER TABLE payment ADD COLUMN awaiting_held_cents INTEGER NOT NULL DEFAULT 0 CHECK (awaiting_held_cents >= 0);
CREATE INDEX payment_awaiting_held ON payment (id) WHERE awaiting_held_cents > 0;
