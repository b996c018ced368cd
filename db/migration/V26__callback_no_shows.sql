-- A booked call the customer does not answer is tried again; the last try they miss costs the connect fee.
ALTER TABLE call_request ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE call_request ADD COLUMN next_attempt_at TIMESTAMPTZ;
-- why the last try to place the call had to wait (the operator busy, the phone system away)
ALTER TABLE call_request ADD COLUMN waiting_for VARCHAR(24);
DROP INDEX call_request_due;
CREATE INDEX call_request_due ON call_request (COALESCE(next_attempt_at, scheduled_at))
    WHERE status = 'ACCEPTED' AND call_ref IS NULL;
ALTER TABLE phone_call ADD COLUMN connect_fee_if_missed BOOLEAN NOT NULL DEFAULT FALSE;

-- How many times a booked call rings a customer who does not answer, how long between the tries, and whether the
-- last missed try costs the connect fee.
INSERT INTO money_setting (name, value) VALUES
    ('callback_customer_attempts', 2),
    ('callback_retry_seconds', 60),
    ('callback_customer_no_show_fee', 1);
