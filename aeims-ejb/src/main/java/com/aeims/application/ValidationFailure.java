package com.aeims.application;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with a message per field so pages can show it next to the field
 * and the API can return it. Rolls the transaction back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class ValidationFailure extends RuntimeException {

    private final String code;
    private final Map<String, String> fieldErrors;

    public ValidationFailure(String code, Map<String, String> fieldErrors) {
        super(code + " " + fieldErrors);
        this.code = code;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationFailure of(String code, String field, String message) {
        return new ValidationFailure(code, Map.of(field, message));
    }

    public String code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws them together, so a form shows every problem at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny(String code) {
            if (!errors.isEmpty()) {
                throw new ValidationFailure(code, errors);
            }
        }
    }
}
