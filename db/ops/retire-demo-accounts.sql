-- Retires the demo accounts from a database a demo run wrote into, so AEIMS starts on it outside demo mode.
-- Their passwords are published (README); this keeps their rows and history (calls, postings) but renames them to
-- addresses nobody can log in with, replaces their password hashes with one no password matches and disables them.
-- Run once with psql against the database: psql "$AEIMS_DB_URL_FOR_PSQL" -f db/ops/retire-demo-accounts.sql
BEGIN;
UPDATE account
   SET email = 'retired-demo-' || id || '@invalid',
       password_hash = 'pbkdf2-sha256$600000$AA$AA',
       enabled = FALSE
 WHERE email IN ('demo.customer@example.com', 'demo.admin@example.com',
                 'sarah.johnson@example.com', 'mia.rodriguez@example.com', 'emma.chen@example.com',
                 'olivia.brooks@example.com', 'ava.martin@example.com', 'isabella.rossi@example.com',
                 'chloe.williams@example.com', 'zoe.kim@example.com', 'natalie.price@example.com',
                 'grace.thompson@example.com', 'raven.black@example.com', 'luna.vega@example.com',
                 'scarlett.hayes@example.com', 'jade.moreau@example.com');
UPDATE chat_room SET active = FALSE, closed_at = coalesce(closed_at, now())
 WHERE operator_id IN (SELECT id FROM account WHERE email LIKE 'retired-demo-%@invalid');
COMMIT;
