-- Second factor (RFC 6238 TOTP): required for admins, optional for operators. The secret must be readable to check
-- codes; recovery codes are one-time and kept only as SHA-256 hashes.
CREATE TABLE second_factor (
    account_id     BIGINT      PRIMARY KEY REFERENCES account (id),
    totp_secret    VARCHAR(64) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    -- null until the first code from the app comes back: until then it guards nothing
    confirmed_at   TIMESTAMPTZ,
    -- the 30-second step of the last accepted code: a code is good once
    last_used_step BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE recovery_code (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    code_hash  CHAR(64)    NOT NULL,
    used_at    TIMESTAMPTZ,
    PRIMARY KEY (account_id, code_hash)
);
