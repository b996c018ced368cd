package com.aeims.application.number.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.number.NumberAdministration;
import com.aeims.application.number.NumberView;
import com.aeims.domain.model.ledger.Cents;
import com.aeims.domain.model.number.NumberType;
import com.aeims.domain.model.number.OperatorNumber;
import com.aeims.domain.model.number.OperatorNumberRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every change is in the money audit trail with its admin and reason. */
@Stateless
public class DefaultNumberAdministration implements NumberAdministration {

    private static final long MOST_FEE_CENTS = 100_000;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private OperatorNumberRepository numbers;

    @Inject
    private NumberFees fees;

    @Override
    public Map<NumberType, Long> fees() {
        return numbers.monthlyFees();
    }

    @Override
    public Map<NumberType, Long> setFees(long adminId, Map<NumberType, Long> monthlyFeeCents, String reason) {
        monthlyFeeCents.forEach((type, cents) -> {
            if (cents < 0 || cents > MOST_FEE_CENTS) {
                throw ValidationFailure.of("VALIDATION_FAILED", "monthly_fee_cents",
                        "A monthly fee is $0.00 to " + Cents.dollars(MOST_FEE_CENTS));
            }
        });
        String why = requireReason(reason);
        monthlyFeeCents.forEach((type, cents) -> {
            em.createNativeQuery("UPDATE number_fee SET monthly_fee_cents = ?, updated_at = now()"
                    + " WHERE number_type = ?").setParameter(1, cents).setParameter(2, type.name()).executeUpdate();
            audit(adminId, "NUMBER_FEE_SET", null, type + " " + cents + " cents: " + why);
        });
        return fees();
    }

    @Override
    public NumberView waive(long adminId, long numberId, boolean waived, String reason) {
        String why = requireReason(reason);
        OperatorNumber number = numbers.lock(numberId)
                .orElseThrow(() -> new UnknownEntityException("NUMBER_NOT_FOUND", "No number " + numberId));
        number.waiveFees(waived);
        if (waived && number.isFeeDue(Instant.now())) {
            fees.payDue(number, Instant.now());
        }
        audit(adminId, waived ? "NUMBER_FEE_WAIVED" : "NUMBER_FEE_UNWAIVED", number.getOperatorId(),
                number.getPhoneNumber() + ": " + why);
        return NumberView.of(number, numbers.monthlyFeeCents(number.getType()));
    }

    @Override
    public List<NumberView> held(int limit) {
        Map<NumberType, Long> fees = numbers.monthlyFees();
        return numbers.held(Math.max(1, Math.min(limit, 500))).stream()
                .map(number -> NumberView.of(number, fees.get(number.getType()))).toList();
    }

    private void audit(long adminId, String action, Long subjectId, String reason) {
        String why = reason.length() > 300 ? reason.substring(0, 300) : reason;
        if (subjectId == null) {
            em.createNativeQuery("INSERT INTO money_audit (actor_id, action, reason) VALUES (?, ?, ?)")
                    .setParameter(1, adminId).setParameter(2, action).setParameter(3, why).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO money_audit (actor_id, action, subject_id, reason) VALUES (?, ?, ?, ?)")
                    .setParameter(1, adminId).setParameter(2, action).setParameter(3, subjectId)
                    .setParameter(4, why).executeUpdate();
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationFailure.of("VALIDATION_FAILED", "reason", "Say why");
        }
        return reason.strip();
    }
}
