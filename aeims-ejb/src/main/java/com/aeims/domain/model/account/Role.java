package com.aeims.domain.model.account;

/** The three kinds of login; their names are the Jakarta Security group names. */
public enum Role {
    CUSTOMER, OPERATOR, ADMIN;

    public String groupName() {
        return name().toLowerCase();
    }
}
