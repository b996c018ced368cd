-- A call that is over is marked due in the transaction that learns it; settlement follows in batches (one ledger
-- transaction for many calls), so a burst of hang-ups costs a few transactions instead of one each.
ALTER TABLE phone_call ADD COLUMN settle_due_at timestamptz;

CREATE INDEX phone_call_settlement_due ON phone_call (settle_due_at, id)
    WHERE settled_at IS NULL AND settle_due_at IS NOT NULL;
