-- Operators' weekly hours for scheduled calls, as wall-clock times in the operator's own time zone (IANA name; none
-- means UTC), so they stay put across daylight-saving changes.
ALTER TABLE operator ADD COLUMN calendar_zone VARCHAR(64);

CREATE TABLE operator_calendar_slot (
    id           BIGSERIAL PRIMARY KEY,
    operator_id  BIGINT   NOT NULL REFERENCES account (id),
    weekday      SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts       TIME     NOT NULL,
    ends         TIME     NOT NULL,
    -- a block never crosses midnight: a night is two blocks
    CHECK (ends > starts)
);
CREATE INDEX operator_calendar_slot_operator ON operator_calendar_slot (operator_id, weekday, starts);
