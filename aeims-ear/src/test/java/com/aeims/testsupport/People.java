package com.aeims.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.infrastructure.persistence.DemoData;
import java.net.URI;
import java.sql.SQLException;

/** New accounts of each role, logged in through the API: what most tests start from. */
public final class People {

    /** An account and a client logged in as it. */
    public record Person(ApiClient api, long id, String email) {
    }

    private People() {
    }

    /** The demo server's own admin, logged in: only a server started as the run command starts it has one. */
    public static ApiClient demoAdmin(URI base) {
        ApiClient admin = new ApiClient(base);
        assertEquals(200, admin.login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).status());
        return admin;
    }

    public static Person admin(URI base) throws SQLException {
        return loggedIn(base, TestAccounts.createStaff(new ApiClient(base), "ADMIN"));
    }

    /** A customer with this many cents credited by an admin. */
    public static Person customer(URI base, ApiClient admin, long creditCents) throws SQLException {
        Person customer = loggedIn(base, TestAccounts.registerCustomer(new ApiClient(base)));
        TestAccounts.credit(admin, customer.id(), creditCents);
        return customer;
    }

    public static Person operator(URI base, String... siteCodes) throws SQLException {
        return loggedIn(base, TestAccounts.createStaff(new ApiClient(base), "OPERATOR", siteCodes));
    }

    /** An operator on flirts.nyc who is online and has a phone (TestAccounts.createCallableOperator). */
    public static Person callableOperator(URI base) throws SQLException {
        return loggedIn(base, TestAccounts.emailOf(TestAccounts.createCallableOperator(new ApiClient(base))));
    }

    private static Person loggedIn(URI base, String email) throws SQLException {
        ApiClient api = new ApiClient(base);
        assertEquals(200, api.login(email, TestAccounts.PASSWORD).status());
        return new Person(api, TestAccounts.idOf(email), email);
    }
}
