-- Calls are recorded only where the site and the operator both turned recording on.
ALTER TABLE site ADD COLUMN recordings_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE operator ADD COLUMN records_calls BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE phone_call ADD COLUMN recorded BOOLEAN NOT NULL DEFAULT FALSE;
-- each party deletes the recording for themselves; the file goes when both have, or at the end of retention
ALTER TABLE phone_call ADD COLUMN recording_customer_deleted_at TIMESTAMPTZ;
ALTER TABLE phone_call ADD COLUMN recording_operator_deleted_at TIMESTAMPTZ;
ALTER TABLE phone_call ADD COLUMN recording_purged_at TIMESTAMPTZ;
CREATE INDEX phone_call_recording_kept ON phone_call (ended_at) WHERE recording_file IS NOT NULL
    AND recording_purged_at IS NULL;
