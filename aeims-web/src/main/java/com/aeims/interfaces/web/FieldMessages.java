package com.aeims.interfaces.web;

import com.aeims.application.ValidationFailure;
import com.aeims.domain.model.ledger.LedgerException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a service's field errors next to the form fields of the same name. */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(FacesContext faces, String formId, ValidationFailure failure) {
        failure.fieldErrors().forEach((field, message) -> faces.addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
        faces.validationFailed();
    }

    /** A charge or a lookup that was refused: a page-level error, worded for the customer when funds were short. */
    public static void refused(FacesContext faces, RuntimeException refused, String whatCouldNotBePaid) {
        String message = refused instanceof LedgerException ledger
                && ledger.reason() == LedgerException.Reason.INSUFFICIENT_FUNDS
                ? "Your balance does not cover this " + whatCouldNotBePaid + "; please add funds." : refused.getMessage();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** A page-level error in the service's own words. */
    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
