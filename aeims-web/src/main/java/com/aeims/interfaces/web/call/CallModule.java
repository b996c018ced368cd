package com.aeims.interfaces.web.call;

import com.aeims.application.PriceChanged;
import com.aeims.application.ValidationFailure;
import com.aeims.application.call.CallPrice;
import com.aeims.application.call.CallRefused;
import com.aeims.application.call.CallService;
import com.aeims.application.call.CallStarted;
import com.aeims.application.call.CallSummary;
import com.aeims.application.money.BalanceCheck;
import com.aeims.application.money.BillingService;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The call module on an operator's profile: what calling costs and how long the money lasts, the number to ring,
 * the call while it runs (its time and cost arrive over the "calls" websocket) and its summary afterwards.
 */
@Named
@ViewScoped
public class CallModule implements Serializable {

    @Inject
    private CallService calls;

    @Inject
    private BillingService billing;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentSite currentSite;

    @Inject
    private FacesContext faces;

    private long operatorId;
    private String operatorName;
    private boolean operatorOnline;
    private String callRef;
    // the price on the page the customer pressed Call on, which is the one they agreed to
    private CallPrice shownPrice;
    private transient BalanceCheck balance;
    private transient CallSummary call;

    /** Called by the profile page once its operator is known. */
    public void show(Operator operator) {
        operatorId = operator.getId();
        operatorName = operator.getDisplayName();
        operatorOnline = operator.getAvailability() == Availability.ONLINE;
        shownPrice = new CallPrice(operator.getRatePerMinuteCents(), operator.getConnectFeeCents());
        if (!currentUser.isCustomer()) {
            return;
        }
        Optional<CallSummary> live = calls.active(viewer()).stream()
                .filter(c -> c.operatorId() == operatorId).findFirst();
        live.ifPresent(c -> callRef = c.callRef());
    }

    public void call() {
        try {
            CallStarted started = calls.initiate(currentUser.requireId(), operatorId, null, currentSite.getId(),
                    shownPrice);
            callRef = started.callRef();
            call = null;
            balance = null;
        } catch (ValidationFailure failure) {
            // the call form has no fields: an unconfirmed phone is said above it, next to the phone form
            failure.fieldErrors().values().forEach(message -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
        } catch (PriceChanged changed) {
            // the message states the new price: pressing Call again accepts it
            shownPrice = new CallPrice(changed.currentCents().get("rate_per_minute"),
                    changed.currentCents().get("connect_fee"));
            balance = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, changed.getMessage(),
                    changed.getMessage()));
        } catch (CallRefused | LedgerException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    public void hangup() {
        if (callRef == null) {
            return;
        }
        try {
            call = calls.hangup(callRef, viewer());
        } catch (CallRefused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    /** After a push said the call changed: re-read it (the page then re-renders the module). */
    public void refresh() {
        call = null;
        balance = null;
    }

    private CallService.Viewer viewer() {
        return new CallService.Viewer(currentUser.requireId(), Role.CUSTOMER);
    }


    public BalanceCheck balance() {
        if (balance == null && currentUser.isCustomer()) {
            balance = billing.balanceCheck(currentUser.requireId(), operatorId);
        }
        return balance;
    }

    public CallSummary getCall() {
        if (call == null && callRef != null) {
            call = calls.status(callRef, viewer());
        }
        return call;
    }

    public BalanceCheck getBalance() { return balance(); }
    public boolean isCallInProgress() { return getCall() != null && getCall().isLive(); }
    public boolean isCallOver() { return getCall() != null && !getCall().isLive(); }
    public String getOperatorName() { return operatorName; }
    public boolean isOperatorOnline() { return operatorOnline; }
    public boolean isCanCall() { return operatorOnline && balance() != null && balance().canCall(); }
    public String getCallRef() { return callRef; }
}
