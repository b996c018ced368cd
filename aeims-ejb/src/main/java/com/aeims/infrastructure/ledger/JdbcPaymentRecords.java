package com.aeims.infrastructure.ledger;

import com.aeims.application.money.PaymentNotice;
import com.aeims.application.money.PaymentNotifications.Outcome;
import com.aeims.application.money.PaymentNotifications.Receipt;
import com.aeims.application.money.PaymentRecords;
import com.aeims.domain.model.payment.PaymentStatus;
import com.aeims.domain.model.payment.ReversalKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

@ApplicationScoped
public class JdbcPaymentRecords implements PaymentRecords {

    private static final String PAYMENT = "SELECT p.id, p.checkout_id, p.idempotency_key, p.customer_id, p.pack_code,"
            + " c.name, p.amount_cents, p.bonus_cents, p.currency, p.provider, p.status, p.provider_transaction_id,"
            + " p.decline_reason, p.checkout_url, p.reversed_cents, p.created_at, p.awaiting_held_cents"
            + " FROM payment p JOIN credit_pack c ON c.code = p.pack_code ";

    @Inject
    private Jdbc jdbc;

    @Override
    public Optional<Payment> byKey(String idempotencyKey) {
        return jdbc.queryOne(PAYMENT + "WHERE p.idempotency_key = ?", JdbcPaymentRecords::payment, idempotencyKey);
    }

    @Override
    public Optional<Payment> create(NewPayment payment) {
        int inserted = jdbc.update("INSERT INTO payment (checkout_id, idempotency_key, customer_id, pack_code,"
                        + " amount_cents, bonus_cents, provider, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')"
                        + " ON CONFLICT (idempotency_key) DO NOTHING", payment.checkoutId(), payment.idempotencyKey(),
                payment.customerId(), payment.packCode(), payment.priceCents(), payment.bonusCents(),
                payment.provider());
        return inserted == 0 ? Optional.empty()
                : jdbc.queryOne(PAYMENT + "WHERE p.checkout_id = ?", JdbcPaymentRecords::payment, payment.checkoutId());
    }

    @Override
    public Optional<Payment> lockByCheckout(UUID checkoutId) {
        return jdbc.queryOne(PAYMENT + "WHERE p.checkout_id = ? FOR UPDATE OF p", JdbcPaymentRecords::payment,
                checkoutId);
    }

    @Override
    public Optional<Payment> lockByTransaction(String provider, String transactionId) {
        return jdbc.queryOne(PAYMENT + "WHERE p.provider = ? AND p.provider_transaction_id = ? FOR UPDATE OF p",
                JdbcPaymentRecords::payment, provider, transactionId);
    }

    @Override
    public List<Payment> recent(long customerId, int limit) {
        return jdbc.query(PAYMENT + "WHERE p.customer_id = ? ORDER BY p.created_at DESC, p.id DESC LIMIT ?",
                JdbcPaymentRecords::payment, customerId, limit);
    }

    @Override
    public void sentToForm(long paymentId, String checkoutUrl) {
        jdbc.update("UPDATE payment SET checkout_url = ?, updated_at = now() WHERE id = ?", checkoutUrl, paymentId);
    }

    @Override
    public void succeeded(long paymentId, String transactionId, long postingId) {
        jdbc.update("UPDATE payment SET status = 'SUCCEEDED', provider_transaction_id = ?, provider_reference = ?,"
                + " posting_id = ?, decline_reason = NULL, updated_at = now() WHERE id = ?", transactionId,
                transactionId, postingId, paymentId);
    }

    @Override
    public void notPaid(long paymentId, PaymentStatus status, String reason) {
        jdbc.update("UPDATE payment SET status = ?, decline_reason = ?, updated_at = now() WHERE id = ?",
                status.name(), reason == null ? null : truncate(reason, 200), paymentId);
    }

    @Override
    public void reversed(long paymentId, long reversedCents, PaymentStatus status) {
        jdbc.update("UPDATE payment SET reversed_cents = ?, status = ?, updated_at = now() WHERE id = ?",
                reversedCents, status.name(), paymentId);
    }

    @Override
    public void awaitHeld(long paymentId, long cents) {
        jdbc.update("UPDATE payment SET awaiting_held_cents = ?, updated_at = now() WHERE id = ?", cents, paymentId);
    }

    @Override
    public List<Long> awaitingHeld(int limit) {
        return jdbc.query("SELECT id FROM payment WHERE awaiting_held_cents > 0 ORDER BY id LIMIT ?",
                row -> row.getLong(1), limit);
    }

    @Override
    public Optional<Payment> lockById(long paymentId) {
        return jdbc.queryOne(PAYMENT + "WHERE p.id = ? FOR UPDATE OF p", JdbcPaymentRecords::payment, paymentId);
    }

    @Override
    public OptionalLong recordEvent(String provider, PaymentNotice notice, String contentHash, String sourceAddress,
                                    String body) {
        UUID checkout = null;
        String kind = "OTHER";
        Long amount = null;
        String reason = null;
        if (notice instanceof PaymentNotice.SaleSucceeded sale) {
            kind = "SALE";
            checkout = sale.checkoutId();
            amount = sale.amountCents();
        } else if (notice instanceof PaymentNotice.SaleFailed failure) {
            kind = "FAILURE";
            checkout = failure.checkoutId();
            reason = failure.reason();
        } else if (notice instanceof PaymentNotice.Reversal reversal) {
            kind = reversal.kind().name();
            amount = reversal.amountCents();
            reason = reversal.reason();
        }
        List<Long> ids = jdbc.query("INSERT INTO payment_event (provider, event_type, content_hash, transaction_id,"
                        + " checkout_id, kind, amount_cents, reason, source_address, body, outcome)"
                        + " VALUES (?, ?, ?, ?, CAST(? AS UUID), ?, CAST(? AS BIGINT), ?, ?, ?, 'IGNORED')"
                        + " ON CONFLICT (provider, content_hash) DO NOTHING RETURNING id", row -> row.getLong(1),
                provider, truncate(notice.eventType(), 40), contentHash, notice.transactionId(),
                checkout == null ? null : checkout.toString(), kind, amount,
                reason == null ? null : truncate(reason, 200), truncate(sourceAddress, 64), body);
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }

    @Override
    public Optional<Receipt> outcomeOf(String provider, String contentHash) {
        return jdbc.queryOne("SELECT outcome, outcome_detail FROM payment_event WHERE provider = ? AND content_hash = ?",
                row -> new Receipt(Outcome.valueOf(row.getString(1)), row.getString(2)), provider, contentHash);
    }

    @Override
    public void eventOutcome(long eventId, Outcome outcome, String detail, Long paymentId, Long postingId) {
        jdbc.update("UPDATE payment_event SET outcome = ?, outcome_detail = ?, payment_id = CAST(? AS BIGINT),"
                + " posting_id = CAST(? AS BIGINT) WHERE id = ?", outcome.name(), truncate(detail, 300), paymentId,
                postingId, eventId);
    }

    @Override
    public List<WaitingReversal> waitingReversals(String provider, String transactionId) {
        return jdbc.query("SELECT id, kind, amount_cents, reason FROM payment_event WHERE provider = ?"
                        + " AND transaction_id = ? AND outcome = 'WAITING' ORDER BY id FOR UPDATE",
                row -> new WaitingReversal(row.getLong(1), ReversalKind.valueOf(row.getString(2)), row.getLong(3),
                        row.getString(4)), provider, transactionId);
    }

    private static Payment payment(ResultSet row) throws SQLException {
        return new Payment(row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getLong(4),
                row.getString(5), row.getString(6), row.getLong(7), row.getLong(8), row.getString(9).strip(),
                row.getString(10), PaymentStatus.valueOf(row.getString(11)), row.getString(12), row.getString(13),
                row.getString(14), row.getLong(15), row.getTimestamp(16).toInstant(), row.getLong(17));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
