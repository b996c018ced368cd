package com.aeims.testsupport;

import com.aeims.domain.model.account.Totp;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Creates accounts for tests: customers through the public API, operators and admins through SQL. */
public final class TestAccounts {

    public static final String PASSWORD = "Test-pass-2026";

    private TestAccounts() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static String registrationJson(String email, String displayName, String password, String dateOfBirth) {
        return Json.createObjectBuilder().add("email", email).add("display_name", displayName)
                .add("password", password).add("date_of_birth", dateOfBirth).build().toString();
    }

    /**
     * Registers a customer through the API and returns the email; each sign-up comes from an address of its own, as
     * the tests' many customers would (sign-ups are throttled per address).
     */
    public static String registerCustomer(ApiClient client) {
        return registerCustomer(client, "Test Customer");
    }

    public static String registerCustomer(ApiClient client, String displayName) {
        String email = uniqueEmail("customer");
        ApiClient.Reply reply = new ApiClient(client.base()).post("api/auth/register",
                registrationJson(email, displayName, PASSWORD, "1990-01-01"));
        if (reply.status() != 201) {
            throw new IllegalStateException("registration failed: " + reply.body());
        }
        return email;
    }

    /**
     * Makes an operator or admin account by copying a registered customer's password hash: staff accounts
     * have no public sign-up, and hashing again here would only slow the tests down.
     */
    public static String createStaff(ApiClient client, String role, String... siteCodes) throws SQLException {
        String email = registerCustomer(client);
        try (Connection db = EmbeddedDatabase.connect()) {
            db.setAutoCommit(false);
            long id = longOf(db, "SELECT id FROM account WHERE email = ?", email);
            update(db, "DELETE FROM customer WHERE account_id = ?", id);
            update(db, "UPDATE account SET role = '" + role + "' WHERE id = ?", id);
            if (role.equals("OPERATOR")) {
                update(db, "INSERT INTO operator (account_id) VALUES (?)", id);
                for (String code : siteCodes) {
                    try (PreparedStatement s = db.prepareStatement(
                            "INSERT INTO operator_site (operator_id, site_id) SELECT ?, id FROM site WHERE code = ?")) {
                        s.setLong(1, id);
                        s.setString(2, code);
                        s.executeUpdate();
                    }
                }
            } else if (role.equals("ADMIN")) {
                update(db, "INSERT INTO admin_user (account_id) VALUES (?)", id);
                // admins log in with an authenticator app: this one is set up already, its key in the tests' app
                String secret = Totp.newSecret();
                try (PreparedStatement s = db.prepareStatement("INSERT INTO second_factor (account_id, totp_secret,"
                        + " created_at, confirmed_at) VALUES (?, ?, now(), now())")) {
                    s.setLong(1, id);
                    s.setString(2, secret);
                    s.executeUpdate();
                }
                Authenticator.remember(email, secret);
            }
            db.commit();
        }
        return email;
    }

    /** An operator on flirts.nyc who is online and has a phone: ready to take calls at the default prices. */
    public static long createCallableOperator(ApiClient client) throws SQLException {
        long id = idOf(createStaff(client, "OPERATOR", "flirts-nyc"));
        try (Connection db = EmbeddedDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE operator SET availability = 'ONLINE', phone_e164 = ? WHERE account_id = ?")) {
            s.setString(1, SimulatedPbx.uniqueNumber());
            s.setLong(2, id);
            s.executeUpdate();
        }
        return id;
    }

    /**
     * Makes the number the logged-in customer's or operator's phone the way its owner would: asks for a code, reads
     * the SMS the server sent, types the code back.
     */
    public static void confirmPhone(ApiClient account, String number) {
        ApiClient.Reply sent = account.post("api/phone", Json.createObjectBuilder().add("phone", number).build()
                .toString());
        if (sent.status() != 202) {
            throw new IllegalStateException("no code sent: " + sent.body());
        }
        ApiClient.Reply confirmed = account.post("api/phone/confirm", Json.createObjectBuilder()
                .add("code", TwilioMock.codeTextedTo(number)).build().toString());
        if (confirmed.status() != 200) {
            throw new IllegalStateException("not confirmed: " + confirmed.body());
        }
    }

    /** Credits a customer through the admin money API (an admin must be logged in on {@code admin}). */
    public static void credit(ApiClient admin, long customerId, long cents) {
        ApiClient.Reply reply = admin.post("api/admin/money/adjustments", Json.createObjectBuilder()
                .add("customer_id", customerId).add("amount_cents", cents).add("reason", "test funds")
                .add("idempotency_key", UUID.randomUUID().toString()).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("credit failed: " + reply.body());
        }
    }

    public static long idOf(String email) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect()) {
            return longOf(db, "SELECT id FROM account WHERE email = ?", email);
        }
    }

    public static String emailOf(long accountId) throws SQLException {
        try (Connection db = EmbeddedDatabase.connect();
             PreparedStatement s = db.prepareStatement("SELECT email FROM account WHERE id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no account " + accountId);
                }
                return r.getString(1);
            }
        }
    }

    public static long longOf(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
