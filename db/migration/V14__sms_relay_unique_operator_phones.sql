-- An operator's SMS reply is matched to its operator by the number it comes from, so operators' phones are unique.
-- Where two operators already share one, the one who set it last loses it and must enter their own again (it was
-- ambiguous whose replies were whose).
UPDATE operator SET phone_e164 = NULL
 WHERE phone_e164 IS NOT NULL
   AND account_id <> (SELECT min(o.account_id) FROM operator o WHERE o.phone_e164 = operator.phone_e164);
CREATE UNIQUE INDEX operator_phone_unique ON operator (phone_e164) WHERE phone_e164 IS NOT NULL;

-- Which of the platform's SMS numbers carries which customer's conversation to an operator's phone: a reply comes back
-- to the number the forward came from, so the operator and that number name the customer. With more numbers than an
-- operator has conversations at once, every reply reaches the customer it answers.
CREATE TABLE sms_relay (
    operator_id     BIGINT      NOT NULL REFERENCES operator (account_id),
    platform_number VARCHAR(16) NOT NULL CHECK (platform_number ~ '^\+[1-9][0-9]{6,14}$'),
    customer_id     BIGINT      NOT NULL REFERENCES customer (account_id),
    assigned_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (operator_id, platform_number)
);
CREATE UNIQUE INDEX sms_relay_by_conversation ON sms_relay (operator_id, customer_id);

ALTER TABLE sms_forward ADD COLUMN platform_number VARCHAR(16);

-- A forward is recorded when the message is committed (PENDING), then SENT or FAILED once Twilio answers, or SKIPPED
-- when it would pass a daily SMS limit: the limits count what is pending too, so a burst cannot outrun them.
ALTER TABLE sms_forward DROP CONSTRAINT sms_forward_status_check;
ALTER TABLE sms_forward ADD CONSTRAINT sms_forward_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));
CREATE INDEX sms_forward_by_customer ON sms_forward (customer_id, sent_at);
