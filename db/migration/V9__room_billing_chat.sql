-- Per-minute room billing: each started minute of a visit is paid when it starts (minute 1 with the entry fee).
-- last_seen_at is the page's heartbeat; a visit nobody has seen for a while is ended, so billing stops within a
-- minute of a closed browser or a lost connection.
ALTER TABLE room_visit
    ADD COLUMN minutes_charged   INTEGER     NOT NULL DEFAULT 0 CHECK (minutes_charged >= 0),
    ADD COLUMN minute_cents      BIGINT      NOT NULL DEFAULT 0 CHECK (minute_cents >= 0),
    ADD COLUMN paid_until        TIMESTAMPTZ,
    ADD COLUMN last_seen_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN low_funds_warned  BOOLEAN     NOT NULL DEFAULT FALSE;
UPDATE room_visit SET paid_until = joined_at;
ALTER TABLE room_visit ALTER COLUMN paid_until SET NOT NULL;
-- what the billing timer looks for: present visits whose paid time is over
CREATE INDEX room_visit_paid_until ON room_visit (paid_until) WHERE left_at IS NULL;
ALTER TABLE room_visit ADD CONSTRAINT room_visit_left_reason
    CHECK (left_reason IN ('LEFT', 'ROOM_CLOSED', 'KICKED', 'BANNED', 'OUT_OF_FUNDS', 'DISCONNECTED'));

-- Customers an operator has banned from one of their rooms; they cannot join it until the ban is lifted.
CREATE TABLE room_ban (
    room_id     BIGINT      NOT NULL REFERENCES chat_room (id),
    customer_id BIGINT      NOT NULL REFERENCES customer (account_id),
    banned_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (room_id, customer_id)
);

-- An operator's invitation: the customer gets a toast, and may enter without the PIN for a day.
CREATE TABLE room_invitation (
    room_id     BIGINT      NOT NULL REFERENCES chat_room (id),
    customer_id BIGINT      NOT NULL REFERENCES customer (account_id),
    invited_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (room_id, customer_id)
);

-- What was said in a room, and who came and went, for people who join later. A client key makes a resent
-- message (double click, retried request) land once.
CREATE TABLE room_messages (
    id         BIGSERIAL PRIMARY KEY,
    room_id    BIGINT        NOT NULL REFERENCES chat_room (id),
    author_id  BIGINT        NOT NULL REFERENCES account (id),
    kind       VARCHAR(10)   NOT NULL CHECK (kind IN ('MESSAGE', 'JOINED', 'LEFT')),
    body       VARCHAR(1000) NOT NULL DEFAULT '',
    client_key VARCHAR(80),
    sent_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (room_id, author_id, client_key)
);
CREATE INDEX room_messages_room ON room_messages (room_id, id DESC);

-- what a room has earned its operator: its charges carry the reference room:<id>
CREATE INDEX charge_room_reference ON charge (reference) WHERE kind = 'ROOM';
