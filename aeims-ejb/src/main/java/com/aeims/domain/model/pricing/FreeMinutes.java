package com.aeims.domain.model.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Free-minute consumption: earliest expiry first, then earliest grant; expired minutes are never used. */
public final class FreeMinutes {

    public record Allocation(long grantId, int minutes) {
    }

    private static final Comparator<FreeMinuteGrant> FIFO = Comparator.comparing(FreeMinuteGrant::expiresAt)
            .thenComparing(FreeMinuteGrant::grantedAt).thenComparingLong(FreeMinuteGrant::id);

    private FreeMinutes() {
    }

    public static int available(List<FreeMinuteGrant> grants, long operatorId, Instant now) {
        return grants.stream().filter(g -> g.usableWith(operatorId, now)).mapToInt(FreeMinuteGrant::minutesRemaining)
                .sum();
    }

    /** Takes up to {@code minutes} from the usable grants in FIFO order. */
    public static List<Allocation> allocate(List<FreeMinuteGrant> grants, long operatorId, int minutes, Instant now) {
        List<Allocation> allocations = new ArrayList<>();
        int wanted = minutes;
        for (FreeMinuteGrant grant : grants.stream().filter(g -> g.usableWith(operatorId, now)).sorted(FIFO).toList()) {
            if (wanted == 0) {
                break;
            }
            int taken = Math.min(wanted, grant.minutesRemaining());
            allocations.add(new Allocation(grant.id(), taken));
            wanted -= taken;
        }
        return allocations;
    }

    /** The grants as they stand once the allocations are taken from them. */
    public static List<FreeMinuteGrant> afterUse(List<FreeMinuteGrant> grants, List<Allocation> allocations) {
        if (allocations.isEmpty()) {
            return grants;
        }
        return grants.stream().map(grant -> {
            int used = allocations.stream().filter(a -> a.grantId() == grant.id()).mapToInt(Allocation::minutes).sum();
            return used == 0 ? grant : new FreeMinuteGrant(grant.id(), grant.operatorId(),
                    grant.minutesRemaining() - used, grant.expiresAt(), grant.grantedAt());
        }).toList();
    }

    public static int total(List<Allocation> allocations) {
        return allocations.stream().mapToInt(Allocation::minutes).sum();
    }
}
