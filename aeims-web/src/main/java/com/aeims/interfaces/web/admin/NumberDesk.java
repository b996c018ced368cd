package com.aeims.interfaces.web.admin;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.number.NumberAdministration;
import com.aeims.application.number.NumberView;
import com.aeims.domain.model.number.NumberType;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Operators' numbers for admins: the monthly fee of each type of number (from each number's next fee date) and every
 * number held, whose fees an admin may waive or charge again; each change with a reason, for the audit trail.
 */
@Named
@ViewScoped
public class NumberDesk implements Serializable {

    private static final int SHOWN = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    @Inject
    private NumberAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private final Map<NumberType, String> fees = new EnumMap<>(NumberType.class);
    private String reason;
    private transient List<NumberView> held;

    @PostConstruct
    void load() {
        fees.clear();
        administration.fees().forEach((type, cents) -> fees.put(type, Amounts.dollars(cents).toPlainString()));
        held = administration.held(SHOWN);
    }

    public Map<NumberType, String> getFees() {
        return fees;
    }

    public List<NumberView> getHeld() {
        return held == null ? List.of() : held;
    }

    public NumberType[] getTypes() {
        return NumberType.values();
    }

    public String typeLabel(NumberType type) {
        return type == NumberType.TOLL_FREE ? "Toll-free" : "Local";
    }

    public String nextFee(NumberView number) {
        return number.nextFeeAt().map(at -> DAY.format(at.atZone(ZoneOffset.UTC))).orElse("");
    }

    public void saveFees() {
        try {
            Map<NumberType, Long> cents = new EnumMap<>(NumberType.class);
            for (NumberType type : NumberType.values()) {
                cents.put(type, new BigDecimal(fees.getOrDefault(type, "").strip().replace("$", ""))
                        .movePointRight(2).longValueExact());
            }
            administration.setFees(currentUser.requireId(), cents, reason);
            FieldMessages.info(faces, "Monthly fees saved; each number pays the new fee from its next fee date.");
            load();
        } catch (NumberFormatException | ArithmeticException e) {
            FieldMessages.error(faces, "Type each fee in dollars, such as 5.00");
        } catch (ValidationFailure failure) {
            failure.fieldErrors().values().forEach(message -> FieldMessages.error(faces, message));
        }
    }

    public void waive(NumberView number, boolean waived) {
        try {
            administration.waive(currentUser.requireId(), number.id(), waived, reason);
            FieldMessages.info(faces, number.phoneNumber() + (waived ? ": fees waived." : ": fees charged again."));
            load();
        } catch (ValidationFailure failure) {
            failure.fieldErrors().values().forEach(message -> FieldMessages.error(faces, message));
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.error(faces, refused.getMessage());
        }
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
