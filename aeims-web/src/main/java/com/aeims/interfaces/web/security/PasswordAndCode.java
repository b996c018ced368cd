package com.aeims.interfaces.web.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A login's email and password, with the second-step code when the person gave one (blank otherwise). */
public class PasswordAndCode extends UsernamePasswordCredential {

    private final String code;

    public PasswordAndCode(String email, String password, String code) {
        super(email, new Password(password));
        this.code = code == null ? "" : code.strip();
    }

    public String code() {
        return code;
    }
}
