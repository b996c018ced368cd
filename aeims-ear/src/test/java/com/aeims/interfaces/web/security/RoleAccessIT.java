package com.aeims.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleAccessIT extends AeimsIT {

    private ApiClient customer;
    private ApiClient operator;
    private ApiClient admin;

    @BeforeEach
    void logInOnePersonPerRole() throws Exception {
        ApiClient setup = new ApiClient(baseUri());
        customer = loggedIn(TestAccounts.registerCustomer(setup));
        operator = loggedIn(TestAccounts.createStaff(setup, "OPERATOR", "flirts-nyc"));
        admin = loggedIn(TestAccounts.createStaff(setup, "ADMIN"));
    }

    private ApiClient loggedIn(String email) {
        ApiClient client = new ApiClient(baseUri());
        ApiClient.Reply reply = client.login(email, TestAccounts.PASSWORD);
        assertEquals(200, reply.status(), reply.body());
        return client;
    }

    @Test
    void anonymousVisitorsOfProtectedPagesAreSentToTheLoginPage() {
        ApiClient anonymous = new ApiClient(baseUri());
        ApiClient.Reply reply = anonymous.get("operator/dashboard.xhtml");
        assertEquals(302, reply.status());
        String location = reply.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?next="), location);
    }

    @Test
    void operatorPagesRefuseCustomersAndAdmins() {
        assertEquals(200, operator.get("operator/dashboard.xhtml").status());
        assertEquals(403, customer.get("operator/dashboard.xhtml").status());
        assertEquals(403, admin.get("operator/dashboard.xhtml").status());
    }

    @Test
    void adminPagesRefuseCustomersAndOperators() {
        assertEquals(200, admin.get("admin/operators.xhtml").status());
        assertEquals(200, admin.get("admin/sites.xhtml").status());
        assertEquals(403, customer.get("admin/operators.xhtml").status());
        assertEquals(403, operator.get("admin/sites.xhtml").status());
    }

    @Test
    void apiAnswers401ToStrangersAnd403ToTheWrongRoleInJson() {
        ApiClient anonymous = new ApiClient(baseUri());
        ApiClient.Reply stranger = anonymous.get("api/operator/me");
        assertEquals(401, stranger.status());
        assertEquals("NOT_AUTHENTICATED", stranger.json().getString("code"));

        ApiClient.Reply wrongRole = customer.get("api/admin/operators");
        assertEquals(403, wrongRole.status());
        assertEquals("FORBIDDEN", wrongRole.json().getString("code"));
        assertEquals(403, operator.get("api/admin/operators").status());
        assertEquals(403, admin.get("api/operator/me").status());

        assertEquals(200, operator.get("api/operator/me").status());
        assertEquals(200, admin.get("api/admin/operators").status());
    }

    @Test
    void operatorsSwitchThemselvesOnlineButCannotClaimBusy() {
        ApiClient.Reply online = operator.put("api/operator/availability", "{\"availability\":\"online\"}");
        assertEquals(200, online.status(), online.body());
        assertEquals("online", online.json().getString("availability"));
        ApiClient.Reply busy = operator.put("api/operator/availability", "{\"availability\":\"busy\"}");
        assertEquals(400, busy.status());
        assertEquals("AVAILABILITY_NOT_ALLOWED", busy.json().getString("code"));
        ApiClient.Reply nonsense = operator.put("api/operator/availability", "{\"availability\":\"asleep\"}");
        assertEquals(400, nonsense.status());
        assertEquals(403, customer.put("api/operator/availability", "{\"availability\":\"online\"}").status());
    }
}
