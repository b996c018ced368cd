package com.aeims.domain.model.operator;

public enum Availability {
    ONLINE("Online"), BUSY("Busy"), OFFLINE("Offline");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return "status-" + name().toLowerCase();
    }
}
