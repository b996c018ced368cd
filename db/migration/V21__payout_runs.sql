-- Payout runs: once a period the platform proposes paying every operator whose payable earnings reach the minimum;
-- an admin approves the run, which pays each operator once, and downloads it for the payout processor.
ALTER TABLE operator ADD COLUMN payout_email VARCHAR(254) CHECK (payout_email = lower(payout_email));

CREATE TABLE payout_run (
    id            BIGSERIAL PRIMARY KEY,
    -- one run per period, however often the timer fires or on however many nodes
    period_start  DATE NOT NULL UNIQUE,
    status        VARCHAR(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    approved_by   BIGINT REFERENCES account (id),
    approved_at   TIMESTAMPTZ
);

ALTER TABLE payout ADD COLUMN returned_at TIMESTAMPTZ;
ALTER TABLE payout ADD COLUMN return_reason VARCHAR(300);
ALTER TABLE payout ADD COLUMN return_posting_id BIGINT UNIQUE REFERENCES ledger_posting (id);

CREATE TABLE payout_run_item (
    id              BIGSERIAL PRIMARY KEY,
    run_id          BIGINT NOT NULL REFERENCES payout_run (id),
    operator_id     BIGINT NOT NULL REFERENCES account (id),
    proposed_cents  BIGINT NOT NULL CHECK (proposed_cents > 0),
    status          VARCHAR(10) NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'PAID', 'SKIPPED', 'RETURNED')),
    note            VARCHAR(300),
    payout_email    VARCHAR(254),
    payout_id       BIGINT UNIQUE REFERENCES payout (id),
    UNIQUE (run_id, operator_id)
);

INSERT INTO money_setting (name, value) VALUES ('payout_period_days', 7);
