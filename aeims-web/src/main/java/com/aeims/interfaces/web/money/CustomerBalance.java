package com.aeims.interfaces.web.money;

import com.aeims.application.money.FundsService;
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

    private FundsService.Balance balance = new FundsService.Balance(0, 0);

    @PostConstruct
    void load() {
        if (currentUser.isCustomer()) {
            balance = funds.balance(currentUser.requireId());
        }
    }

    public long getAvailableCents() { return balance.availableCents(); }
    public long getHeldCents() { return balance.heldCents(); }
}
