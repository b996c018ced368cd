package com.aeims.application.money.internal;

import com.aeims.application.Refusal;
import com.aeims.application.ValidationFailure;
import com.aeims.application.money.FundsRefused;
import com.aeims.application.money.FundsService;
import com.aeims.application.money.PaymentProvider;
import com.aeims.application.money.PaymentRecords;
import com.aeims.application.money.PaymentRecords.NewPayment;
import com.aeims.application.money.PaymentRecords.Payment;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.payment.PaymentStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Stateless
public class DefaultFundsService implements FundsService {

    private static final int PURCHASES_SHOWN = 20;

    @Inject
    private PaymentProviders providers;

    @Inject
    private PaymentRecords payments;

    @Inject
    private PaymentBook book;

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
        return providers.selling().isPresent();
    }

    @Override
    public boolean needsPaymentToken() {
        return providers.selling().map(PaymentProvider::needsPaymentToken).orElse(false);
    }

    @Override
    public Result addFunds(long customerId, String packCode, String paymentToken, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ValidationFailure.of("VALIDATION_FAILED", "idempotency_key", "Send a key of 1 to 100 characters");
        }
        CreditPack pack = packs().stream().filter(p -> p.code().equals(packCode)).findFirst()
                .orElseThrow(() -> ValidationFailure.of("VALIDATION_FAILED", "pack", "Choose one of the credit packs"));
        var earlier = payments.byKey(idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), customerId, packCode);
        }
        PaymentProvider provider = providers.selling().orElseThrow(() -> new FundsRefused(
                Refusal.Reason.SERVICE_UNAVAILABLE, "PAYMENTS_UNAVAILABLE", "Credit cannot be bought here yet: no"
                + " payment service is connected. Your balance can still be spent."));
        var created = payments.create(new NewPayment(UUID.randomUUID(), idempotencyKey, customerId, packCode,
                pack.priceCents(), pack.bonusCents(), provider.name()));
        if (created.isEmpty()) {
            // the same key sent twice at once: the other request made the purchase
            return replay(payments.byKey(idempotencyKey).orElseThrow(), customerId, packCode);
        }
        Payment payment = created.get();
        PaymentProvider.Start start = provider.start(new PaymentProvider.Purchase(payment.checkoutId(),
                pack.priceCents(), "AEIMS credit: " + pack.name(), paymentToken));
        if (start instanceof PaymentProvider.Approved approved) {
            book.credit(payment, approved.transactionId());
            return result(payment, PaymentStatus.SUCCEEDED, null, null, false);
        }
        if (start instanceof PaymentProvider.Declined declined) {
            payments.notPaid(payment.id(), PaymentStatus.DECLINED, declined.reason());
            return result(payment, PaymentStatus.DECLINED, null, declined.reason(), false);
        }
        String url = ((PaymentProvider.HostedForm) start).url();
        payments.sentToForm(payment.id(), url);
        return result(payment, PaymentStatus.PENDING, url, null, false);
    }

    private Result replay(Payment earlier, long customerId, String packCode) {
        if (earlier.customerId() != customerId || !earlier.packCode().equals(packCode)) {
            throw new LedgerException(LedgerException.Reason.IDEMPOTENCY_CONFLICT,
                    "This payment key was already used for another purchase");
        }
        return result(earlier, earlier.status(), earlier.checkoutUrl(), earlier.declineReason(), true);
    }

    private Result result(Payment payment, PaymentStatus status, String url, String reason, boolean replayed) {
        return new Result(status, payment.checkoutId(), status == PaymentStatus.PENDING ? url : null, reason,
                status == PaymentStatus.SUCCEEDED ? payment.creditCents() : 0,
                ledger.availableCents(payment.customerId()), replayed);
    }

    @Override
    public List<Purchase> purchases(long customerId) {
        return payments.recent(customerId, PURCHASES_SHOWN).stream().map(p -> new Purchase(p.checkoutId(),
                p.packCode(), p.priceCents(), p.creditCents(), p.status(), p.declineReason(), p.reversedCents(),
                p.createdAt().atOffset(ZoneOffset.UTC))).toList();
    }
}
