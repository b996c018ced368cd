-- The operator's line of "when free" requests runs in the order of queued_at: when asked, or when the operator last
-- skipped the request (to the back of the line).
ALTER TABLE call_request ADD COLUMN queued_at TIMESTAMPTZ;
UPDATE call_request SET queued_at = created_at WHERE kind = 'WHEN_FREE';
ALTER TABLE call_request ADD CONSTRAINT call_request_queued CHECK ((kind = 'WHEN_FREE') = (queued_at IS NOT NULL));
DROP INDEX call_request_queue;
CREATE INDEX call_request_line ON call_request (operator_id, queued_at) WHERE kind = 'WHEN_FREE' AND status = 'PENDING';
