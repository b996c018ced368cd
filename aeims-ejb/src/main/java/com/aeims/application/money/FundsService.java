package com.aeims.application.money;

import com.aeims.domain.model.payment.PaymentStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Customers topping up their prepaid balance with credit packs. */
public interface FundsService {

    record CreditPack(String code, String name, long priceCents, long bonusCents) {
        public long creditCents() {
            return priceCents + bonusCents;
        }
    }

    /**
     * Where a purchase stands. A pending one waits for the customer to pay on {@code checkoutUrl}, the payment
     * service's form, and for the service to confirm the sale; only then is {@code creditedCents} on the balance.
     */
    record Result(PaymentStatus status, UUID checkoutId, String checkoutUrl, String declineReason,
                  long creditedCents, long availableCents, boolean replayed) {

        public boolean approved() {
            return status == PaymentStatus.SUCCEEDED;
        }
    }

    /** One of the customer's purchases, for their list. */
    record Purchase(UUID checkoutId, String packCode, long priceCents, long creditCents, PaymentStatus status,
                    String declineReason, long reversedCents, OffsetDateTime createdAt) {
    }

    /** What the customer can spend now, and what open calls hold of it. */
    record Balance(long availableCents, long heldCents) {
    }

    Balance balance(long customerId);

    List<CreditPack> packs();

    /** Whether credit can be bought on this server: only through a payment service connected to it. */
    boolean sellsCredit();

    /** Whether the page asks for a test card's token (the sandbox) rather than sending the customer to a form. */
    boolean needsPaymentToken();

    /**
     * Starts buying the pack, once per idempotency key: the sandbox answers at once; a hosted form gives a pending
     * purchase to finish on the form. Refused with {@link FundsRefused} while no payment service sells credit here.
     */
    Result addFunds(long customerId, String packCode, String paymentToken, String idempotencyKey);

    /** The customer's latest purchases, newest first. */
    List<Purchase> purchases(long customerId);
}
