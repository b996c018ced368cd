-- Customer messages forwarded by SMS to operators who were offline; an operator's SMS reply goes to the customer
-- whose message was forwarded to them last.
CREATE TABLE sms_forward (
    id           BIGSERIAL PRIMARY KEY,
    message_id   BIGINT      NOT NULL UNIQUE REFERENCES message (id),
    operator_id  BIGINT      NOT NULL REFERENCES operator (account_id),
    customer_id  BIGINT      NOT NULL REFERENCES customer (account_id),
    provider_sid VARCHAR(64),
    status       VARCHAR(10) NOT NULL CHECK (status IN ('SENT', 'FAILED')),
    failure      VARCHAR(300),
    sent_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sms_forward_latest ON sms_forward (operator_id, sent_at DESC);
