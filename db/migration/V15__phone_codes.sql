-- A number becomes a customer's or operator's phone only once a one-time code sent to it by SMS comes back: calls
-- ring it and SMS go to it, so an unconfirmed number would let anyone have the platform ring a stranger.
CREATE TABLE phone_code (
    id           BIGSERIAL   PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    phone_e164   VARCHAR(16) NOT NULL CHECK (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
    -- SHA-256 of the code with the account and number: the code itself is never stored
    code_hash    CHAR(64)    NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    failed_tries INTEGER     NOT NULL DEFAULT 0 CHECK (failed_tries >= 0),
    confirmed_at TIMESTAMPTZ
);
-- the daily limits count the codes sent to an account and to a number
CREATE INDEX phone_code_by_account ON phone_code (account_id, sent_at);
CREATE INDEX phone_code_by_number ON phone_code (phone_e164, sent_at);

-- Numbers saved before this were never confirmed: their owners confirm them once. A throwaway demo database keeps
-- its demo accounts' fictional numbers (DemoData), which no one can receive a code on.
DO $$
BEGIN
    IF coalesce(shobj_description((SELECT oid FROM pg_database WHERE datname = current_database()), 'pg_database'), '')
            <> 'aeims throwaway demo database' THEN
        UPDATE customer SET phone_e164 = NULL WHERE phone_e164 IS NOT NULL;
        UPDATE operator SET phone_e164 = NULL WHERE phone_e164 IS NOT NULL;
    END IF;
END
$$;
