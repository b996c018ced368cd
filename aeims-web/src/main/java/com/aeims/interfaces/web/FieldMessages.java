package com.aeims.interfaces.web;

import com.aeims.application.ValidationFailure;
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

    public static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
