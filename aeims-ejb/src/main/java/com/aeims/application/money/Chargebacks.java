package com.aeims.application.money;

import java.time.OffsetDateTime;
import java.util.List;

/** The admin's view of chargebacks, and lifting the freeze one put on a customer. */
public interface Chargebacks {

    /**
     * One chargeback: what the gateway took back, what AEIMS took back from the customer's balance (price and bonus)
     * and from operators' unpaid earnings, what it lost, what a call in progress still holds, and what the customer
     * spent since the purchase, with whom.
     */
    record Chargeback(OffsetDateTime at, long customerId, String customerEmail, String packName, long priceCents,
                      long chargedBackCents, long takenBackCents, long fromOperatorsCents, long lossCents,
                      long awaitingHeldCents, String reason, boolean stillFrozen, long spentSinceCents,
                      String spentWith) {
    }

    /** The latest chargebacks, newest first. */
    List<Chargeback> recent(int limit);

    /** Charged-back payments whose customer's calls held funds at the chargeback, oldest first. */
    List<Long> awaitingHeld(int limit);

    /**
     * Once the customer holds nothing for a call any more, takes back what the chargeback could not take then; what
     * the call spent of it is the loss, borne as the money settings say. Nothing while a call still holds funds.
     *
     * @return whether the payment is done with
     */
    boolean recoverHeld(long paymentId);

    /**
     * Lets a frozen customer spend again, with the admin's reason in the audit trail.
     *
     * @throws com.aeims.application.ValidationFailure when the customer is not frozen or no reason is given
     */
    void unfreeze(long adminId, long customerId, String reason);
}
