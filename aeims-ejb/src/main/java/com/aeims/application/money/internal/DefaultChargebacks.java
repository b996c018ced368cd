package com.aeims.application.money.internal;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.Chargebacks;
import com.aeims.application.money.PaymentRecords;
import com.aeims.application.money.PaymentRecords.Payment;
import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultChargebacks implements Chargebacks {

    private static final int MAX_LISTED = 200;

    /** The chargeback's postings (the reversal, the take-backs) moving money out of (-) or into (+) an account kind. */
    private static final String MOVED = "coalesce((SELECT sum(CASE WHEN da.kind = '%1$s' THEN t.amount_cents ELSE 0 END"
            + " - CASE WHEN ca.kind = '%1$s' THEN t.amount_cents ELSE 0 END) FROM ledger_posting l"
            + " JOIN ledger_transfer t ON t.posting_id = l.id JOIN ledger_account da ON da.id = t.debit_account_id"
            + " JOIN ledger_account ca ON ca.id = t.credit_account_id WHERE l.kind = 'CHARGEBACK'"
            + " AND l.reference = p.provider_transaction_id), 0)";

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private DefaultSpendingGuard spending;

    @Inject
    private MoneyAudit trail;

    @Inject
    private PaymentRecords payments;

    @Inject
    private Ledger ledger;

    @Inject
    private ChargebackRecovery recovery;

    @Override
    public List<Chargeback> recent(int limit) {
        List<?> rows = em.createNativeQuery("SELECT e.received_at, p.customer_id, a.email, c.name, p.amount_cents,"
                        + " e.amount_cents, " + MOVED.formatted("CUSTOMER_AVAILABLE") + ", "
                        + MOVED.formatted("OPERATOR_EARNINGS") + ", " + MOVED.formatted("PAYMENT_LOSS")
                        + ", p.awaiting_held_cents, e.reason, cu.frozen_at IS NOT NULL,"
                        + " coalesce((SELECT sum(ch.total_cents) FROM charge ch WHERE ch.customer_id = p.customer_id"
                        + " AND ch.created_at >= p.created_at), 0),"
                        + " coalesce((SELECT string_agg(DISTINCT op.display_name, ', ') FROM charge ch"
                        + " JOIN account op ON op.id = ch.operator_id WHERE ch.customer_id = p.customer_id"
                        + " AND ch.created_at >= p.created_at), '')"
                        + " FROM payment_event e JOIN payment p ON p.id = e.payment_id"
                        + " JOIN credit_pack c ON c.code = p.pack_code JOIN account a ON a.id = p.customer_id"
                        + " JOIN customer cu ON cu.account_id = p.customer_id"
                        + " WHERE e.kind = 'CHARGEBACK' AND e.outcome = 'APPLIED' ORDER BY e.received_at DESC, e.id DESC"
                        + " LIMIT ?1")
                .setParameter(1, Math.max(1, Math.min(limit, MAX_LISTED))).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Chargeback(SqlTimes.offsetDateTime(r[0]),
                number(r[1]), (String) r[2], (String) r[3], number(r[4]), number(r[5]), number(r[6]), number(r[7]),
                number(r[8]), number(r[9]),
                (String) r[10], (Boolean) r[11], number(r[12]), (String) r[13])).toList();
    }

    @Override
    public List<Long> awaitingHeld(int limit) {
        return payments.awaitingHeld(limit);
    }

    @Override
    public boolean recoverHeld(long paymentId) {
        Optional<Payment> locked = payments.lockById(paymentId);
        if (locked.isEmpty() || locked.get().awaitingHeldCents() == 0) {
            return true;
        }
        Payment payment = locked.get();
        if (ledger.balance(AccountRef.held(payment.customerId())) > 0) {
            return false;
        }
        long awaited = payment.awaitingHeldCents();
        long take = Math.min(awaited, ledger.lockedBalance(AccountRef.available(payment.customerId())));
        if (take > 0) {
            ledger.post(PostingRequest.of("chargeback-held:" + payment.id() + ":" + payment.reversedCents(),
                    PostingKind.CHARGEBACK, payment.transactionId(), "Chargeback: what a call held, taken back when"
                            + " it ended", List.of(new TransferLeg(AccountRef.available(payment.customerId()),
                            AccountRef.platform(AccountKind.PAYMENT_LOSS), take))));
        }
        recovery.recover(payment, awaited - take, "spent on a call in progress", "held");
        payments.awaitHeld(payment.id(), 0);
        return true;
    }

    @Override
    public void unfreeze(long adminId, long customerId, String reason) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
            errors.reject("reason", "Give a reason of up to 300 characters");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        if (!spending.unfreeze(customerId)) {
            throw ValidationFailure.of("NOT_FROZEN", "customer_id", "Customer " + customerId + " is not frozen");
        }
        trail.record(adminId, "UNFREEZE", customerId, null, null, reason);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
