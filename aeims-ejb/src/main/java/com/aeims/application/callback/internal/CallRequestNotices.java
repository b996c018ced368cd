package com.aeims.application.callback.internal;

import com.aeims.application.notification.Notifications;
import com.aeims.domain.model.callback.CallRequest;
import com.aeims.domain.model.notification.NotificationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells the other party of each change of a request: a toast and a stored notification, and a text where they asked
 * for texts. Times are in the reader's own zone; no phone number is ever in a notice.
 */
@ApplicationScoped
public class CallRequestNotices {

    static final String CUSTOMER_PAGE = "/customer/requests.xhtml";
    static final String OPERATOR_PAGE = "/operator/requests.xhtml";

    @Inject
    private Notifications notifications;

    @Inject
    private CallRequestViews views;

    void requested(CallRequest request, String customerName) {
        String what = customerName + " asks for a " + minutes(request) + " call "
                + (request.getKind() == CallRequest.Kind.AT ? "on " + forOperator(request, scheduled(request))
                : "as soon as you are free");
        toOperator(request, "Call request", what + ".");
    }

    void accepted(CallRequest request, String operatorName) {
        toCustomer(request, "Call accepted", operatorName + " will call you on "
                + forCustomer(request, scheduled(request)) + " for " + request.getTerms().durationMinutes() + " minutes.");
    }

    void declined(CallRequest request, String operatorName) {
        String what = request.getCloseReason().orElseThrow() == CallRequest.CloseReason.DECLINED
                ? operatorName + " cannot take your call request" : operatorName + " cancelled your call";
        toCustomer(request, "Call request declined", what + "; everything set aside for it is back in your balance.");
    }

    void proposed(CallRequest request, String operatorName) {
        toCustomer(request, "Another time proposed", operatorName + " proposes "
                + forCustomer(request, request.getProposedAt().orElseThrow()) + " for your " + minutes(request)
                + " call; accept it or cancel.");
    }

    void proposalAccepted(CallRequest request, String customerName) {
        toOperator(request, "Call accepted", customerName + " accepted your time: "
                + forOperator(request, scheduled(request)) + " for " + request.getTerms().durationMinutes() + " minutes.");
    }

    void cancelled(CallRequest request, String customerName) {
        toOperator(request, "Call request cancelled", customerName + " cancelled the " + minutes(request) + " call"
                + (request.getKind() == CallRequest.Kind.AT
                ? " on " + forOperator(request, scheduled(request)) : " they waited for") + ".");
    }

    void expired(CallRequest request) {
        String customerText = switch (request.getCloseReason().orElseThrow()) {
            case WAITED_TOO_LONG -> "Your wait for a call ended without one";
            case NOT_CALLED -> "Your scheduled call did not take place";
            default -> "Your call request was not answered in time";
        };
        toCustomer(request, "Call request expired", customerText
                + "; everything set aside for it is back in your balance.");
        toOperator(request, "Call request expired", "A " + minutes(request) + " call request lapsed"
                + (request.getKind() == CallRequest.Kind.AT
                ? " (" + forOperator(request, scheduled(request)) + ")" : "") + ".");
    }

    void reminder(CallRequest request) {
        toCustomer(request, "Your call is soon", views.operatorName(request) + " calls you on "
                + forCustomer(request, scheduled(request)) + ": keep your confirmed phone at hand.");
        toOperator(request, "Your call is soon", "Your " + minutes(request) + " call with "
                + views.customerName(request) + " starts " + forOperator(request, scheduled(request))
                + ": we ring the customer, then you.");
    }

    /** After a booked call ended or could not be placed; a completed call's summary speaks for itself. */
    void callEnded(CallRequest request) {
        String operator = views.operatorName(request);
        String customer = views.customerName(request);
        switch (request.getCloseReason().orElseThrow()) {
            case OPERATOR_NO_SHOW -> {
                toCustomer(request, "Scheduled call missed", operator + " did not answer; everything set aside"
                        + " for the call is back in your balance.");
                toOperator(request, "Scheduled call missed", "You did not take your call with " + customer
                        + "; it counts as a missed call.");
            }
            case CUSTOMER_NO_SHOW -> {
                toCustomer(request, "Scheduled call missed", "We could not reach you for your call with " + operator
                        + (request.getFeeCents() > 0 ? "; the connect fee was kept and the rest is back in your balance."
                        : "; everything set aside for it is back in your balance."));
                toOperator(request, "Scheduled call missed", customer + " did not answer the scheduled call.");
            }
            case NOT_CALLED -> {
                toCustomer(request, "Scheduled call not placed", "Your call with " + operator + " could not be"
                        + " placed; everything set aside for it is back in your balance.");
                toOperator(request, "Scheduled call not placed", "Your call with " + customer
                        + " could not be placed.");
            }
            case CUSTOMER_FROZEN -> toOperator(request, "Call request cancelled", "The call with " + customer
                    + " was cancelled: their account cannot spend now.");
            default -> {
                // completed: the call's own summary tells both
            }
        }
    }

    void tryingAgain(CallRequest request, Duration after) {
        toCustomer(request, "We could not reach you", "Your call with " + views.operatorName(request)
                + " did not get through; we ring you again in " + Math.max(1, after.toMinutes()) + " minute(s).");
    }

    String customerName(CallRequest request) {
        return views.customerName(request);
    }

    private void toCustomer(CallRequest request, String title, String body) {
        notifications.notifyAndText(request.getCustomerId(), NotificationType.CALL_REQUEST, title, body,
                CUSTOMER_PAGE, title + ": " + body);
    }

    private void toOperator(CallRequest request, String title, String body) {
        notifications.notifyAndText(request.getOperatorId(), NotificationType.CALL_REQUEST, title, body,
                OPERATOR_PAGE, title + ": " + body);
    }

    private static Instant scheduled(CallRequest request) {
        return request.getScheduledAt().orElseThrow();
    }

    private static String minutes(CallRequest request) {
        return request.getTerms().durationMinutes() + "-minute";
    }

    private static String forCustomer(CallRequest request, Instant at) {
        return CallbackTimes.shown(at, request.getCustomerTimeZone()) + " (" + request.getCustomerTimeZone() + ")";
    }

    private String forOperator(CallRequest request, Instant at) {
        String zone = views.operatorZone(request);
        return CallbackTimes.shown(at, zone) + " (" + zone + ")";
    }
}
