package com.aeims.application.money;

import java.util.List;

/** Customers topping up their prepaid balance with credit packs. */
public interface FundsService {

    record CreditPack(String code, String name, long priceCents, long bonusCents) {
        public long creditCents() {
            return priceCents + bonusCents;
        }
    }

    record Result(boolean approved, String declineReason, long creditedCents, long availableCents, boolean replayed) {
    }

    /** What the customer can spend now, and what open calls hold of it. */
    record Balance(long availableCents, long heldCents) {
    }

    Balance balance(long customerId);

    List<CreditPack> packs();

    /** Whether credit can be bought on this server: only through a payment service connected to it. */
    boolean sellsCredit();

    /**
     * Charges the payment token for the pack and credits the balance, once per idempotency key; refused with
     * {@link FundsRefused} while no payment service sells credit here.
     */
    Result addFunds(long customerId, String packCode, String paymentToken, String idempotencyKey);
}
