package com.aeims.application.money;

/**
 * Notifications from payment services: a confirmed sale credits its pack once, a failure says why, and a refund,
 * void or chargeback takes the pack back. Each delivery is recorded; one seen before changes nothing.
 */
public interface PaymentNotifications {

    enum Outcome {
        /** It changed the payment (and the ledger, for money). */
        APPLIED,
        /** A reversal of a sale not confirmed yet: applied when the sale is. */
        WAITING,
        /** Received before: nothing changed again. */
        DUPLICATE,
        /** It does not match what AEIMS sold (another price, an unknown checkout): nothing changed. */
        REJECTED,
        /** Nothing to do here (an event AEIMS has no use for, a sale already taken back). */
        IGNORED
    }

    record Receipt(Outcome outcome, String detail) {
    }

    /**
     * @throws NotificationRefused when the named service does not vouch for it
     * @throws com.aeims.application.ValidationFailure when it is malformed
     */
    Receipt receive(String provider, IncomingNotification notification);
}
