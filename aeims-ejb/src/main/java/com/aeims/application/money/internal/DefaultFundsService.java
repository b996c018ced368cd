package com.aeims.application.money.internal;

import com.aeims.application.Refusal;
import com.aeims.application.ValidationFailure;
import com.aeims.application.money.FundsRefused;
import com.aeims.application.money.FundsService;
import com.aeims.application.money.PaymentProvider;
import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultFundsService implements FundsService {

    @Inject
    private PaymentProvider payments;

    @Inject
    private Ledger ledger;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Balance balance(long customerId) {
        AccountRef available = AccountRef.available(customerId);
        AccountRef held = AccountRef.held(customerId);
        Map<AccountRef, Long> balances = ledger.balances(List.of(available, held));
        return new Balance(balances.get(available), balances.get(held));
    }

    @Override
    public List<CreditPack> packs() {
        List<?> rows = em.createNativeQuery("SELECT code, name, price_cents, bonus_cents FROM credit_pack"
                + " WHERE active ORDER BY sort_order").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CreditPack((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public boolean sellsCredit() {
        return payments.available();
    }

    @Override
    public Result addFunds(long customerId, String packCode, String paymentToken, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ValidationFailure.of("VALIDATION_FAILED", "idempotency_key", "Send a key of 1 to 100 characters");
        }
        CreditPack pack = packs().stream().filter(p -> p.code().equals(packCode)).findFirst()
                .orElseThrow(() -> ValidationFailure.of("VALIDATION_FAILED", "pack", "Choose one of the credit packs"));
        List<?> earlier = em.createNativeQuery("SELECT customer_id, pack_code, status, decline_reason FROM payment"
                + " WHERE idempotency_key = ?1").setParameter(1, idempotencyKey).getResultList();
        if (!earlier.isEmpty()) {
            Object[] row = (Object[]) earlier.get(0);
            if (((Number) row[0]).longValue() != customerId || !packCode.equals(row[1])) {
                throw new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                        "This payment key was already used for another purchase");
            }
            boolean approved = "SUCCEEDED".equals(row[2]);
            return new Result(approved, (String) row[3], approved ? pack.creditCents() : 0, available(customerId),
                    true);
        }
        if (!payments.available()) {
            throw new FundsRefused(Refusal.Reason.SERVICE_UNAVAILABLE, "PAYMENTS_UNAVAILABLE",
                    "Credit cannot be bought here yet: no payment service is connected. Your balance can still be"
                            + " spent.");
        }
        PaymentProvider.Result paid = payments.charge(paymentToken, pack.priceCents(), idempotencyKey,
                "AEIMS credit: " + pack.name());
        Long postingId = null;
        if (paid.approved()) {
            List<TransferLeg> legs = new ArrayList<>();
            legs.add(new TransferLeg(AccountRef.platform(AccountKind.EXTERNAL_FUNDING),
                    AccountRef.available(customerId), pack.priceCents()));
            if (pack.bonusCents() > 0) {
                legs.add(new TransferLeg(AccountRef.platform(AccountKind.PROMOTIONAL_CREDIT),
                        AccountRef.available(customerId), pack.bonusCents()));
            }
            Posting posting = ledger.post(PostingRequest.of("funds:" + idempotencyKey, PostingKind.ADD_FUNDS,
                    paid.providerReference(), pack.name() + " credit pack", legs));
            postingId = posting.id();
        }
        em.createNativeQuery("INSERT INTO payment (idempotency_key, customer_id, pack_code, amount_cents, provider,"
                        + " provider_reference, status, decline_reason, posting_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS BIGINT))")
                .setParameter(1, idempotencyKey).setParameter(2, customerId).setParameter(3, packCode)
                .setParameter(4, pack.priceCents()).setParameter(5, payments.name())
                .setParameter(6, paid.providerReference()).setParameter(7, paid.approved() ? "SUCCEEDED" : "DECLINED")
                .setParameter(8, paid.declineReason()).setParameter(9, postingId)
                .executeUpdate();
        return new Result(paid.approved(), paid.declineReason(), paid.approved() ? pack.creditCents() : 0,
                available(customerId), false);
    }

    private long available(long customerId) {
        return ledger.balance(AccountRef.available(customerId));
    }
}
