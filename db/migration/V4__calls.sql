-- Bridged calls: one row per call the platform originates, from request to settlement.
CREATE TABLE phone_call (
    id                     BIGSERIAL PRIMARY KEY,
    call_ref               VARCHAR(40)  NOT NULL UNIQUE,  -- AEIMS call id: the AMI AEIMS_CALL_ID, ActionID and API call_id
    customer_id            BIGINT       NOT NULL REFERENCES customer (account_id),
    operator_id            BIGINT       NOT NULL REFERENCES operator (account_id),
    site_id                BIGINT       REFERENCES site (id),
    hold_id                BIGINT       NOT NULL UNIQUE REFERENCES ledger_hold (id),
    rate_per_minute_cents  INTEGER      NOT NULL CHECK (rate_per_minute_cents > 0),
    connect_fee_cents      INTEGER      NOT NULL CHECK (connect_fee_cents >= 0),
    operator_share_percent SMALLINT     NOT NULL CHECK (operator_share_percent BETWEEN 0 AND 100),
    free_minutes_at_start  INTEGER      NOT NULL CHECK (free_minutes_at_start >= 0),
    max_seconds            INTEGER      NOT NULL CHECK (max_seconds > 0),
    customer_number        VARCHAR(16)  NOT NULL,
    operator_number        VARCHAR(16)  NOT NULL,
    state                  VARCHAR(20)  NOT NULL CHECK (state IN ('REQUESTED', 'CUSTOMER_RINGING', 'CUSTOMER_ANSWERED',
                                            'OPERATOR_RINGING', 'BRIDGED', 'ENDED', 'FAILED')),
    linked_id              VARCHAR(64)  UNIQUE,           -- Asterisk's Linkedid: the originated leg's Uniqueid
    customer_channel       VARCHAR(120),
    requested_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    customer_ringing_at    TIMESTAMPTZ,
    customer_answered_at   TIMESTAMPTZ,
    operator_ringing_at    TIMESTAMPTZ,
    operator_answered_at   TIMESTAMPTZ,
    bridged_at             TIMESTAMPTZ,
    bridge_left_at         TIMESTAMPTZ,
    ended_at               TIMESTAMPTZ,
    end_reason             VARCHAR(40),
    hangup_cause           INTEGER,
    last_event_at          TIMESTAMPTZ,
    talk_seconds           INTEGER      CHECK (talk_seconds >= 0),
    billed_minutes         INTEGER      CHECK (billed_minutes >= 0),
    free_minutes_used      INTEGER      CHECK (free_minutes_used >= 0),
    charged_cents          BIGINT       CHECK (charged_cents >= 0),
    operator_cents         BIGINT       CHECK (operator_cents >= 0),
    settlement_posting_id  BIGINT       UNIQUE REFERENCES ledger_posting (id),
    settled_at             TIMESTAMPTZ,
    recording_file         VARCHAR(300),
    CHECK ((settled_at IS NULL) = (settlement_posting_id IS NULL))
);
CREATE INDEX phone_call_customer ON phone_call (customer_id, requested_at DESC);
CREATE INDEX phone_call_operator ON phone_call (operator_id, requested_at DESC);
CREATE INDEX phone_call_unsettled ON phone_call (requested_at) WHERE settled_at IS NULL;

-- AMI events of a call that arrived before the platform could tell which call they belong to (manager.conf without
-- channelvars: only OriginateResponse names the call); applied once the Linkedid is matched.
CREATE TABLE call_orphan_event (
    id          BIGSERIAL PRIMARY KEY,
    linked_id   VARCHAR(64)  NOT NULL,
    event_type  VARCHAR(24)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    channel     VARCHAR(120),
    detail      VARCHAR(60),
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX call_orphan_event_linked ON call_orphan_event (linked_id);

-- Which call each Asterisk Linkedid belongs to, learned from the first event that names both.
CREATE TABLE call_link (
    linked_id  VARCHAR(64) PRIMARY KEY,
    call_ref   VARCHAR(40) NOT NULL,
    linked_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
