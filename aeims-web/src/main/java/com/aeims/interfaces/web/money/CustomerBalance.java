package com.aeims.interfaces.web.money;

import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The logged-in customer's balance for the page being rendered. */
@Named
@RequestScoped
public class CustomerBalance {

    @Inject
    private Ledger ledger;

    @Inject
    private CurrentUser currentUser;

    private long availableCents;
    private long heldCents;

    @PostConstruct
    void load() {
        if (currentUser.isCustomer()) {
            long id = currentUser.requireId();
            Map<AccountRef, Long> balances = ledger.balances(List.of(AccountRef.available(id), AccountRef.held(id)));
            availableCents = balances.get(AccountRef.available(id));
            heldCents = balances.get(AccountRef.held(id));
        }
    }

    public long getAvailableCents() { return availableCents; }
    public long getHeldCents() { return heldCents; }
}
