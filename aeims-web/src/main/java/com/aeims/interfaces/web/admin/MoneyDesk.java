package com.aeims.interfaces.web.admin;

import com.aeims.application.ValidationFailure;
import com.aeims.application.account.AccountService;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.application.operator.OperatorAccountService;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin's money desk: credit, free minutes, refunds and payouts, each with a reason for the audit trail,
 * and the platform revenue of the last 30 days. Each form keeps one idempotency key until it succeeds, so a
 * double click or a resent form does the thing once.
 */
@Named
@ViewScoped
public class MoneyDesk implements Serializable {

    @Inject
    private MoneyAdministration money;

    @Inject
    private AccountService accounts;

    @Inject
    private OperatorAccountService operators;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private List<Operator> allOperators;
    private List<MoneyAdministration.RevenueDay> revenue;

    private String creditEmail;
    private Integer creditCents;
    private String creditReason;
    private String creditKey = UUID.randomUUID().toString();

    private String minutesEmail;
    private Long minutesOperatorId;
    private Integer minutes;
    private LocalDate minutesExpire;
    private String minutesReason;
    private String minutesKey = UUID.randomUUID().toString();

    private Long refundPostingId;
    private String refundReason;
    private String refundKey = UUID.randomUUID().toString();

    private Long payoutOperatorId;
    private String payoutReference;
    private String payoutKey = UUID.randomUUID().toString();

    @PostConstruct
    void load() {
        allOperators = operators.allOperators();
        revenue = money.revenue(LocalDate.now(ZoneOffset.UTC).minusDays(29), LocalDate.now(ZoneOffset.UTC));
    }

    public void grantCredit() {
        Optional<Long> customer = customerId("credit", creditEmail);
        if (customer.isPresent() && attempt("credit", () -> money.grantCredit(currentUser.requireId(), customer.get(),
                creditCents == null ? 0 : creditCents, creditReason, creditKey), "Credit granted")) {
            creditKey = UUID.randomUUID().toString();
        }
    }

    public void grantMinutes() {
        Optional<Long> customer = customerId("minutes", minutesEmail);
        if (customer.isPresent() && attempt("minutes", () -> money.grantFreeMinutes(currentUser.requireId(),
                customer.get(), minutesOperatorId, minutes == null ? 0 : minutes,
                minutesExpire == null ? null : minutesExpire.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                minutesReason, minutesKey), "Free minutes granted")) {
            minutesKey = UUID.randomUUID().toString();
        }
    }

    public void refund() {
        if (attempt("refund", () -> money.refund(currentUser.requireId(), refundPostingId == null ? -1 : refundPostingId,
                refundReason, refundKey), "Refunded")) {
            refundKey = UUID.randomUUID().toString();
        }
    }

    public void payOut() {
        if (attempt("payout", () -> money.payOut(currentUser.requireId(),
                payoutOperatorId == null ? -1 : payoutOperatorId, payoutReference, payoutKey), "Payout recorded")) {
            payoutKey = UUID.randomUUID().toString();
        }
    }

    private Optional<Long> customerId(String form, String email) {
        Optional<Account> account = accounts.findByEmail(email == null ? "" : email);
        if (account.isEmpty()) {
            faces.addMessage(form + ":email", new FacesMessage(FacesMessage.SEVERITY_ERROR, "No such customer",
                    "No such customer"));
            return Optional.empty();
        }
        return Optional.of(account.get().getId());
    }

    private boolean attempt(String form, Runnable action, String success) {
        try {
            action.run();
            FieldMessages.info(faces, success);
            load();
            return true;
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, form, failure);
        } catch (LedgerException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
        return false;
    }

    public List<Operator> getAllOperators() { return allOperators; }
    public List<MoneyAdministration.RevenueDay> getRevenue() { return revenue; }
    public String getCreditEmail() { return creditEmail; }
    public void setCreditEmail(String creditEmail) { this.creditEmail = creditEmail; }
    public Integer getCreditCents() { return creditCents; }
    public void setCreditCents(Integer creditCents) { this.creditCents = creditCents; }
    public String getCreditReason() { return creditReason; }
    public void setCreditReason(String creditReason) { this.creditReason = creditReason; }
    public String getMinutesEmail() { return minutesEmail; }
    public void setMinutesEmail(String minutesEmail) { this.minutesEmail = minutesEmail; }
    public Long getMinutesOperatorId() { return minutesOperatorId; }
    public void setMinutesOperatorId(Long minutesOperatorId) { this.minutesOperatorId = minutesOperatorId; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public LocalDate getMinutesExpire() { return minutesExpire; }
    public void setMinutesExpire(LocalDate minutesExpire) { this.minutesExpire = minutesExpire; }
    public String getMinutesReason() { return minutesReason; }
    public void setMinutesReason(String minutesReason) { this.minutesReason = minutesReason; }
    public Long getRefundPostingId() { return refundPostingId; }
    public void setRefundPostingId(Long refundPostingId) { this.refundPostingId = refundPostingId; }
    public String getRefundReason() { return refundReason; }
    public void setRefundReason(String refundReason) { this.refundReason = refundReason; }
    public Long getPayoutOperatorId() { return payoutOperatorId; }
    public void setPayoutOperatorId(Long payoutOperatorId) { this.payoutOperatorId = payoutOperatorId; }
    public String getPayoutReference() { return payoutReference; }
    public void setPayoutReference(String payoutReference) { this.payoutReference = payoutReference; }
}
