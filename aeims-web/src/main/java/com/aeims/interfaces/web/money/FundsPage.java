package com.aeims.interfaces.web.money;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.FundsRefused;
import com.aeims.application.money.FundsService;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.payment.PaymentStatus;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Buying a credit pack. One purchase key per page view: pressing Buy twice, or a retried request, buys once. With a
 * hosted form the customer is sent to the payment service's page and comes back here, where the purchase waits
 * until the service confirms the sale; the demo's sandbox takes a test card on this page.
 */
@Named
@ViewScoped
public class FundsPage implements Serializable {

    @Inject
    private FundsService funds;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    @Inject
    private Money money;

    private List<FundsService.CreditPack> packs;
    private List<FundsService.Purchase> purchases;
    private boolean sellsCredit;
    private boolean tokenNeeded;
    private String packCode;
    private String paymentToken;
    private String purchaseKey;

    @PostConstruct
    void init() {
        packs = funds.packs();
        sellsCredit = funds.sellsCredit();
        tokenNeeded = funds.needsPaymentToken();
        purchases = funds.purchases(currentUser.requireId());
        purchaseKey = UUID.randomUUID().toString();
    }

    public void buy() throws IOException {
        try {
            FundsService.Result result = funds.addFunds(currentUser.requireId(), packCode, paymentToken, purchaseKey);
            purchaseKey = UUID.randomUUID().toString();
            purchases = funds.purchases(currentUser.requireId());
            if (result.status() == PaymentStatus.PENDING) {
                // an Ajax redirect: the browser navigates, which the page's form-action policy leaves alone
                faces.getExternalContext().redirect(result.checkoutUrl());
            } else if (result.approved()) {
                FieldMessages.info(faces, "Added " + money.format(result.creditedCents()) + ". Your balance is "
                        + money.format(result.availableCents()) + ".");
            } else {
                faces.addMessage(tokenNeeded ? "funds:card" : null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        result.declineReason(), result.declineReason()));
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "funds", failure);
        } catch (FundsRefused | LedgerException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    /** Reloads the purchases while one waits for the payment service, so the page shows the credit arriving. */
    public void refresh() {
        purchases = funds.purchases(currentUser.requireId());
    }

    public boolean isWaiting() {
        return purchases.stream().anyMatch(p -> p.status() == PaymentStatus.PENDING);
    }

    public List<FundsService.CreditPack> getPacks() { return packs; }
    public List<FundsService.Purchase> getPurchases() { return purchases; }
    public boolean isSellsCredit() { return sellsCredit; }
    public boolean isTokenNeeded() { return tokenNeeded; }
    public String getPackCode() { return packCode; }
    public void setPackCode(String packCode) { this.packCode = packCode; }
    public String getPaymentToken() { return paymentToken; }
    public void setPaymentToken(String paymentToken) { this.paymentToken = paymentToken; }
}
