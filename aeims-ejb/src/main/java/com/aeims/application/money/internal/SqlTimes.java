package com.aeims.application.money.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A TIMESTAMPTZ column as native queries return it (the driver's type varies), as a UTC date-time. */
final class SqlTimes {

    private SqlTimes() {
    }

    static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
