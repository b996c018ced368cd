-- Internal mail between a customer and an operator: a subject and a body, read and answered at leisure.
CREATE TABLE mail (
    id                BIGSERIAL PRIMARY KEY,
    customer_id       BIGINT        NOT NULL REFERENCES customer (account_id),
    operator_id       BIGINT        NOT NULL REFERENCES operator (account_id),
    sender            VARCHAR(10)   NOT NULL CHECK (sender IN ('CUSTOMER', 'OPERATOR')),
    subject           VARCHAR(200)  NOT NULL CHECK (length(btrim(subject)) > 0),
    body              VARCHAR(10000) NOT NULL CHECK (length(btrim(body)) > 0),
    reply_to_id       BIGINT        REFERENCES mail (id),
    idempotency_key   VARCHAR(120)  NOT NULL UNIQUE,
    charge_posting_id BIGINT        UNIQUE REFERENCES ledger_posting (id),
    charged_cents     BIGINT        NOT NULL DEFAULT 0 CHECK (charged_cents >= 0),
    sent_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at           TIMESTAMPTZ
);
CREATE INDEX mail_customer ON mail (customer_id, sent_at DESC);
CREATE INDEX mail_operator ON mail (operator_id, sent_at DESC);

-- 1: customers' mail costs the operator's message price, like a chat message; 0: mail is free.
INSERT INTO money_setting (name, value) VALUES ('mail_charged', 1);
