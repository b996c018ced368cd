package com.aeims.application.money.internal;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.MoneySettings;
import com.aeims.application.money.PayoutRuns;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

@Stateless
public class DefaultPayoutRuns implements PayoutRuns {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private Ledger ledger;

    @Inject
    private Payables payables;

    @Inject
    private MoneySettings settings;

    @Inject
    private MoneyAudit trail;

    @Inject
    private PayoutRunRows rows;

    @Override
    public Run open(LocalDate day) {
        int period = settings.payoutPeriodDays();
        LocalDate start = LocalDate.ofEpochDay(Math.floorDiv(day.toEpochDay(), period) * period);
        List<?> created = em.createNativeQuery("INSERT INTO payout_run (period_start) VALUES (?1)"
                + " ON CONFLICT (period_start) DO NOTHING RETURNING id").setParameter(1, start).getResultList();
        if (!created.isEmpty()) {
            long runId = ((Number) created.get(0)).longValue();
            long minimum = settings.payoutMinimumCents();
            for (Object row : em.createNativeQuery("SELECT owner_id, balance_cents FROM ledger_account"
                    + " WHERE kind = 'OPERATOR_EARNINGS' AND balance_cents >= ?1 ORDER BY owner_id")
                    .setParameter(1, minimum).getResultList()) {
                Object[] r = (Object[]) row;
                long operatorId = ((Number) r[0]).longValue();
                long payable = payables.payable(operatorId, ((Number) r[1]).longValue());
                if (payable >= minimum) {
                    em.createNativeQuery("INSERT INTO payout_run_item (run_id, operator_id, proposed_cents)"
                            + " VALUES (?1, ?2, ?3)").setParameter(1, runId).setParameter(2, operatorId)
                            .setParameter(3, payable).executeUpdate();
                }
            }
        }
        return rows.runForPeriod(start);
    }

    @Override
    public List<Run> recent(int limit) {
        return rows.recent(limit);
    }

    @Override
    public List<Item> items(long runId) {
        rows.run(runId);
        return rows.items(runId);
    }

    @Override
    public Run approve(long adminId, long runId) {
        Run run = rows.lockRun(runId);
        if (run.status() == RunStatus.APPROVED) {
            return run;
        }
        long minimum = settings.payoutMinimumCents();
        for (Item item : rows.items(runId)) {
            if (item.status() != ItemStatus.PROPOSED) {
                continue;
            }
            String email = payoutEmail(item.operatorId());
            AccountRef earnings = AccountRef.earnings(item.operatorId());
            long amount = Math.min(item.proposedCents(),
                    payables.payable(item.operatorId(), ledger.lockedBalance(earnings)));
            if (email == null) {
                rows.skip(item.id(), "No payout email on file");
            } else if (amount < minimum) {
                rows.skip(item.id(), "Payable now " + amount + " cents, below the minimum");
            } else {
                String reference = "AEIMS-R" + runId + "-O" + item.operatorId();
                Posting paid = ledger.post(PostingRequest.of("payout-run:" + runId + ":" + item.operatorId(),
                        PostingKind.PAYOUT, reference, "Payout run of " + run.periodStart(), List.of(new TransferLeg(
                                earnings, AccountRef.platform(AccountKind.EXTERNAL_PAYOUTS), amount))));
                rows.paid(item.id(), rows.recordPayout(item.operatorId(), amount, reference, paid.id(), adminId),
                        email);
            }
        }
        rows.approved(runId, adminId);
        trail.record(adminId, "PAYOUT_RUN", null, null, null, "Approved payout run " + runId + " of "
                + run.periodStart());
        return rows.run(runId);
    }

    @Override
    public String massPaymentCsv(long runId) {
        if (rows.run(runId).status() != RunStatus.APPROVED) {
            throw ValidationFailure.of("NOT_APPROVED", "run", "Approve the run before downloading its payments");
        }
        StringBuilder csv = new StringBuilder();
        for (Item item : rows.items(runId)) {
            if (item.status() == ItemStatus.PAID) {
                csv.append(cell(item.payoutEmail())).append(',')
                        .append(BigDecimal.valueOf(item.paidCents(), 2).toPlainString()).append(",USD,")
                        .append(cell(item.reference())).append(',').append(cell("AEIMS earnings")).append("\r\n");
            }
        }
        return csv.toString();
    }

    @Override
    public void payoutReturned(long adminId, long itemId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
            throw ValidationFailure.of("VALIDATION_FAILED", "reason", "Give a reason of up to 300 characters");
        }
        PayoutRunRows.PaidItem paid = rows.lockPaidItem(itemId);
        Posting returned = ledger.post(new PostingRequest("payout-return:" + paid.payoutId(),
                PostingKind.PAYOUT_RETURN, paid.reference(), "Payout returned: " + reason.strip(),
                List.of(new TransferLeg(AccountRef.platform(AccountKind.EXTERNAL_PAYOUTS),
                        AccountRef.earnings(paid.operatorId()), paid.amountCents())), paid.postingId()));
        rows.returned(itemId, paid.payoutId(), returned.id(), reason.strip());
        trail.record(adminId, "PAYOUT_RETURNED", paid.operatorId(), returned.id(), null, reason);
    }

    @Override
    public void setPayoutEmail(long operatorId, String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            throw ValidationFailure.of("VALIDATION_FAILED", "payout_email", "Enter the email of your payout account");
        }
        em.createNativeQuery("UPDATE operator SET payout_email = ?1 WHERE account_id = ?2").setParameter(1, normalized)
                .setParameter(2, operatorId).executeUpdate();
    }

    @Override
    public String payoutEmail(long operatorId) {
        List<?> found = em.createNativeQuery("SELECT payout_email FROM operator WHERE account_id = ?1")
                .setParameter(1, operatorId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    /** A CSV cell: quoted when it must be, and never read as a formula by a spreadsheet. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static LedgerException notPaid(long itemId) {
        return new LedgerException(LedgerException.Reason.NOT_REVERSIBLE, "Payout item " + itemId
                + " was not paid, or was returned already");
    }
}
