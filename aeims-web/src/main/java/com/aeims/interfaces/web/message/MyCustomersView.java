package com.aeims.interfaces.web.message;

import com.aeims.application.message.TextService;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The operator's "my customers": who got in touch, how often, and what they spent. */
@Named
@RequestScoped
public class MyCustomersView {

    @Inject
    private TextService texts;

    @Inject
    private CurrentUser currentUser;

    private List<TextService.CustomerRelation> customers;

    public List<TextService.CustomerRelation> getCustomers() {
        if (customers == null) {
            customers = texts.customersOf(currentUser.requireId());
        }
        return customers;
    }
}
