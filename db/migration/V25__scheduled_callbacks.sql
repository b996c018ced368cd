-- A request's call: claimed once when its time comes (the call's reference, unique, is the claim), reminded once.
ALTER TABLE call_request ADD COLUMN call_ref VARCHAR(40) UNIQUE;
ALTER TABLE call_request ADD COLUMN called_at TIMESTAMPTZ;
ALTER TABLE call_request ADD COLUMN reminded_at TIMESTAMPTZ;
ALTER TABLE call_request ADD CONSTRAINT call_request_called CHECK ((call_ref IS NULL) = (called_at IS NULL));
-- what the scheduler's sweep looks for: accepted calls not placed yet
CREATE INDEX call_request_due ON call_request (scheduled_at) WHERE status = 'ACCEPTED' AND call_ref IS NULL;

-- Both parties are reminded this many minutes before a scheduled call.
INSERT INTO money_setting (name, value) VALUES ('callback_reminder_minutes', 5);
