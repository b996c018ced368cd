package com.aeims.application.operator.internal;

import com.aeims.application.Push;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountDisabled;
import com.aeims.application.operator.OperatorAccountService;
import com.aeims.application.operator.OperatorFreed;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorProfile;
import com.aeims.domain.model.operator.PricingLimit;
import com.aeims.domain.model.site.Site;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultOperatorAccountService implements OperatorAccountService {

    @Inject
    private Event<OperatorFreed> freed;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private Push push;

    @Override
    public Operator operator(long operatorId) {
        Operator operator = em.find(Operator.class, operatorId);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        return operator;
    }

    @Override
    public List<Operator> allOperators() {
        return em.createQuery("SELECT o FROM Operator o ORDER BY o.account.displayName", Operator.class)
                .getResultList();
    }

    @Override
    public Operator updateProfile(long operatorId, OperatorProfile profile) {
        Operator operator = operator(operatorId);
        validate(profile).throwIfAny("VALIDATION_FAILED");
        operator.applyProfile(profile);
        return operator;
    }

    @Override
    public Operator recordCalls(long operatorId, boolean record) {
        Operator operator = operator(operatorId);
        operator.recordCalls(record);
        return operator;
    }

    @Override
    public Operator setAvailability(long operatorId, Availability availability) {
        if (availability == Availability.BUSY) {
            throw ValidationFailure.of("AVAILABILITY_NOT_ALLOWED", "availability",
                    "Busy is set by calls in progress; choose online or offline");
        }
        Operator operator = em.find(Operator.class, operatorId, LockModeType.PESSIMISTIC_WRITE);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        if (operator.getAvailability() == Availability.BUSY && availability == Availability.ONLINE) {
            // still on a call: it becomes online again when the call ends
            return operator;
        }
        boolean cameOnline = availability == Availability.ONLINE && operator.getAvailability() != Availability.ONLINE;
        operator.changeAvailability(availability, Instant.now());
        if (cameOnline) {
            freed.fire(new OperatorFreed(operatorId));
        }
        return operator;
    }

    @Override
    public Operator adminUpdate(long operatorId, OperatorProfile profile, int operatorSharePercent,
                                Set<Long> siteIds, boolean enabled) {
        Operator operator = operator(operatorId);
        ValidationFailure.Collector errors = validate(profile);
        if (operatorSharePercent < 0 || operatorSharePercent > 100) {
            errors.reject("operatorSharePercent", "Use a share from 0 to 100 percent");
        }
        Set<Site> sites = new LinkedHashSet<>();
        for (Long siteId : siteIds) {
            Site site = em.find(Site.class, siteId);
            if (site == null) {
                errors.reject("sites", "Unknown site " + siteId);
            } else {
                sites.add(site);
            }
        }
        errors.throwIfAny("VALIDATION_FAILED");
        operator.applyProfile(profile);
        operator.setOperatorSharePercent(operatorSharePercent);
        operator.listOn(sites);
        boolean disabling = operator.getAccount().isEnabled() && !enabled;
        operator.getAccount().setEnabled(enabled);
        if (!enabled) {
            operator.changeAvailability(Availability.OFFLINE, Instant.now());
        }
        if (disabling) {
            push.send(new AccountDisabled(operatorId, operator.getAccount().getEmail()));
        }
        return operator;
    }

    @Override
    public List<PricingLimit> pricingLimits() {
        return em.createQuery("SELECT l FROM PricingLimit l ORDER BY l.name", PricingLimit.class).getResultList();
    }

    private ValidationFailure.Collector validate(OperatorProfile profile) {
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        text(errors, "displayName", profile.displayName(), 2, 60);
        text(errors, "headline", profile.headline(), 0, 120);
        text(errors, "bio", profile.bio(), 0, 2000);
        text(errors, "languages", profile.languages(), 2, 200);
        text(errors, "build", profile.build(), 0, 30);
        text(errors, "hairColor", profile.hairColor(), 0, 30);
        text(errors, "eyeColor", profile.eyeColor(), 0, 30);
        if (profile.age() != null && (profile.age() < 18 || profile.age() > 99)) {
            errors.reject("age", "Age must be between 18 and 99");
        }
        if (profile.heightCm() != null && (profile.heightCm() < 120 || profile.heightCm() > 230)) {
            errors.reject("heightCm", "Height must be between 120 and 230 cm");
        }
        Map<String, PricingLimit> limits = pricingLimits().stream()
                .collect(Collectors.toMap(PricingLimit::getName, Function.identity()));
        price(errors, "ratePerMinuteCents", profile.ratePerMinuteCents(), limits.get(PricingLimit.RATE_PER_MINUTE));
        price(errors, "connectFeeCents", profile.connectFeeCents(), limits.get(PricingLimit.CONNECT_FEE));
        price(errors, "messagePriceCents", profile.messagePriceCents(), limits.get(PricingLimit.MESSAGE_PRICE));
        return errors;
    }

    private static void text(ValidationFailure.Collector errors, String field, String value, int min, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length < min || length > max) {
            errors.reject(field, min == 0 ? "Use at most " + max + " characters"
                    : "Use " + min + " to " + max + " characters");
        } else if (value != null && value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            errors.reject(field, "Use printable characters only");
        }
    }

    private static void price(ValidationFailure.Collector errors, String field, int cents, PricingLimit limit) {
        if (!limit.allows(cents)) {
            errors.reject(field, String.format("Must be between $%d.%02d and $%d.%02d",
                    limit.getMinCents() / 100, limit.getMinCents() % 100,
                    limit.getMaxCents() / 100, limit.getMaxCents() % 100));
        }
    }
}
