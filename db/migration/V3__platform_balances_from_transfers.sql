-- The platform's own accounts (revenue, funding, promotions, payouts) take part in nearly every posting. Keeping a
-- balance column on them would make every posting wait for the same row lock, so their balance is the sum of
-- their transfers; customer and operator accounts keep the maintained, lock-checked column.
UPDATE ledger_account SET balance_cents = 0 WHERE owner_id IS NULL;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_platform_balance_derived
    CHECK (owner_id IS NOT NULL OR balance_cents = 0);
COMMENT ON COLUMN ledger_account.balance_cents IS
    'Maintained for customer and operator accounts only; platform accounts derive theirs from ledger_transfer.';
