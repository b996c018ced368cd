package com.aeims.application.number.internal;

import com.aeims.application.number.NumberProvider;
import com.aeims.application.number.NumberReconciliation;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over what a failure may have left half done. Any node may run it at any time: each step locks its number
 * in a transaction of its own and leaves one already settled alone, and giving back a number twice is harmless.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultNumberReconciliation implements NumberReconciliation {

    private static final Logger LOG = Logger.getLogger(DefaultNumberReconciliation.class.getName());
    private static final int BATCH = 100;
    /** Longer than the provider client waits for an answer, so a purchase still in progress is left alone. */
    static final Duration SETTLE_AFTER = Duration.ofMinutes(2);

    @Inject
    private NumberProvider provider;

    @Inject
    private NumberPurchases purchases;

    @Inject
    private OperatorNumberRepository numbers;

    @Override
    public Outcome reconcile() {
        if (!provider.isConfigured()) {
            return new Outcome(0, 0, 0, 0);
        }
        int finished = 0;
        int failed = 0;
        int released = 0;
        for (Long id : numbers.unsettledSince(Instant.now().minus(SETTLE_AFTER), BATCH)) {
            try {
                OperatorNumber number = numbers.find(id).orElseThrow();
                if (number.getStatus() == OperatorNumber.Status.PURCHASING) {
                    if (settlePurchase(number)) {
                        finished++;
                    } else {
                        failed++;
                    }
                } else if (number.getStatus() == OperatorNumber.Status.RELEASING) {
                    provider.release(number.getProviderSid().orElseThrow());
                    purchases.releasedByProvider(id);
                    released++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reconcile number " + id + "; the next pass retries", e);
            }
        }
        return new Outcome(finished, failed, released, releaseOrphans());
    }

    /** Finishes a purchase the provider made, or fails one it did not; true when the number became active. */
    private boolean settlePurchase(OperatorNumber number) {
        Optional<NumberProvider.Held> held = provider.find(number.getPhoneNumber())
                .filter(h -> h.numberId().isPresent() && h.numberId().getAsLong() == number.getId());
        if (held.isEmpty()) {
            purchases.fail(number.getId(), "the provider did not sell it", true);
            return false;
        }
        NumberPurchases.Completion completion = purchases.complete(number.getId(), held.get().sid());
        if (completion == NumberPurchases.Completion.ACTIVE) {
            LOG.info("Number " + number.getId() + " (" + number.getPhoneNumber() + ") was bought; its purchase is"
                    + " finished");
            return true;
        }
        // failed first, so no later pass can finish it; if giving it back fails, the orphan pass does it
        purchases.fail(number.getId(), "the operator's earnings did not cover the first month's fee", true);
        provider.release(held.get().sid());
        return false;
    }

    /**
     * Numbers bought for a purchase of ours that failed or was given back, which the provider still has (giving it back
     * failed). Only our own purchase of that very phone number counts: a tagged number this database has no such
     * purchase for may be another deployment's sharing the account, and is left alone.
     */
    private int releaseOrphans() {
        int released = 0;
        for (NumberProvider.Held held : provider.boughtForOperators()) {
            Optional<OperatorNumber> number = numbers.find(held.numberId().getAsLong())
                    .filter(n -> n.getPhoneNumber().equals(held.phoneNumber()));
            if (number.isPresent() && !number.get().isHeld()) {
                try {
                    provider.release(held.sid());
                    released++;
                    LOG.warning("Gave back " + held.phoneNumber() + " (" + held.sid() + "): bought for number "
                            + held.numberId().getAsLong() + ", which is " + number.get().getStatus());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not give back " + held.sid() + "; the next pass retries", e);
                }
            }
        }
        return released;
    }
}
