package com.aeims.interfaces.web.callback;

import com.aeims.application.PriceChanged;
import com.aeims.application.Refusal;
import com.aeims.application.ValidationFailure;
import com.aeims.application.call.CallPrice;
import com.aeims.application.callback.CallRequestView;
import com.aeims.application.callback.CallRequests;
import com.aeims.application.callback.NewCallRequest;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.WeeklyCalendar;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Booking a call on an operator's profile: a length with its price, a start among the operator's openings of the
 * next week (shown on the customer's clock by the browser), or a place in the operator's line when they are busy or
 * away. The whole call is set aside at once; a double click books once.
 */
@Named
@ViewScoped
public class CallbackBooking implements Serializable {

    private static final List<Integer> LENGTHS = List.of(5, 10, 15, 20, 30, 45, 60);
    private static final int DAYS_SHOWN = 7;
    private static final int MOST_STARTS = 96;
    private static final Duration STEP = Duration.ofMinutes(15);
    /** Time to choose and press Book, on top of the shortest notice the rules allow. */
    private static final Duration CHOOSING = Duration.ofSeconds(30);

    @Inject
    private CallRequests requests;

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private FacesContext faces;

    private long operatorId;
    private String operatorName;
    private boolean operatorOnline;
    private CallPrice shownPrice;
    private int durationMinutes = 15;
    private String startAt;
    private String timeZone = "UTC";
    private String key = UUID.randomUUID().toString();
    private List<String> starts;
    private transient CallRequestView booked;

    /** Called by the profile page once its operator is known. */
    public void show(Operator operator) {
        operatorId = operator.getId();
        operatorName = operator.getDisplayName();
        operatorOnline = operator.getAvailability() == Availability.ONLINE;
        shownPrice = new CallPrice(operator.getRatePerMinuteCents(), operator.getConnectFeeCents());
    }

    public void book() {
        if (startAt == null || startAt.isBlank()) {
            FieldMessages.show(faces, "booking", ValidationFailure.of("VALIDATION_FAILED", "start_at",
                    "Choose when " + operatorName + " should call"));
            return;
        }
        submit(Instant.parse(startAt));
    }

    public void waitForFree() {
        submit(null);
    }

    private void submit(Instant at) {
        try {
            booked = requests.request(currentUser.requireId(), currentSite.getId(), new NewCallRequest(operatorId,
                    at, durationMinutes, timeZone, shownPrice, key));
            key = UUID.randomUUID().toString();
            starts = null;
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "booking", failure);
        } catch (PriceChanged changed) {
            shownPrice = new CallPrice(changed.currentCents().get("rate_per_minute"),
                    changed.currentCents().get("connect_fee"));
            FieldMessages.refused(faces, changed, "call");
        } catch (Refusal | LedgerException refused) {
            FieldMessages.refused(faces, refused, "call");
        }
    }

    /** What booking the chosen length sets aside now, before any free minutes. */
    public long getCostCents() {
        return shownPrice.connectFeeCents() + durationMinutes * shownPrice.ratePerMinuteCents();
    }

    /** Starts every quarter hour within the operator's openings of the next week, as instants. */
    public List<String> getStarts() {
        if (starts == null) {
            Instant now = Instant.now();
            Instant earliest = now.plus(requests.minimumLead()).plus(CHOOSING);
            List<String> found = new ArrayList<>();
            Duration length = Duration.ofMinutes(durationMinutes);
            for (WeeklyCalendar.Opening opening : calendars.openings(operatorId, LocalDate.now(ZoneOffset.UTC),
                    DAYS_SHOWN, ZoneOffset.UTC, now)) {
                // the soonest minute first, then every quarter hour
                Instant start = minuteAfter(opening.starts().isBefore(earliest) ? earliest : opening.starts());
                while (!start.plus(length).isAfter(opening.ends()) && found.size() < MOST_STARTS) {
                    found.add(start.toString());
                    start = quarterAfter(start.plusSeconds(1));
                }
            }
            starts = found;
        }
        return starts;
    }

    /** A new length offers the starts it fits in. */
    public void lengthChanged() {
        starts = null;
    }

    private static Instant quarterAfter(Instant instant) {
        return after(instant, STEP);
    }

    private static Instant minuteAfter(Instant instant) {
        return after(instant, Duration.ofMinutes(1));
    }

    /** The first whole multiple of the step at or after the instant. */
    private static Instant after(Instant instant, Duration step) {
        long seconds = step.toSeconds();
        long steps = (instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0) + seconds - 1) / seconds;
        return Instant.ofEpochSecond(steps * seconds);
    }

    public List<Integer> getLengths() { return LENGTHS; }
    public String getOperatorName() { return operatorName; }
    public boolean isOperatorOnline() { return operatorOnline; }
    public CallPrice getShownPrice() { return shownPrice; }
    public CallRequestView getBooked() { return booked; }
    public int getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(int durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getStartAt() { return startAt; }
    public void setStartAt(String startAt) { this.startAt = startAt; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
