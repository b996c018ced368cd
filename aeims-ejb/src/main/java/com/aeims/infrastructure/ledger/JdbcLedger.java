package com.aeims.infrastructure.ledger;

import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.LedgerException.Reason;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.TransferLeg;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The ledger in plain SQL on the JTA datasource, so it joins the caller's transaction and its row locks are
 * explicit: accounts are locked in id order (no deadlocks between postings), balances are checked under the lock
 * and again by the database's CHECK constraints.
 */
@ApplicationScoped
public class JdbcLedger implements Ledger {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String PLATFORM_BALANCE = "SELECT coalesce((SELECT sum(amount_cents) FROM ledger_transfer"
            + " WHERE credit_account_id = a.id), 0) - coalesce((SELECT sum(amount_cents) FROM ledger_transfer"
            + " WHERE debit_account_id = a.id), 0) FROM ledger_account a WHERE a.kind = ? AND a.owner_id IS NULL";

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    /** Account ids never change once committed, so they are cached across transactions and threads. */
    private final Map<AccountRef, Long> accountIds = new ConcurrentHashMap<>();

    @Override
    public Posting post(PostingRequest request) {
        validate(request);
        String hash = request.contentHash();
        try (Connection db = dataSource.getConnection()) {
            Optional<Posting> created = insertPosting(db, request, hash);
            if (created.isEmpty()) {
                return replay(db, request.idempotencyKey(), hash);
            }
            Posting posting = created.get();
            Map<AccountRef, Long> ids = new LinkedHashMap<>();
            Map<Long, Long> deltas = new TreeMap<>();
            Map<Long, AccountKind> kinds = new HashMap<>();
            for (TransferLeg leg : request.legs()) {
                long debit = ids.computeIfAbsent(leg.debit(), ref -> accountId(db, ref));
                long credit = ids.computeIfAbsent(leg.credit(), ref -> accountId(db, ref));
                kinds.put(debit, leg.debit().kind());
                kinds.put(credit, leg.credit().kind());
                deltas.merge(debit, -leg.amountCents(), Long::sum);
                deltas.merge(credit, leg.amountCents(), Long::sum);
            }
            applyDeltas(db, deltas, kinds);
            insertTransfers(db, posting, request, ids);
            return posting;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger posting " + request.idempotencyKey() + " failed", e);
        }
    }

    private static void validate(PostingRequest request) {
        String key = request.idempotencyKey();
        if (key == null || key.isBlank() || key.length() > PostingRequest.MAX_KEY_LENGTH) {
            throw new LedgerException(Reason.INVALID_KEY,
                    "An idempotency key of 1 to " + PostingRequest.MAX_KEY_LENGTH + " characters is required");
        }
        if (request.legs().isEmpty()) {
            throw new LedgerException(Reason.INVALID_AMOUNT, "A posting needs at least one transfer");
        }
        for (TransferLeg leg : request.legs()) {
            if (leg.amountCents() <= 0) {
                throw new LedgerException(Reason.INVALID_AMOUNT, "Transfer amounts must be positive");
            }
        }
        if (request.description() == null || request.description().isBlank() || request.description().length() > 300) {
            throw new LedgerException(Reason.INVALID_AMOUNT, "A posting needs a description of up to 300 characters");
        }
    }

    private static Optional<Posting> insertPosting(Connection db, PostingRequest request, String hash)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description, reverses_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, created_at")) {
            insert.setString(1, request.idempotencyKey());
            insert.setString(2, request.kind().name());
            insert.setString(3, hash);
            insert.setString(4, request.reference());
            insert.setString(5, request.description());
            insert.setObject(6, request.reversesPostingId());
            try (ResultSet row = insert.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Posting(row.getLong(1), request.idempotencyKey(), request.kind(),
                        row.getObject(2, OffsetDateTime.class), false));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && request.reversesPostingId() != null) {
                throw new LedgerException(Reason.ALREADY_REVERSED,
                        "Posting " + request.reversesPostingId() + " has already been reversed");
            }
            throw e;
        }
    }

    private static Posting replay(Connection db, String key, String hash) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, kind, content_hash, created_at FROM ledger_posting WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (!hash.equals(row.getString(3))) {
                    throw new LedgerException(Reason.IDEMPOTENCY_CONFLICT,
                            "Idempotency key " + key + " was already used for a different request");
                }
                return new Posting(row.getLong(1), key, PostingKind.valueOf(row.getString(2)),
                        row.getObject(4, OffsetDateTime.class), true);
            }
        }
    }

    private long accountId(Connection db, AccountRef ref) {
        Long cached = accountIds.get(ref);
        if (cached != null) {
            return cached;
        }
        try {
            int inserted;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO ledger_account (kind, owner_id, currency) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, ref.kind().name());
                insert.setObject(2, ref.ownerId());
                insert.setString(3, PostingRequest.CURRENCY);
                inserted = insert.executeUpdate();
            }
            long id = selectAccountId(db, ref).orElseThrow();
            if (inserted == 0) {
                // committed by an earlier transaction: safe to remember; our own insert may still roll back
                accountIds.put(ref, id);
            }
            return id;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new LedgerException(Reason.UNKNOWN_ACCOUNT, "No such account owner: " + ref);
            }
            throw new IllegalStateException("could not open ledger account " + ref, e);
        }
    }

    private static Optional<Long> selectAccountId(Connection db, AccountRef ref) throws SQLException {
        String sql = ref.ownerId() == null
                ? "SELECT id FROM ledger_account WHERE kind = ? AND currency = ? AND owner_id IS NULL"
                : "SELECT id FROM ledger_account WHERE kind = ? AND currency = ? AND owner_id = ?";
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, ref.kind().name());
            select.setString(2, PostingRequest.CURRENCY);
            if (ref.ownerId() != null) {
                select.setLong(3, ref.ownerId());
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Customer and operator accounts keep a balance column, checked and updated under a row lock. The platform's
     * accounts take part in nearly every posting; locking them would put every posting in one queue, so their
     * balances are derived from the transfers instead.
     */
    private void applyDeltas(Connection db, Map<Long, Long> deltasInIdOrder, Map<Long, AccountKind> kinds)
            throws SQLException {
        Map<Long, Long> owned = new TreeMap<>();
        deltasInIdOrder.forEach((id, delta) -> {
            if (!kinds.get(id).mayGoNegative()) {
                owned.put(id, delta);
            }
        });
        if (owned.isEmpty()) {
            return;
        }
        Array ids = db.createArrayOf("bigint", owned.keySet().toArray());
        Map<Long, Long> balances = new HashMap<>();
        try (PreparedStatement lock = db.prepareStatement(
                "SELECT id, balance_cents FROM ledger_account WHERE id = ANY (?) ORDER BY id FOR UPDATE")) {
            lock.setArray(1, ids);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    balances.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        for (Map.Entry<Long, Long> delta : owned.entrySet()) {
            if (balances.get(delta.getKey()) + delta.getValue() < 0) {
                throw new LedgerException(Reason.INSUFFICIENT_FUNDS, "Insufficient balance");
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE ledger_account SET balance_cents = balance_cents + ? WHERE id = ?")) {
            for (Map.Entry<Long, Long> delta : owned.entrySet()) {
                if (delta.getValue() != 0) {
                    update.setLong(1, delta.getValue());
                    update.setLong(2, delta.getKey());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static void insertTransfers(Connection db, Posting posting, PostingRequest request,
                                        Map<AccountRef, Long> ids) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id,"
                        + " amount_cents, currency) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int leg = 0;
            for (TransferLeg transfer : request.legs()) {
                leg++;
                insert.setLong(1, posting.id());
                insert.setInt(2, leg);
                insert.setString(3, posting.idempotencyKey() + "#" + leg);
                insert.setLong(4, ids.get(transfer.debit()));
                insert.setLong(5, ids.get(transfer.credit()));
                insert.setLong(6, transfer.amountCents());
                insert.setString(7, PostingRequest.CURRENCY);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public long balance(AccountRef account) {
        return balances(java.util.List.of(account)).get(account);
    }

    @Override
    public Map<AccountRef, Long> balances(Iterable<AccountRef> accounts) {
        Map<AccountRef, Long> result = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection()) {
            for (AccountRef ref : accounts) {
                String sql = ref.ownerId() == null ? PLATFORM_BALANCE
                        : "SELECT balance_cents FROM ledger_account WHERE kind = ? AND owner_id = ?";
                try (PreparedStatement select = db.prepareStatement(sql)) {
                    select.setString(1, ref.kind().name());
                    if (ref.ownerId() != null) {
                        select.setLong(2, ref.ownerId());
                    }
                    try (ResultSet row = select.executeQuery()) {
                        result.put(ref, row.next() ? row.getLong(1) : 0L);
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read balances", e);
        }
    }

    @Override
    public Optional<Posting> findByKey(String idempotencyKey) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement(
                     "SELECT id, kind, created_at FROM ledger_posting WHERE idempotency_key = ?")) {
            select.setString(1, idempotencyKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Posting(row.getLong(1), idempotencyKey,
                        PostingKind.valueOf(row.getString(2)), row.getObject(3, OffsetDateTime.class), true))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read posting " + idempotencyKey, e);
        }
    }
}
