package com.aeims.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Room visits as the database holds them, and moving a visit back in time: a minute of a stay passes for the minute
 * meter when its paid time lies in the past, so tests need not wait real minutes.
 */
public final class RoomVisits {

    private RoomVisits() {
    }

    /** Moves the visit's start and paid time back by {@code seconds}, as if it had begun that much earlier. */
    public static void backdate(long visitId, int seconds) throws SQLException {
        update("UPDATE room_visit SET joined_at = joined_at - make_interval(secs => ?), "
                + "paid_until = paid_until - make_interval(secs => ?) WHERE id = ?", seconds, seconds, visitId);
    }

    /** Moves the last sign of life from the visit's page back by {@code seconds}. */
    public static void silence(long visitId, int seconds) throws SQLException {
        update("UPDATE room_visit SET last_seen_at = now() - make_interval(secs => ?) WHERE id = ?", seconds, visitId);
    }

    /** The customer's latest visit of any room. */
    public static long latestOf(long customerId) {
        return number("SELECT max(id) FROM room_visit WHERE customer_id = ?", customerId);
    }

    public static long secondsSinceSeen(long visitId) {
        return number("SELECT extract(epoch FROM now() - last_seen_at)::bigint FROM room_visit WHERE id = ?", visitId);
    }

    public static int minutesCharged(long visitId) {
        return (int) number("SELECT minutes_charged FROM room_visit WHERE id = ?", visitId);
    }

    public static String leftReason(long visitId) {
        try (Connection db = EmbeddedDatabase.connect();
             PreparedStatement s = db.prepareStatement("SELECT left_reason FROM room_visit WHERE id = ?")) {
            s.setLong(1, visitId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the customer has paid for this visit in ledger charges (entry fee and minutes). */
    public static long chargedCents(long visitId) {
        return number("SELECT coalesce(sum(c.total_cents), 0) FROM charge c JOIN ledger_posting p ON p.id = c.posting_id "
                + "JOIN room_visit v ON p.idempotency_key = v.visit_key OR p.idempotency_key LIKE v.visit_key || ':minute:%' "
                + "WHERE v.id = ?", visitId);
    }

    private static long number(String sql, long id) {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
