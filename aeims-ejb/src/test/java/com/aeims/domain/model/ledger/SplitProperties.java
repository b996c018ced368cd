package com.aeims.domain.model.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SplitProperties {

    @Property
    void operatorAndPlatformAlwaysAddUpToTheCharge(@ForAll @LongRange(min = 0, max = 10_000_000) long total,
                                                   @ForAll @IntRange(min = 0, max = 100) int share) {
        Split split = Split.of(total, share);
        assertEquals(total, split.operatorCents() + split.platformCents());
    }

    @Property
    void theOperatorShareRoundsDownAndNeverExceedsItsPercentage(@ForAll @LongRange(min = 0, max = 10_000_000) long total,
                                                               @ForAll @IntRange(min = 0, max = 100) int share) {
        Split split = Split.of(total, share);
        assertTrue(split.operatorCents() * 100 <= total * share);
        assertTrue((split.operatorCents() + 1) * 100 > total * share);
        assertTrue(split.platformCents() >= 0);
    }
}
