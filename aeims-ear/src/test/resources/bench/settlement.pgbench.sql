-- One call settlement as raw SQL, statement for statement what the ledger does: place a hold, then settle it
-- (lock the hold, take free minutes FIFO, post the charge split operator/platform, return the rest). As in the
-- ledger, only customer and operator balances are maintained rows; the platform's come from its transfers.
\set c random(:cmin, :cmax)
\set op :opmin + (:c % (:opmax - :opmin + 1))
BEGIN;
INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description)
    VALUES ('pgb-h-' || gen_random_uuid(), 'HOLD', repeat('0', 64), 'bench', 'Funds reserved for call') RETURNING id AS hold_posting \gset
SELECT id AS avail FROM ledger_account WHERE kind = 'CUSTOMER_AVAILABLE' AND owner_id = :c \gset
SELECT id AS held FROM ledger_account WHERE kind = 'CUSTOMER_HELD' AND owner_id = :c \gset
SELECT id, balance_cents FROM ledger_account WHERE id IN (:avail, :held) ORDER BY id FOR UPDATE;
UPDATE ledger_account SET balance_cents = balance_cents - 1000 WHERE id = :avail;
UPDATE ledger_account SET balance_cents = balance_cents + 1000 WHERE id = :held;
INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id, amount_cents, currency)
    VALUES (:hold_posting, 1, 'pgb-h-' || :hold_posting || '#1', :avail, :held, 1000, 'USD');
INSERT INTO ledger_hold (customer_id, amount_cents, status, purpose, reference, placed_posting_id, expires_at)
    VALUES (:c, 1000, 'PENDING', 'CALL', 'bench', :hold_posting, now() + interval '1 hour') RETURNING id AS hold \gset
END;
BEGIN;
SELECT id FROM ledger_hold WHERE id = :hold FOR UPDATE;
SELECT value FROM money_setting WHERE name = 'call_increment_minutes';
SELECT id, operator_id, minutes_remaining, expires_at, granted_at FROM free_minute_grant
    WHERE customer_id = :c AND (operator_id IS NULL OR operator_id = :op) AND minutes_remaining > 0 AND expires_at > now()
    ORDER BY expires_at, granted_at, id FOR UPDATE;
SELECT id AS grant_id FROM free_minute_grant WHERE customer_id = :c ORDER BY expires_at, granted_at, id LIMIT 1 \gset
INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description)
    VALUES ('pgb-s-' || gen_random_uuid(), 'CALL', repeat('0', 64), 'bench', 'Call, 2 min (2 free)') RETURNING id AS settle \gset
SELECT id AS earn FROM ledger_account WHERE kind = 'OPERATOR_EARNINGS' AND owner_id = :op \gset
SELECT id AS plat FROM ledger_account WHERE kind = 'PLATFORM_REVENUE' AND owner_id IS NULL \gset
SELECT id, balance_cents FROM ledger_account WHERE id IN (:held, :earn, :avail) ORDER BY id FOR UPDATE;
UPDATE ledger_account SET balance_cents = balance_cents - 1000 WHERE id = :held;
UPDATE ledger_account SET balance_cents = balance_cents + 79 WHERE id = :earn;
UPDATE ledger_account SET balance_cents = balance_cents + 901 WHERE id = :avail;
INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id, amount_cents, currency)
    VALUES (:settle, 1, 'pgb-s-' || :settle || '#1', :held, :earn, 79, 'USD'),
           (:settle, 2, 'pgb-s-' || :settle || '#2', :held, :plat, 20, 'USD'),
           (:settle, 3, 'pgb-s-' || :settle || '#3', :held, :avail, 901, 'USD');
UPDATE free_minute_grant SET minutes_remaining = minutes_remaining - 2 WHERE id = :grant_id;
INSERT INTO free_minute_use (grant_id, posting_id, minutes) VALUES (:grant_id, :settle, 2);
INSERT INTO charge (posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes, total_cents, operator_cents, platform_cents, reference)
    VALUES (:settle, 'CALL', :c, :op, 2, 2, 99, 79, 20, 'bench');
UPDATE ledger_hold SET status = 'POSTED', closed_posting_id = :settle, captured_cents = 99, closed_at = now() WHERE id = :hold AND status = 'PENDING';
END;
