package com.aeims.infrastructure.persistence;

import com.aeims.domain.model.interaction.InteractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaInteractionRepository implements InteractionRepository {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    /**
     * Many contacts in one statement: a statement per contact would make EclipseLink compare every entity of the
     * transaction before each one.
     */
    @Override
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
        String counter = switch (contact) {
            case CALL -> "call_count";
            case MESSAGE -> "message_count";
            case MAIL -> "mail_count";
        };
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

    @Override
    public boolean inTouch(long operatorId, long customerId) {
        return !em.createNativeQuery("SELECT 1 FROM operator_customer_interaction WHERE operator_id = ?1 "
                + "AND customer_id = ?2").setParameter(1, operatorId).setParameter(2, customerId).getResultList()
                .isEmpty();
    }

    @Override
    public List<Relation> customersOf(long operatorId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.customer_id, a.display_name, i.first_contact_at, "
                        + "i.last_contact_at, i.message_count, i.mail_count, i.call_count, i.total_spent_cents "
                        + "FROM operator_customer_interaction i JOIN account a ON a.id = i.customer_id "
                        + "WHERE i.operator_id = ?1 ORDER BY i.last_contact_at DESC LIMIT ?2")
                .setParameter(1, operatorId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Relation(((Number) r[0]).longValue(), (String) r[1],
                ((Timestamp) r[2]).toInstant(), ((Timestamp) r[3]).toInstant(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).longValue())).toList();
    }
}
