package com.aeims.interfaces.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/** The 18+ confirmation a customer site shows on the first visit. */
@Named
@RequestScoped
public class AgeGate {

    private static final int REMEMBER_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Inject
    private FacesContext faces;

    private String next;
    private boolean declined;

    public void confirm() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(SiteFilter.AGE_COOKIE, "yes", Map.of(
                "maxAge", REMEMBER_SECONDS,
                "path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                "httpOnly", true,
                "secure", external.isSecure(),
                "SameSite", "Lax"));
        external.redirect(external.getRequestContextPath() + LocalRedirect.sanitize(next, "/index.xhtml"));
    }

    public void decline() {
        declined = true;
    }

    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public boolean isDeclined() { return declined; }
}
