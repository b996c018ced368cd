package com.aeims.interfaces.web.number;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.number.MonthlyFees;
import com.aeims.application.number.NumberProvider;
import com.aeims.application.number.NumberView;
import com.aeims.application.number.OperatorNumbers;
import com.aeims.domain.model.number.NumberType;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The operator's own numbers: those they have (pay a fee that is due, give one back) and finding and buying another.
 * Each number on offer keeps one purchase key while the page is open, so a second click buys nothing more.
 */
@Named
@ViewScoped
public class OperatorNumbersPage implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final int FEES_SHOWN = 24;

    @Inject
    private OperatorNumbers numbers;

    @Inject
    private MonthlyFees fees;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private NumberType type = NumberType.LOCAL;
    private String areaCode;
    private String contains;
    private String locality;
    private List<OperatorNumbers.Offer> offers = List.of();
    private final Map<String, String> purchaseKeys = new HashMap<>();
    private final Map<Long, String> rates = new HashMap<>();
    private transient List<NumberView> mine;
    private transient List<OperatorNumbers.FeePaid> feesPaid;

    @PostConstruct
    void load() {
        mine = numbers.list(currentUser.requireId());
        rates.clear();
        mine.forEach(number -> rates.put(number.id(), Amounts.dollars(number.ratePerMinuteCents()).toPlainString()));
        feesPaid = numbers.feesPaid(currentUser.requireId(), FEES_SHOWN);
    }

    public List<NumberView> getMine() {
        return mine == null ? List.of() : mine;
    }

    /** The rate field of each number listed, in dollars, as the operator last saw or typed it. */
    public Map<Long, String> getRates() {
        return rates;
    }

    public List<OperatorNumbers.FeePaid> getFeesPaid() {
        return feesPaid == null ? List.of() : feesPaid;
    }

    public String day(Instant at) {
        return DAY.format(at.atZone(ZoneOffset.UTC));
    }

    public void search() {
        try {
            offers = numbers.search(new NumberProvider.Search(type, areaCode(), contains, locality));
            if (offers.isEmpty()) {
                FieldMessages.info(faces, "No numbers match; try fewer digits or another area code.");
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "search", failure);
        } catch (Refusal refused) {
            FieldMessages.error(faces, refused.getMessage());
        }
    }

    public void buy(OperatorNumbers.Offer offer) {
        String phone = offer.number().phoneNumber();
        String key = purchaseKeys.computeIfAbsent(phone, unused -> UUID.randomUUID().toString());
        try {
            numbers.buy(currentUser.requireId(), phone, offer.number().type(), offer.number().locality(),
                    offer.number().region(), key);
            FieldMessages.info(faces, phone + " is yours.");
            offers = offers.stream().filter(other -> !other.number().phoneNumber().equals(phone)).toList();
        } catch (ValidationFailure failure) {
            failure.fieldErrors().values().forEach(message -> FieldMessages.error(faces, message));
            purchaseKeys.remove(phone);
        } catch (Refusal refused) {
            FieldMessages.error(faces, refused.getMessage());
            if (!refused.code().equals("NUMBER_PURCHASE_UNCONFIRMED")) {
                // nothing was bought: another click is a new purchase (an unconfirmed one keeps its key, to find it)
                purchaseKeys.remove(phone);
            }
        }
        load();
    }

    /** Saves the rate typed for the number (in dollars, as the page shows rates). */
    public void saveRate(NumberView number) {
        // the row's own form, so the message stands next to the field it is about
        String field = UIComponent.getCurrentComponent(faces).getNamingContainer().getClientId(faces) + ":rate";
        String typed = rates.get(number.id());
        try {
            int cents = new BigDecimal(typed == null ? "" : typed.strip().replace("$", "")).movePointRight(2)
                    .intValueExact();
            numbers.setRate(currentUser.requireId(), number.id(), cents);
            FieldMessages.info(faces, "Calls to " + number.phoneNumber() + " now cost " + Amounts.text(cents)
                    + " a minute.");
            load();
        } catch (NumberFormatException | ArithmeticException e) {
            fieldError(field, "Type the rate in dollars, such as 2.99");
        } catch (ValidationFailure failure) {
            failure.fieldErrors().values().forEach(message -> fieldError(field, message));
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.error(faces, refused.getMessage());
            load();
        }
    }

    private void fieldError(String clientId, String message) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }


    public void pay(long numberId) {
        act(() -> fees.payNow(currentUser.requireId(), numberId), "Paid from your earnings.");
    }

    public void release(long numberId) {
        act(() -> numbers.release(currentUser.requireId(), numberId), "Given back; it no longer takes calls.");
    }

    public String status(NumberView number) {
        return switch (number.status()) {
            case PURCHASING -> "Being confirmed";
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended: fee unpaid";
            case RELEASING -> "Being given back";
            case RELEASED -> "Given back";
            case FAILED -> "Not bought" + number.failure().map(why -> ": " + why).orElse("");
        };
    }

    public String nextFee(NumberView number) {
        Optional<Instant> at = number.nextFeeAt();
        return at.map(instant -> DAY.format(instant.atZone(ZoneOffset.UTC))).orElse("");
    }

    /** Whether a fee is due now: the operator can pay it from their earnings. */
    public boolean feeDue(NumberView number) {
        return number.nextFeeAt().map(at -> !at.isAfter(Instant.now())).orElse(false);
    }

    public NumberType[] getTypes() {
        return NumberType.values();
    }

    public String typeLabel(NumberType numberType) {
        return numberType == NumberType.TOLL_FREE ? "Toll-free" : "Local";
    }

    private Integer areaCode() {
        if (areaCode == null || areaCode.isBlank()) {
            return null;
        }
        if (!areaCode.strip().matches("\\d{3}")) {
            throw ValidationFailure.of("VALIDATION_FAILED", "area_code", "An area code is three digits, 200 to 999");
        }
        return Integer.valueOf(areaCode.strip());
    }

    private void act(Supplier<NumberView> change, String done) {
        try {
            change.get();
            FieldMessages.info(faces, done);
        } catch (ValidationFailure failure) {
            failure.fieldErrors().values().forEach(message -> FieldMessages.error(faces, message));
        } catch (Refusal | UnknownEntityException refused) {
            FieldMessages.error(faces, refused.getMessage());
        }
        load();
    }

    public NumberType getType() { return type; }
    public void setType(NumberType type) { this.type = type; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public String getContains() { return contains; }
    public void setContains(String contains) { this.contains = contains; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public List<OperatorNumbers.Offer> getOffers() { return offers; }
}
