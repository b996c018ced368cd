-- One call settlement as raw SQL, doing on the wire what the ledger does when a call ends: post its hold (lock
-- the hold, take free minutes FIFO, post the charge split operator/platform, give back the rest). The holds were
-- placed beforehand, as calls place them when they start; bench_hold hands each transaction the next one. As in
-- the ledger, only customer and operator balances are maintained rows (the platform's come from its transfers),
-- and the locks, the posting and the bookkeeping beside it are one statement each.
SELECT nextval('bench_hold') AS hold \gset
BEGIN;
SELECT h.customer_id AS c, av.id AS avail, he.id AS held, e.owner_id AS op, e.id AS earn, g.id AS grant_id
    FROM (SELECT * FROM ledger_hold WHERE id = :hold FOR UPDATE) h
    JOIN ledger_account av ON av.owner_id = h.customer_id AND av.kind = 'CUSTOMER_AVAILABLE'
    JOIN ledger_account he ON he.owner_id = h.customer_id AND he.kind = 'CUSTOMER_HELD'
    JOIN ledger_account e ON e.kind = 'OPERATOR_EARNINGS'
        AND e.owner_id = CAST(:opmin AS bigint) + h.customer_id % (CAST(:opmax AS bigint) - CAST(:opmin AS bigint) + 1)
    LEFT JOIN LATERAL (
        SELECT id FROM free_minute_grant
        WHERE customer_id = h.customer_id AND (operator_id IS NULL OR operator_id = e.owner_id)
          AND minutes_remaining > 0 AND expires_at > now()
        ORDER BY expires_at, granted_at, id FOR UPDATE
    ) g ON true \gset
WITH posting AS (
    INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description)
    VALUES ('pgb-s-' || gen_random_uuid(), 'CALL', repeat('0', 64), 'bench', 'Call, 2 min (2 free)')
    ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, idempotency_key
), deltas AS (
    SELECT * FROM unnest(ARRAY[:held, :earn, :avail]::bigint[], ARRAY[-1000, 79, 901]::bigint[]) AS d (account_id, delta)
), locked AS MATERIALIZED (
    SELECT a.id FROM ledger_account a JOIN deltas d ON d.account_id = a.id
    WHERE EXISTS (SELECT 1 FROM posting) ORDER BY a.id FOR UPDATE OF a
), moved AS (
    UPDATE ledger_account a SET balance_cents = a.balance_cents + d.delta
    FROM deltas d JOIN locked l ON l.id = d.account_id WHERE a.id = d.account_id RETURNING a.id
), transfers AS (
    INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id, amount_cents, currency)
    SELECT p.id, t.leg, p.idempotency_key || '#' || t.leg, t.debit, t.credit, t.amount, 'USD'
    FROM posting p, unnest(ARRAY[1, 2, 3], ARRAY[:held, :held, :held]::bigint[], ARRAY[:earn, :plat, :avail]::bigint[],
                           ARRAY[79, 20, 901]::bigint[]) AS t (leg, debit, credit, amount)
    RETURNING 1
)
SELECT p.id AS settle, (SELECT count(*) FROM moved) AS moved, (SELECT count(*) FROM transfers) AS written FROM posting p \gset
WITH allocation AS (
    SELECT * FROM unnest(ARRAY[:grant_id]::bigint[], ARRAY[2]::int[]) AS a (grant_id, minutes)
), used AS (
    UPDATE free_minute_grant g SET minutes_remaining = g.minutes_remaining - a.minutes
    FROM allocation a WHERE g.id = a.grant_id RETURNING g.id, a.minutes
), uses AS (
    INSERT INTO free_minute_use (grant_id, posting_id, minutes) SELECT id, :settle, minutes FROM used RETURNING 1
), charged AS (
    INSERT INTO charge (posting_id, kind, customer_id, operator_id, billed_minutes, free_minutes, total_cents,
                        operator_cents, platform_cents, reference)
    SELECT :settle, 'CALL', :c, :op, 2, 2, 99, 79, 20, 'bench' WHERE true RETURNING 1
), closed AS (
    UPDATE ledger_hold SET status = 'POSTED', closed_posting_id = :settle, captured_cents = 99, closed_at = now()
    WHERE id = :hold AND status = 'PENDING' RETURNING 1
)
SELECT (SELECT count(*) FROM uses), (SELECT count(*) FROM charged), (SELECT count(*) FROM closed);
END;
