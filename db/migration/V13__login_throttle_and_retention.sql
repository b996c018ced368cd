-- Login throttling by growing delays, per account and per client address (see LoginThrottle): failures as of
-- counted_at in a leaky bucket, and when the key may try next. A login reserves its try here first, under the row's
-- lock and before the password is checked, so parallel tries are all counted. A new key may try at once.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(320) PRIMARY KEY,
    failures        INTEGER      NOT NULL DEFAULT 0 CHECK (failures >= 0),
    counted_at      TIMESTAMPTZ  NOT NULL DEFAULT 'epoch',
    next_allowed_at TIMESTAMPTZ  NOT NULL DEFAULT 'epoch'
);
CREATE INDEX login_throttle_by_next_allowed ON login_throttle (next_allowed_at);

-- Every try is kept for a while with where it came from and what it came to, refused ones included.
ALTER TABLE login_attempt ADD COLUMN client_address VARCHAR(64);
ALTER TABLE login_attempt ADD COLUMN outcome VARCHAR(16);
UPDATE login_attempt SET outcome = CASE WHEN succeeded THEN 'AUTHENTICATED' ELSE 'INVALID' END;
ALTER TABLE login_attempt ALTER COLUMN outcome SET NOT NULL;
ALTER TABLE login_attempt ADD CONSTRAINT login_attempt_outcome
    CHECK (outcome IN ('AUTHENTICATED', 'INVALID', 'THROTTLED'));
ALTER TABLE login_attempt DROP COLUMN succeeded;
CREATE INDEX login_attempt_by_time ON login_attempt (attempted_at);

-- Wrong PINs are limited per room across all customers too, and old ones are cleared.
CREATE INDEX room_pin_failure_by_room ON room_pin_failure (room_id, failed_at);
CREATE INDEX room_pin_failure_by_time ON room_pin_failure (failed_at);
