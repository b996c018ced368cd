-- One call settlement as raw SQL, doing on the wire what the ledger does when a call ends: post its hold (lock
-- the hold, take free minutes FIFO, post the charge split operator/platform, give back the rest). The holds were
-- placed beforehand, as calls place them when they start; bench_hold hands each transaction the next one. As in
-- the ledger, only customer and operator balances are maintained rows; the platform's come from its transfers.
SELECT nextval('bench_hold') AS hold \gset
BEGIN;
SELECT h.customer_id AS c, av.id AS avail, he.id AS held FROM ledger_hold h
    JOIN ledger_account av ON av.owner_id = h.customer_id AND av.kind = 'CUSTOMER_AVAILABLE'
    JOIN ledger_account he ON he.owner_id = h.customer_id AND he.kind = 'CUSTOMER_HELD'
    WHERE h.id = :hold FOR UPDATE OF h \gset
\set op :opmin + (:c % (:opmax - :opmin + 1))
SELECT id AS grant_id FROM free_minute_grant
    WHERE customer_id = :c AND (operator_id IS NULL OR operator_id = :op) AND minutes_remaining > 0 AND expires_at > now()
    ORDER BY expires_at, granted_at, id FOR UPDATE \gset
INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description)
    VALUES ('pgb-s-' || gen_random_uuid(), 'CALL', repeat('0', 64), 'bench', 'Call, 2 min (2 free)') RETURNING id AS settle \gset
SELECT id, balance_cents FROM ledger_account
    WHERE id IN (:held, :avail) OR (kind = 'OPERATOR_EARNINGS' AND owner_id = :op) ORDER BY id FOR UPDATE;
UPDATE ledger_account SET balance_cents = balance_cents - 1000 WHERE id = :held;
UPDATE ledger_account SET balance_cents = balance_cents + 79 WHERE kind = 'OPERATOR_EARNINGS' AND owner_id = :op;
UPDATE ledger_account SET balance_cents = balance_cents + 901 WHERE id = :avail;
INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id, amount_cents, currency)
    VALUES (:settle, 1, 'pgb-s-' || :settle || '#1', :held,
               (SELECT id FROM ledger_account WHERE kind = 'OPERATOR_EARNINGS' AND owner_id = :op), 79, 'USD'),
           (:settle, 2, 'pgb-s-' || :settle || '#2', :held, :plat, 20, 'USD'),
           (:settle, 3, 'pgb-s-' || :settle || '#3', :held, :avail, 901, 'USD');
UPDATE free_minute_grant SET minutes_remaining = minutes_remaining - 2 WHERE id = :grant_id;
INSERT INTO free_minute_use (grant_id, posting_id, minutes) VALUES (:grant_id, :settle, 2);
INSERT INTO charge (posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes, total_cents, operator_cents, platform_cents, reference)
    VALUES (:settle, 'CALL', :c, :op, 2, 2, 99, 79, 20, 'bench');
UPDATE ledger_hold SET status = 'POSTED', closed_posting_id = :settle, captured_cents = 99, closed_at = now()
    WHERE id = :hold AND status = 'PENDING';
END;
