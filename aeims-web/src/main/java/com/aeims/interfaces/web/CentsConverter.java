package com.aeims.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** Lets people type prices in dollars ("3.99", "$3.99") while the application keeps integer cents. */
@FacesConverter(value = "cents", managed = true)
public class CentsConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value);
    }

    static Integer parse(String value) {
        String digits = value.strip().replaceFirst("^\\$", "").strip();
        try {
            BigDecimal dollars = new BigDecimal(digits);
            if (dollars.scale() > 2 || dollars.signum() < 0 || dollars.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new NumberFormatException(digits);
            }
            return dollars.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            String message = "Enter an amount like 3.99";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer cents) {
        return cents == null ? "" : String.format("%d.%02d", cents / 100, cents % 100);
    }
}
