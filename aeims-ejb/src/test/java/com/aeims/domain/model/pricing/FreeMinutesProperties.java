package com.aeims.domain.model.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FreeMinutesProperties {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final long OPERATOR = 7;

    @Provide
    Arbitrary<List<FreeMinuteGrant>> grants() {
        Arbitrary<FreeMinuteGrant> grant = Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.of(null, OPERATOR, 8L),
                Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(-72, 720),
                Arbitraries.integers().between(1, 720)).as((id, operator, minutes, expiresInHours, grantedAgoHours) ->
                new FreeMinuteGrant(id, operator, minutes, NOW.plus(Duration.ofHours(expiresInHours)),
                        NOW.minus(Duration.ofHours(grantedAgoHours))));
        return grant.list().ofMaxSize(8).uniqueElements(FreeMinuteGrant::id);
    }

    @Property
    void takesWhatIsWantedOrAllThatIsUsableNeverMore(@ForAll("grants") List<FreeMinuteGrant> grants,
                                                      @ForAll @IntRange(min = 0, max = 600) int wanted) {
        List<FreeMinutes.Allocation> taken = FreeMinutes.allocate(grants, OPERATOR, wanted, NOW);
        int usable = FreeMinutes.available(grants, OPERATOR, NOW);
        assertEquals(Math.min(wanted, usable), FreeMinutes.total(taken));
        Map<Long, FreeMinuteGrant> byId = new HashMap<>();
        grants.forEach(g -> byId.put(g.id(), g));
        for (FreeMinutes.Allocation allocation : taken) {
            FreeMinuteGrant grant = byId.get(allocation.grantId());
            assertTrue(grant.usableWith(OPERATOR, NOW), "never expired, used up or another operator's");
            assertTrue(allocation.minutes() > 0 && allocation.minutes() <= grant.minutesRemaining());
        }
    }

    @Property
    void earlierExpiringGrantsAreEmptiedFirst(@ForAll("grants") List<FreeMinuteGrant> grants,
                                              @ForAll @IntRange(min = 0, max = 600) int wanted) {
        List<FreeMinutes.Allocation> taken = FreeMinutes.allocate(grants, OPERATOR, wanted, NOW);
        Map<Long, Integer> used = new HashMap<>();
        taken.forEach(a -> used.put(a.grantId(), a.minutes()));
        List<FreeMinuteGrant> usable = new ArrayList<>(grants.stream().filter(g -> g.usableWith(OPERATOR, NOW)).toList());
        for (FreeMinuteGrant later : usable) {
            if (used.getOrDefault(later.id(), 0) == 0) {
                continue;
            }
            for (FreeMinuteGrant earlier : usable) {
                boolean comesFirst = earlier.expiresAt().isBefore(later.expiresAt())
                        || earlier.expiresAt().equals(later.expiresAt()) && earlier.grantedAt().isBefore(later.grantedAt());
                if (comesFirst) {
                    assertEquals(earlier.minutesRemaining(), used.getOrDefault(earlier.id(), 0),
                            "a grant is touched only after every earlier one is empty");
                }
            }
        }
    }

    @Property
    void twoCallsAllocatedOneAfterTheOtherTakeNoMoreThanOneCallOfBothWould(
            @ForAll("grants") List<FreeMinuteGrant> grants, @ForAll @IntRange(min = 0, max = 300) int first,
            @ForAll @IntRange(min = 0, max = 300) int second) {
        List<FreeMinutes.Allocation> firstTaken = FreeMinutes.allocate(grants, OPERATOR, first, NOW);
        List<FreeMinuteGrant> left = FreeMinutes.afterUse(grants, firstTaken);
        List<FreeMinutes.Allocation> secondTaken = FreeMinutes.allocate(left, OPERATOR, second, NOW);
        List<FreeMinutes.Allocation> together = FreeMinutes.allocate(grants, OPERATOR, first + second, NOW);

        assertEquals(FreeMinutes.total(together), FreeMinutes.total(firstTaken) + FreeMinutes.total(secondTaken));
        assertEquals(FreeMinutes.available(grants, OPERATOR, NOW) - FreeMinutes.total(firstTaken),
                FreeMinutes.available(left, OPERATOR, NOW));
        for (FreeMinuteGrant grant : left) {
            assertTrue(grant.minutesRemaining() >= 0, "a grant never goes below zero");
        }
    }
}
