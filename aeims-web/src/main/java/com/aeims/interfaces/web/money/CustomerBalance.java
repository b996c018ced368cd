package com.aeims.interfaces.web.money;

import com.aeims.application.money.FundsService;
import com.aeims.application.money.SpendingGuard;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in customer's balance for the page being rendered. */
@Named
@RequestScoped
public class CustomerBalance {

    @Inject
    private FundsService funds;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SpendingGuard spending;

    private FundsService.Balance balance = new FundsService.Balance(0, 0);
    private String frozenReason;

    @PostConstruct
    void load() {
        if (currentUser.isCustomer()) {
            balance = funds.balance(currentUser.requireId());
            frozenReason = spending.frozenReason(currentUser.requireId()).orElse(null);
        }
    }

    public long getAvailableCents() { return balance.availableCents(); }
    public long getHeldCents() { return balance.heldCents(); }
    /** Why the customer cannot spend now, or null. */
    public String getFrozenReason() { return frozenReason; }
}
