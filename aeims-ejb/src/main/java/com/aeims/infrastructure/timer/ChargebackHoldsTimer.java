package com.aeims.infrastructure.timer;

import com.aeims.application.money.Chargebacks;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes chargebacks that arrived during a call: once the call has ended, what its hold kept is taken back. Every
 * node may run it: each payment is handled under its row lock in a transaction of its own.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class ChargebackHoldsTimer {

    private static final Logger LOG = Logger.getLogger(ChargebackHoldsTimer.class.getName());
    private static final int BATCH = 100;

    @Inject
    private Chargebacks chargebacks;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "chargeback holds")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recoverReleasedHolds() {
        for (Long paymentId : chargebacks.awaitingHeld(BATCH)) {
            try {
                chargebacks.recoverHeld(paymentId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not finish the chargeback of payment " + paymentId + "; will retry", e);
            }
        }
    }
}
