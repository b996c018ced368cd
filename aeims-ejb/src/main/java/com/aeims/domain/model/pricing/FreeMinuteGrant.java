package com.aeims.domain.model.pricing;

import java.time.Instant;

/** A package of free minutes as it stands now; {@code operatorId} null means "with any operator". */
public record FreeMinuteGrant(long id, Long operatorId, int minutesRemaining, Instant expiresAt, Instant grantedAt) {

    public boolean usableWith(long operator, Instant now) {
        return minutesRemaining > 0 && expiresAt.isAfter(now) && (operatorId == null || operatorId == operator);
    }
}
