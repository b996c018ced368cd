package com.aeims.application.money.internal;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.application.money.MoneySettings;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.LedgerException.Reason;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import com.aeims.domain.model.pricing.FreeMinuteRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultMoneyAdministration implements MoneyAdministration {

    // a bought pack is refunded at the payment service, whose notification takes it back here: reversing it by hand
    // as well would take it twice
    private static final Set<PostingKind> REVERSIBLE = EnumSet.of(PostingKind.PROMOTIONAL_CREDIT,
            PostingKind.CALL, PostingKind.MESSAGE, PostingKind.ROOM, PostingKind.TIP, PostingKind.ADJUSTMENT);

    @Inject
    private Ledger ledger;

    @Inject
    private MoneyAudit trail;

    @Inject
    private Payables payables;

    @Inject
    private FreeMinuteRepository freeMinutes;

    @Inject
    private MoneySettings settings;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public long grantCredit(long adminId, long customerId, long amountCents, String reason, String key) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        requireRole(errors, "customer_id", customerId, Role.CUSTOMER);
        requireReason(errors, reason);
        if (amountCents <= 0) {
            errors.reject("amount_cents", "Must be positive");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        settings.requireWithinPostingLimit(amountCents);
        Posting posting = ledger.post(PostingRequest.of("credit:" + key, PostingKind.PROMOTIONAL_CREDIT, null,
                "Credit: " + reason.strip(), List.of(new TransferLeg(AccountRef.platform(AccountKind.PROMOTIONAL_CREDIT),
                        AccountRef.available(customerId), amountCents))));
        if (!posting.replayed()) {
            audit(adminId, "GRANT_CREDIT", customerId, posting.id(), null, reason);
        }
        return posting.id();
    }

    @Override
    public long adjust(long adminId, long customerId, long signedAmountCents, String reason, String key) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        requireRole(errors, "customer_id", customerId, Role.CUSTOMER);
        requireReason(errors, reason);
        if (signedAmountCents == 0) {
            errors.reject("amount_cents", "Must not be zero");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        long amount = Math.abs(signedAmountCents);
        settings.requireWithinPostingLimit(amount);
        AccountRef outside = AccountRef.platform(AccountKind.EXTERNAL_FUNDING);
        AccountRef customer = AccountRef.available(customerId);
        TransferLeg leg = signedAmountCents > 0 ? new TransferLeg(outside, customer, amount)
                : new TransferLeg(customer, outside, amount);
        Posting posting = ledger.post(PostingRequest.of("adjust:" + key, PostingKind.ADJUSTMENT, null,
                "Adjustment: " + reason.strip(), List.of(leg)));
        if (!posting.replayed()) {
            audit(adminId, "ADJUST", customerId, posting.id(), null, reason);
        }
        return posting.id();
    }

    @Override
    public long grantFreeMinutes(long adminId, long customerId, Long operatorId, int minutes, Instant expiresAt,
                                 String reason, String key) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        requireRole(errors, "customer_id", customerId, Role.CUSTOMER);
        if (operatorId != null) {
            requireRole(errors, "operator_id", operatorId, Role.OPERATOR);
        }
        requireReason(errors, reason);
        if (minutes <= 0 || minutes > 10_000) {
            errors.reject("minutes", "Grant 1 to 10000 minutes");
        }
        if (expiresAt == null || !expiresAt.isAfter(Instant.now())) {
            errors.reject("expires_at", "Must be in the future");
        }
        if (key == null || key.isBlank() || key.length() > 100) {
            errors.reject("idempotency_key", "Send a key of 1 to 100 characters");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        long grantId = freeMinutes.grant(customerId, operatorId, minutes, expiresAt, adminId, reason.strip(),
                "free:" + key);
        audit(adminId, "GRANT_FREE_MINUTES", customerId, null, grantId, reason);
        return grantId;
    }

    @Override
    public long refund(long adminId, long postingId, String reason, String key) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        requireReason(errors, reason);
        errors.throwIfAny("VALIDATION_FAILED");
        List<?> header = em.createNativeQuery("SELECT kind, description FROM ledger_posting WHERE id = ?1")
                .setParameter(1, postingId).getResultList();
        if (header.isEmpty()) {
            throw new LedgerException(Reason.UNKNOWN_POSTING, "No posting " + postingId);
        }
        PostingKind kind = PostingKind.valueOf((String) ((Object[]) header.get(0))[0]);
        if (kind == PostingKind.ADD_FUNDS) {
            throw new LedgerException(Reason.NOT_REVERSIBLE, "Refund a bought pack at the payment service (CCBill's"
                    + " admin): its notification takes the pack back here");
        }
        if (!REVERSIBLE.contains(kind)) {
            throw new LedgerException(Reason.NOT_REVERSIBLE, kind.label() + " postings cannot be refunded");
        }
        List<TransferLeg> reversal = new ArrayList<>();
        Long subject = null;
        for (Object row : em.createNativeQuery("SELECT d.kind, d.owner_id, c.kind, c.owner_id, t.amount_cents"
                + " FROM ledger_transfer t JOIN ledger_account d ON d.id = t.debit_account_id"
                + " JOIN ledger_account c ON c.id = t.credit_account_id WHERE t.posting_id = ?1 ORDER BY t.leg")
                .setParameter(1, postingId).getResultList()) {
            Object[] leg = (Object[]) row;
            AccountRef debit = ref(leg[0], leg[1]);
            AccountRef credit = ref(leg[2], leg[3]);
            if (debit.kind() == AccountKind.CUSTOMER_HELD && credit.kind() == AccountKind.CUSTOMER_AVAILABLE) {
                continue; // the unused part of a hold already went back
            }
            // money that left a customer's reserved funds comes back to what they can spend
            AccountRef back = debit.kind() == AccountKind.CUSTOMER_HELD ? AccountRef.available(debit.ownerId()) : debit;
            if (back.kind() == AccountKind.CUSTOMER_AVAILABLE) {
                subject = back.ownerId();
            } else if (credit.kind() == AccountKind.CUSTOMER_AVAILABLE) {
                subject = credit.ownerId();
            }
            reversal.add(new TransferLeg(credit, back, ((Number) leg[4]).longValue()));
        }
        Posting posting = ledger.post(new PostingRequest("refund:" + key, PostingKind.REFUND, "posting:" + postingId,
                "Refund: " + reason.strip(), reversal, postingId));
        if (!posting.replayed()) {
            audit(adminId, "REFUND", subject, posting.id(), null, reason);
        }
        return posting.id();
    }

    @Override
    public long payOut(long adminId, long operatorId, String externalReference, String key) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        requireRole(errors, "operator_id", operatorId, Role.OPERATOR);
        if (externalReference == null || externalReference.isBlank() || externalReference.length() > 120) {
            errors.reject("external_reference", "Give the bank or payment reference (up to 120 characters)");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        java.util.Optional<Posting> earlier = ledger.findByKey("payout:" + key);
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        // locked, so what is paid is what was checked: no settlement or take-back lands in between
        long balance = payables.payable(operatorId, ledger.lockedBalance(AccountRef.earnings(operatorId)));
        long minimum = settings.payoutMinimumCents();
        if (balance < minimum) {
            throw new LedgerException(Reason.BELOW_PAYOUT_MINIMUM, String.format("Earnings of $%d.%02d past the"
                            + " %d-day reserve are below the payout minimum of $%d.%02d", balance / 100, balance % 100,
                    settings.payoutReserveDays(), minimum / 100, minimum % 100));
        }
        Posting posting = ledger.post(PostingRequest.of("payout:" + key, PostingKind.PAYOUT, externalReference.strip(),
                "Payout " + externalReference.strip(), List.of(new TransferLeg(AccountRef.earnings(operatorId),
                        AccountRef.platform(AccountKind.EXTERNAL_PAYOUTS), balance))));
        em.createNativeQuery("INSERT INTO payout (operator_id, amount_cents, external_reference, posting_id, paid_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, operatorId).setParameter(2, balance)
                .setParameter(3, externalReference.strip()).setParameter(4, posting.id()).setParameter(5, adminId)
                .executeUpdate();
        audit(adminId, "PAYOUT", operatorId, posting.id(), null, "Paid out " + externalReference.strip());
        return posting.id();
    }

    @Override
    public List<RevenueDay> revenue(LocalDate from, LocalDate toInclusive) {
        if (from.isAfter(toInclusive)) {
            throw ValidationFailure.of("VALIDATION_FAILED", "from", "Start on or before the end date");
        }
        if (from.plusDays(MAX_REVENUE_DAYS).isBefore(toInclusive.plusDays(1))) {
            throw ValidationFailure.of("VALIDATION_FAILED", "to", "Ask for at most " + MAX_REVENUE_DAYS
                    + " days at a time");
        }
        List<?> rows = em.createNativeQuery("SELECT CAST(created_at AT TIME ZONE 'UTC' AS date) AS day, count(*),"
                        + " sum(total_cents), sum(operator_cents), sum(platform_cents) FROM charge"
                        + " WHERE created_at >= ?1 AND created_at < ?2 GROUP BY 1 ORDER BY 1")
                .setParameter(1, from.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .setParameter(2, toInclusive.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new RevenueDay(((Date) r[0]).toLocalDate(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue())).toList();
    }

    private static AccountRef ref(Object kind, Object owner) {
        return new AccountRef(AccountKind.valueOf((String) kind), owner == null ? null : ((Number) owner).longValue());
    }

    private void requireRole(ValidationFailure.Collector errors, String field, long accountId, Role role) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() != role) {
            errors.reject(field, "No " + role.groupName() + " " + accountId);
        }
    }

    private static void requireReason(ValidationFailure.Collector errors, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
            errors.reject("reason", "Give a reason of up to 300 characters");
        }
    }

    private void audit(long actorId, String action, Long subjectId, Long postingId, Long grantId, String reason) {
        trail.record(actorId, action, subjectId, postingId, grantId, reason);
    }
}
