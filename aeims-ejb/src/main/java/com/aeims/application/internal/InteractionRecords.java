package com.aeims.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operator-customer interaction record every call, message and mail updates (first and last contact, counts,
 * spend), and the question it answers for operators: has this customer been in touch with me?
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class InteractionRecords {

    /** What kind of contact it was: the counter it adds one to. */
    public enum Contact {
        CALL("call_count"), MESSAGE("message_count"), MAIL("mail_count");

        private final String counter;

        Contact(String counter) {
            this.counter = counter;
        }
    }

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    /** One contact of an operator and a customer, and what the customer spent on it. */
    public record Interaction(long operatorId, long customerId, long spentCents) {
    }

    public void record(Contact contact, long operatorId, long customerId, long spentCents) {
        record(contact, List.of(new Interaction(operatorId, customerId, spentCents)));
    }

    /**
     * Records many contacts in one statement (a settlement batch): a statement per contact would make EclipseLink
     * compare every entity of the transaction before each one.
     */
    public void record(Contact contact, List<Interaction> contacts) {
        Map<Pair, long[]> countAndSpentByPair = new TreeMap<>(Comparator.comparingLong(Pair::operatorId)
                .thenComparingLong(Pair::customerId));
        for (Interaction each : contacts) {
            long[] countAndSpent = countAndSpentByPair.computeIfAbsent(
                    new Pair(each.operatorId(), each.customerId()), pair -> new long[2]);
            countAndSpent[0]++;
            countAndSpent[1] += each.spentCents();
        }
        if (countAndSpentByPair.isEmpty()) {
            return;
        }
        // ON CONFLICT may touch a row once per statement, hence one row per pair; pairs in key order, so two
        // batches lock the rows they share in the same order
        String counter = contact.counter;
        em.createNativeQuery("INSERT INTO operator_customer_interaction (operator_id, customer_id, " + counter
                        + ", total_spent_cents) SELECT * FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS bigint[]), "
                        + "CAST(?3 AS int[]), CAST(?4 AS bigint[])) ON CONFLICT (operator_id, customer_id) DO UPDATE "
                        + "SET " + counter + " = operator_customer_interaction." + counter + " + EXCLUDED." + counter
                        + ", last_contact_at = now(), total_spent_cents = "
                        + "operator_customer_interaction.total_spent_cents + EXCLUDED.total_spent_cents")
                .setParameter(1, arrayLiteral(countAndSpentByPair.keySet().stream().map(Pair::operatorId)))
                .setParameter(2, arrayLiteral(countAndSpentByPair.keySet().stream().map(Pair::customerId)))
                .setParameter(3, arrayLiteral(countAndSpentByPair.values().stream().map(values -> values[0])))
                .setParameter(4, arrayLiteral(countAndSpentByPair.values().stream().map(values -> values[1])))
                .executeUpdate();
    }

    private record Pair(long operatorId, long customerId) {
    }

    /** PostgreSQL's text form of an array of numbers, which the statement casts. */
    private static String arrayLiteral(Stream<Long> numbers) {
        return numbers.map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    public boolean inTouch(long operatorId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM operator_customer_interaction WHERE operator_id = ?1 "
                + "AND customer_id = ?2").setParameter(1, operatorId).setParameter(2, customerId).getResultList()
                .isEmpty();
    }
}
