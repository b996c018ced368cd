package com.aeims.domain.model.notification;

/** The kinds of toast, with the colors the product uses for them. */
public enum NotificationType {
    CHAT_MESSAGE("New chat message", "blue"),
    ROOM_INVITATION("Chat room invitation", "purple"),
    MAIL("New mail", "green"),
    MESSAGE_SENT("Message sent", "yellow"),
    CALL_REQUEST("Call request", "orange"),
    PHONE_NUMBER("Phone number", "purple");

    private final String label;
    private final String color;

    NotificationType(String label, String color) {
        this.label = label;
        this.color = color;
    }

    public String label() {
        return label;
    }

    public String color() {
        return color;
    }
}
