-- Phone numbers operators rent from the platform: bought in the platform's Twilio account, attached to its SIP trunk,
-- paid monthly from the operator's earnings.

-- What a number costs a month, set by admins per type; a change applies from each number's next fee date.
CREATE TABLE number_fee (
    number_type       VARCHAR(10) PRIMARY KEY CHECK (number_type IN ('LOCAL', 'TOLL_FREE')),
    monthly_fee_cents INTEGER     NOT NULL CHECK (monthly_fee_cents >= 0 AND monthly_fee_cents <= 100000),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO number_fee (number_type, monthly_fee_cents) VALUES ('LOCAL', 500), ('TOLL_FREE', 1000);

CREATE TABLE operator_number (
    id                    BIGSERIAL PRIMARY KEY,
    operator_id           BIGINT      NOT NULL REFERENCES operator (account_id),
    phone_number          VARCHAR(16) NOT NULL CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    number_type           VARCHAR(10) NOT NULL CHECK (number_type IN ('LOCAL', 'TOLL_FREE')),
    locality              VARCHAR(80),
    region                VARCHAR(40),
    -- PURCHASING: asked of Twilio, outcome not yet recorded (the reconciliation finishes or fails it);
    -- RELEASING: no longer ours to use, Twilio not yet told (the reconciliation retries)
    status                VARCHAR(12) NOT NULL CHECK (status IN ('PURCHASING', 'ACTIVE', 'SUSPENDED', 'RELEASING',
                                                               'RELEASED', 'FAILED')),
    purchase_key          VARCHAR(160) NOT NULL UNIQUE,
    provider_sid          VARCHAR(34) UNIQUE,
    rate_per_minute_cents INTEGER     NOT NULL CHECK (rate_per_minute_cents > 0),
    fee_waived            BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    purchased_at          TIMESTAMPTZ,
    -- fee periods are months from purchased_at; paid_until is the end of the last one paid (or waived)
    paid_periods          INTEGER     NOT NULL DEFAULT 0 CHECK (paid_periods >= 0),
    paid_until            TIMESTAMPTZ,
    -- the fee period whose reminder went out; unpaid since: the grace period runs from here
    reminded_period       INTEGER     NOT NULL DEFAULT 0,
    fee_unpaid_since      TIMESTAMPTZ,
    suspended_at          TIMESTAMPTZ,
    released_at           TIMESTAMPTZ,
    failure               VARCHAR(300),
    CHECK (status IN ('PURCHASING', 'FAILED') OR provider_sid IS NOT NULL)
);
-- a number is one operator's from the purchase until Twilio has it back
CREATE UNIQUE INDEX operator_number_held ON operator_number (phone_number)
    WHERE status IN ('PURCHASING', 'ACTIVE', 'SUSPENDED', 'RELEASING');
CREATE INDEX operator_number_operator ON operator_number (operator_id, created_at DESC);
CREATE INDEX operator_number_fee_due ON operator_number (paid_until) WHERE status IN ('ACTIVE', 'SUSPENDED');
CREATE INDEX operator_number_unsettled ON operator_number (created_at) WHERE status IN ('PURCHASING', 'RELEASING');

-- The monthly fee: a reminder this many days before it is due; unpaid, the number is suspended after the grace days
-- and given back after this many more days unless paid.
INSERT INTO money_setting (name, value) VALUES
    ('number_fee_reminder_days', 3),
    ('number_fee_grace_days', 7),
    ('number_release_after_days', 30);

ALTER TABLE notification DROP CONSTRAINT notification_type_check;
ALTER TABLE notification ADD CONSTRAINT notification_type_check
    CHECK (type IN ('CHAT_MESSAGE', 'ROOM_INVITATION', 'MAIL', 'MESSAGE_SENT', 'CALL_REQUEST', 'PHONE_NUMBER'));
