package com.aeims.infrastructure.ledger;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final String CHECK_VIOLATION = "23514";
    private static final String PLATFORM_BALANCE = "SELECT coalesce((SELECT sum(amount_cents) FROM ledger_transfer"
            + " WHERE credit_account_id = a.id), 0) - coalesce((SELECT sum(amount_cents) FROM ledger_transfer"
            + " WHERE debit_account_id = a.id), 0) FROM ledger_account a WHERE a.kind = ? AND a.owner_id IS NULL";

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    /** Account ids never change once committed, so they are cached across transactions and threads. */
    private final Map<AccountRef, Long> accountIds = new ConcurrentHashMap<>();

    /** The owned accounts locked by a posting statement's CTE "locked", moved by its CTE "deltas". */
    private static final String MOVE_LOCKED_BALANCES = """
            moved AS (
                UPDATE ledger_account a SET balance_cents = a.balance_cents + d.delta
                FROM deltas d JOIN locked l ON l.id = d.account_id
                WHERE a.id = d.account_id AND d.delta <> 0
                RETURNING a.id
            )""";

    /**
     * One statement does the whole posting: claim the key, lock the owned accounts in id order, move their
     * balances (the database's CHECK refuses a negative one) and write the transfers. Nothing of it happens
     * when the key was already used; then the earlier posting is compared with this request.
     */
    private static final String POST = """
            WITH posting AS (
                INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description, reverses_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, created_at
            ), deltas AS (
                SELECT * FROM unnest(?::bigint[], ?::bigint[]) AS d (account_id, delta)
            ), locked AS MATERIALIZED (
                SELECT a.id FROM ledger_account a JOIN deltas d ON d.account_id = a.id
                WHERE EXISTS (SELECT 1 FROM posting) ORDER BY a.id FOR UPDATE OF a
            ), """ + MOVE_LOCKED_BALANCES + """
            , transfers AS (
                INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id,
                                             amount_cents, currency)
                SELECT p.id, t.leg, ? || '#' || t.leg, t.debit, t.credit, t.amount, ?
                FROM posting p, unnest(?::int[], ?::bigint[], ?::bigint[], ?::bigint[]) AS t (leg, debit, credit, amount)
                RETURNING 1
            )
            SELECT p.id, p.created_at, (SELECT count(*) FROM moved), (SELECT count(*) FROM transfers) FROM posting p
            """;

    @Override
    public Posting post(PostingRequest request) {
        validate(request);
        String hash = request.contentHash();
        try (Connection db = dataSource.getConnection()) {
            Map<AccountRef, Long> ids = new LinkedHashMap<>();
            // only customer and operator balances are maintained rows; the platform's derive from transfers
            Map<Long, Long> ownedDeltas = new TreeMap<>();
            for (TransferLeg leg : request.legs()) {
                long debit = ids.computeIfAbsent(leg.debit(), ref -> accountId(db, ref));
                long credit = ids.computeIfAbsent(leg.credit(), ref -> accountId(db, ref));
                if (leg.debit().kind().owned()) {
                    ownedDeltas.merge(debit, -leg.amountCents(), Long::sum);
                }
                if (leg.credit().kind().owned()) {
                    ownedDeltas.merge(credit, leg.amountCents(), Long::sum);
                }
            }
            int legs = request.legs().size();
            Integer[] legNumbers = new Integer[legs];
            Long[] debits = new Long[legs];
            Long[] credits = new Long[legs];
            Long[] amounts = new Long[legs];
            for (int i = 0; i < legs; i++) {
                TransferLeg leg = request.legs().get(i);
                legNumbers[i] = i + 1;
                debits[i] = ids.get(leg.debit());
                credits[i] = ids.get(leg.credit());
                amounts[i] = leg.amountCents();
            }
            try (PreparedStatement post = db.prepareStatement(POST)) {
                post.setString(1, request.idempotencyKey());
                post.setString(2, request.kind().name());
                post.setString(3, hash);
                post.setString(4, request.reference());
                post.setString(5, request.description());
                post.setObject(6, request.reversesPostingId());
                post.setArray(7, db.createArrayOf("bigint", ownedDeltas.keySet().toArray(Long[]::new)));
                post.setArray(8, db.createArrayOf("bigint", ownedDeltas.values().toArray(Long[]::new)));
                post.setString(9, request.idempotencyKey());
                post.setString(10, PostingRequest.CURRENCY);
                post.setArray(11, db.createArrayOf("int4", legNumbers));
                post.setArray(12, db.createArrayOf("bigint", debits));
                post.setArray(13, db.createArrayOf("bigint", credits));
                post.setArray(14, db.createArrayOf("bigint", amounts));
                try (ResultSet row = post.executeQuery()) {
                    if (row.next()) {
                        return new Posting(row.getLong(1), request.idempotencyKey(), request.kind(),
                                row.getObject(2, OffsetDateTime.class), false);
                    }
                }
            } catch (SQLException e) {
                throw translate(e, request);
            }
            return replay(db, request.idempotencyKey(), hash);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger posting " + request.idempotencyKey() + " failed", e);
        }
    }

    /**
     * {@link #POST} for many postings at once: the owned accounts of all of them are locked once, in id order, and
     * moved by their summed deltas. Legs carry their posting's key, so a key that was already used writes nothing.
     */
    private static final String POST_ALL = """
            WITH posting AS (
                INSERT INTO ledger_posting (idempotency_key, kind, content_hash, reference, description)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, idempotency_key, created_at
            ), legs AS MATERIALIZED (
                SELECT p.id AS posting_id, l.*
                FROM unnest(?::text[], ?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[], ?::boolean[])
                    AS l (posting_key, leg, debit, credit, amount, debit_owned, credit_owned)
                JOIN posting p ON p.idempotency_key = l.posting_key
            ), deltas AS (
                SELECT account_id, sum(delta) AS delta FROM (
                    SELECT debit AS account_id, -amount AS delta FROM legs WHERE debit_owned
                    UNION ALL
                    SELECT credit, amount FROM legs WHERE credit_owned
                ) d GROUP BY account_id
            ), locked AS MATERIALIZED (
                SELECT a.id FROM ledger_account a JOIN deltas d ON d.account_id = a.id ORDER BY a.id FOR UPDATE OF a
            ), """ + MOVE_LOCKED_BALANCES + """
            , transfers AS (
                INSERT INTO ledger_transfer (posting_id, leg, idempotency_key, debit_account_id, credit_account_id,
                                             amount_cents, currency)
                SELECT posting_id, leg, posting_key || '#' || leg, debit, credit, amount, ? FROM legs
                RETURNING 1
            )
            SELECT p.idempotency_key, p.id, p.created_at, (SELECT count(*) FROM moved), (SELECT count(*) FROM transfers)
            FROM posting p
            """;

    @Override
    public List<Posting> postAll(List<PostingRequest> requests) {
        requests.forEach(JdbcLedger::validate);
        if (requests.stream().map(PostingRequest::idempotencyKey).distinct().count() != requests.size()) {
            throw new IllegalArgumentException("The postings of one batch need keys of their own");
        }
        if (requests.stream().anyMatch(r -> r.reversesPostingId() != null)) {
            throw new IllegalArgumentException("Reversals are posted one at a time");
        }
        int count = requests.size();
        String[] keys = new String[count];
        String[] kinds = new String[count];
        String[] hashes = new String[count];
        String[] references = new String[count];
        String[] descriptions = new String[count];
        List<String> legKeys = new ArrayList<>();
        List<Integer> legNumbers = new ArrayList<>();
        List<Long> debits = new ArrayList<>();
        List<Long> credits = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        List<Boolean> debitOwned = new ArrayList<>();
        List<Boolean> creditOwned = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (int i = 0; i < count; i++) {
                PostingRequest request = requests.get(i);
                keys[i] = request.idempotencyKey();
                kinds[i] = request.kind().name();
                hashes[i] = request.contentHash();
                references[i] = request.reference();
                descriptions[i] = request.description();
                for (int leg = 0; leg < request.legs().size(); leg++) {
                    TransferLeg transfer = request.legs().get(leg);
                    legKeys.add(keys[i]);
                    legNumbers.add(leg + 1);
                    debits.add(accountId(db, transfer.debit()));
                    credits.add(accountId(db, transfer.credit()));
                    amounts.add(transfer.amountCents());
                    debitOwned.add(transfer.debit().kind().owned());
                    creditOwned.add(transfer.credit().kind().owned());
                }
            }
            Posting[] postings = new Posting[count];
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < count; i++) {
                positions.put(keys[i], i);
            }
            try (PreparedStatement post = db.prepareStatement(POST_ALL)) {
                post.setArray(1, db.createArrayOf("text", keys));
                post.setArray(2, db.createArrayOf("text", kinds));
                post.setArray(3, db.createArrayOf("text", hashes));
                post.setArray(4, db.createArrayOf("text", references));
                post.setArray(5, db.createArrayOf("text", descriptions));
                post.setArray(6, db.createArrayOf("text", legKeys.toArray()));
                post.setArray(7, db.createArrayOf("int4", legNumbers.toArray()));
                post.setArray(8, db.createArrayOf("bigint", debits.toArray()));
                post.setArray(9, db.createArrayOf("bigint", credits.toArray()));
                post.setArray(10, db.createArrayOf("bigint", amounts.toArray()));
                post.setArray(11, db.createArrayOf("bool", debitOwned.toArray()));
                post.setArray(12, db.createArrayOf("bool", creditOwned.toArray()));
                post.setString(13, PostingRequest.CURRENCY);
                try (ResultSet rows = post.executeQuery()) {
                    while (rows.next()) {
                        int i = positions.get(rows.getString(1));
                        postings[i] = new Posting(rows.getLong(2), keys[i], requests.get(i).kind(),
                                rows.getObject(3, OffsetDateTime.class), false);
                    }
                }
            } catch (SQLException e) {
                throw translate(e, requests.get(0));
            }
            for (int i = 0; i < count; i++) {
                if (postings[i] == null) {
                    postings[i] = replay(db, keys[i], hashes[i]);
                }
            }
            return List.of(postings);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger postings " + keys[0] + "... failed", e);
        }
    }

    private static RuntimeException translate(SQLException e, PostingRequest request) throws SQLException {
        if (CHECK_VIOLATION.equals(e.getSQLState())) {
            // the only CHECK this statement can break is an owned balance going below zero
            return new LedgerException(Reason.INSUFFICIENT_FUNDS, "Insufficient balance");
        }
        if (UNIQUE_VIOLATION.equals(e.getSQLState()) && request.reversesPostingId() != null) {
            return new LedgerException(Reason.ALREADY_REVERSED,
                    "Posting " + request.reversesPostingId() + " has already been reversed");
        }
        throw e;
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
    public long lockedBalance(AccountRef owned) {
        try (Connection db = dataSource.getConnection()) {
            long id = accountId(db, owned);
            try (PreparedStatement lock = db.prepareStatement(
                    "SELECT balance_cents FROM ledger_account WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock " + owned, e);
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
