-- Charged text chat between a customer and an operator; one row per message, kept as plain text.
CREATE TABLE message (
    id                 BIGSERIAL PRIMARY KEY,
    customer_id        BIGINT       NOT NULL REFERENCES customer (account_id),
    operator_id        BIGINT       NOT NULL REFERENCES operator (account_id),
    sender             VARCHAR(10)  NOT NULL CHECK (sender IN ('CUSTOMER', 'OPERATOR')),
    channel            VARCHAR(10)  NOT NULL DEFAULT 'CHAT' CHECK (channel IN ('CHAT', 'SMS')),
    body               VARCHAR(2000) NOT NULL CHECK (length(btrim(body)) > 0),
    idempotency_key    VARCHAR(120) NOT NULL UNIQUE,
    charge_posting_id  BIGINT       UNIQUE REFERENCES ledger_posting (id),
    charged_cents      BIGINT       NOT NULL DEFAULT 0 CHECK (charged_cents >= 0),
    sent_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    read_at            TIMESTAMPTZ,
    CHECK ((sender = 'CUSTOMER') OR charged_cents = 0)
);
CREATE INDEX message_conversation ON message (customer_id, operator_id, sent_at DESC, id DESC);
CREATE INDEX message_operator_recent ON message (operator_id, sent_at DESC);

-- What a user was told (toasts), kept so that someone who was offline sees it at the next login.
CREATE TABLE notification (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    type        VARCHAR(20)  NOT NULL CHECK (type IN ('CHAT_MESSAGE', 'ROOM_INVITATION', 'MAIL', 'MESSAGE_SENT')),
    title       VARCHAR(120) NOT NULL,
    body        VARCHAR(300) NOT NULL DEFAULT '',
    link        VARCHAR(300),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    read_at     TIMESTAMPTZ
);
CREATE INDEX notification_recent ON notification (account_id, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL;

-- Per-user toast settings: a row per type turned off, and whether toasts play a sound.
CREATE TABLE notification_preference (
    account_id  BIGINT      PRIMARY KEY REFERENCES account (id),
    sound       BOOLEAN     NOT NULL DEFAULT TRUE,
    muted_types VARCHAR(100) NOT NULL DEFAULT ''
);
