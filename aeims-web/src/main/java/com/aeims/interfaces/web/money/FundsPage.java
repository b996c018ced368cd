package com.aeims.interfaces.web.money;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.FundsRefused;
import com.aeims.application.money.FundsService;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Buying a credit pack. One purchase key per page view: pressing Buy twice, or a retried request, charges once.
 * The card is chosen in the payment provider's own form; AEIMS sees only the token it returns.
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
    private boolean sellsCredit;
    private String packCode;
    private String paymentToken;
    private String purchaseKey;

    @PostConstruct
    void init() {
        packs = funds.packs();
        sellsCredit = funds.sellsCredit();
        purchaseKey = UUID.randomUUID().toString();
    }

    public void buy() {
        try {
            FundsService.Result result = funds.addFunds(currentUser.requireId(), packCode, paymentToken, purchaseKey);
            if (result.approved()) {
                FieldMessages.info(faces, "Added " + money.format(result.creditedCents()) + ". Your balance is "
                        + money.format(result.availableCents()) + ".");
                purchaseKey = UUID.randomUUID().toString();
            } else {
                faces.addMessage("funds:card", new FacesMessage(FacesMessage.SEVERITY_ERROR, result.declineReason(),
                        result.declineReason()));
                purchaseKey = UUID.randomUUID().toString();
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "funds", failure);
        } catch (FundsRefused | LedgerException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
        }
    }

    public List<FundsService.CreditPack> getPacks() { return packs; }
    public boolean isSellsCredit() { return sellsCredit; }
    public String getPackCode() { return packCode; }
    public void setPackCode(String packCode) { this.packCode = packCode; }
    public String getPaymentToken() { return paymentToken; }
    public void setPaymentToken(String paymentToken) { this.paymentToken = paymentToken; }
}
