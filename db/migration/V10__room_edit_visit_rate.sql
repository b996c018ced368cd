-- A visit keeps the per-minute rate it joined at: an operator's price change applies to visits that start after it.
ALTER TABLE room_visit ADD COLUMN rate_per_minute_cents INTEGER CHECK (rate_per_minute_cents >= 0);
UPDATE room_visit v SET rate_per_minute_cents = r.rate_per_minute_cents FROM chat_room r WHERE r.id = v.room_id;
ALTER TABLE room_visit ALTER COLUMN rate_per_minute_cents SET NOT NULL;
