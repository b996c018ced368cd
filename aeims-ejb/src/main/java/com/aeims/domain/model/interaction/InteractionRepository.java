package com.aeims.domain.model.interaction;

import java.time.Instant;
import java.util.List;

/**
 * The operator-customer interaction record every call, message and mail updates (first and last contact, counts,
 * spend), and the question it answers for operators: has this customer been in touch with me? Writes join the
 * caller's transaction.
 */
public interface InteractionRepository {

    /** What kind of contact it was: the counter it adds one to. */
    enum Contact {
        CALL, MESSAGE, MAIL
    }

    /** One contact of an operator and a customer, and what the customer spent on it. */
    record Interaction(long operatorId, long customerId, long spentCents) {
    }

    /** An operator's customer as the record has them. */
    record Relation(long customerId, String displayName, Instant firstContact, Instant lastContact, int messages,
                    int mails, int calls, long spentCents) {
    }

    default void record(Contact contact, long operatorId, long customerId, long spentCents) {
        record(contact, List.of(new Interaction(operatorId, customerId, spentCents)));
    }

    /** Records many contacts at once (a settlement batch). */
    void record(Contact contact, List<Interaction> contacts);

    boolean inTouch(long operatorId, long customerId);

    /** Everyone who has been in touch with the operator, most recent first. */
    List<Relation> customersOf(long operatorId, int limit);
}
