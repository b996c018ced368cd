package com.aeims.interfaces.web.security;

import com.aeims.application.account.AccountService;
import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.account.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The logged-in account of this request, if any. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    private Account account;

    @PostConstruct
    void load() {
        Principal principal = security.getCallerPrincipal();
        account = principal == null ? null : accounts.findByEmail(principal.getName()).orElse(null);
    }

    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    public boolean isLoggedIn() {
        return account != null;
    }

    public boolean isCustomer() {
        return account != null && account.getRole() == Role.CUSTOMER;
    }

    public boolean isOperator() {
        return account != null && account.getRole() == Role.OPERATOR;
    }

    public boolean isAdmin() {
        return account != null && account.getRole() == Role.ADMIN;
    }

    public String getDisplayName() {
        return account == null ? "" : account.getDisplayName();
    }

    /** For the per-user push channel; null when nobody is logged in. */
    public Long getAccountId() {
        return account == null ? null : account.getId();
    }

    public long requireId() {
        if (account == null) {
            throw new IllegalStateException("no one is logged in");
        }
        return account.getId();
    }

    /** Where each role lands after logging in. */
    public static String homeOf(Role role) {
        return switch (role) {
            case OPERATOR -> "/operator/dashboard.xhtml";
            case ADMIN -> "/admin/operators.xhtml";
            case CUSTOMER -> "/customer/dashboard.xhtml";
        };
    }
}
