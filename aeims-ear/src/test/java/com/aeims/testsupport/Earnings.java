package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Operator earnings made the way operators earn: paid messages from a customer. */
public final class Earnings {

    private static final long MESSAGE_PRICE_CENTS = 500;
    /** What an operator keeps of a $5 message at the default 80%. */
    private static final long EARNED_PER_MESSAGE = 400;

    private Earnings() {
    }

    /** This many cents more in the operator's earnings (a multiple of $4), from $5 messages the customer sends. */
    public static void fromMessages(ApiClient customer, long operatorId, long cents) throws SQLException {
        if (cents % EARNED_PER_MESSAGE != 0) {
            throw new IllegalArgumentException("earnings come in $4 steps: " + cents);
        }
        long before = LedgerBalances.operatorEarningsCents(operatorId);
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement price = db.prepareStatement(
                "UPDATE operator SET message_price_cents = ? WHERE account_id = ?")) {
            price.setLong(1, MESSAGE_PRICE_CENTS);
            price.setLong(2, operatorId);
            price.executeUpdate();
        }
        for (int i = 0; i < cents / EARNED_PER_MESSAGE; i++) {
            ApiClient.Reply sent = customer.post("api/messages/send", Json.createObjectBuilder()
                    .add("operator_id", operatorId).add("message_text", "hello " + i).add("message_type", "chat")
                    .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
            assertEquals(200, sent.status(), sent.body());
        }
        assertEquals(before + cents, LedgerBalances.operatorEarningsCents(operatorId));
    }
}
