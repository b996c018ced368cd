package com.aeims.application.money;

import com.aeims.application.Refusal;
import jakarta.ejb.ApplicationException;

/** A notification not from the payment service it claims to, or for none there is: nothing is stored or changed. */
@ApplicationException(rollback = true)
public class NotificationRefused extends Refusal {

    public NotificationRefused(String message) {
        super(Reason.NOT_PERMITTED, "NOTIFICATION_UNTRUSTED", message);
    }

    private NotificationRefused(Reason reason, String code, String message) {
        super(reason, code, message);
    }

    public static NotificationRefused noSuchService(String name) {
        return new NotificationRefused(Reason.NOT_FOUND, "NOT_FOUND", "No payment service called " + name
                + " sends notifications here");
    }
}
