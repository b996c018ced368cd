package com.aeims.application.callback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.application.call.CallPrice;
import com.aeims.application.callback.CallRequests;
import com.aeims.application.callback.NewCallRequest;
import com.aeims.application.callback.ScheduledCallbacks;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.application.operator.OperatorCalendars;
import com.aeims.domain.model.operator.WeeklyCalendar;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import com.aeims.testsupport.LedgerInvariants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly: a booked call's timer firing several times at once (timers on two nodes, a timer and the sweep)
 * opens one call and dials once, because the request's row is the claim.
 */
@ExtendWith(ArquillianExtension.class)
class CallbackClaimsIT {

    private static final int FIRINGS = 4;

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(CallbackClaimsIT.class);
    }

    @Inject
    private CallRequests requests;

    @Inject
    private ScheduledCallbacks callbacks;

    @Inject
    private OperatorCalendars calendars;

    @Inject
    private MoneyAdministration money;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    @AfterEach
    void ledgerStillBalances() throws Exception {
        LedgerInvariants.check(dataSource);
    }

    @Test
    void aDueCallFiredFourTimesAtOnceIsOpenedAndClaimedOnce() throws Exception {
        long admin = LedgerFixtures.admin(dataSource);
        long customer = LedgerFixtures.customer(dataSource);
        long operator = LedgerFixtures.operator(dataSource);
        update("UPDATE customer SET phone_e164 = ? WHERE account_id = ?", number(), customer);
        update("UPDATE operator SET availability = 'ONLINE', phone_e164 = ? WHERE account_id = ?", number(), operator);
        money.grantCredit(admin, customer, 50_00, "test funds", LedgerFixtures.key("credit"));
        calendars.replace(operator, "UTC", Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyCalendar.Slot(day, LocalTime.MIN, LocalTime.of(23, 59))).toList());
        Instant at = Instant.now().plus(Duration.ofMinutes(3));
        if (at.atOffset(ZoneOffset.UTC).toLocalTime().isAfter(LocalTime.of(23, 40))) {
            at = at.plus(Duration.ofMinutes(30));
        }
        String ref = requests.request(customer, null, new NewCallRequest(operator, at, 5, "UTC",
                new CallPrice(399, 99), LedgerFixtures.key("booking"))).requestRef();
        requests.accept(operator, ref);
        // its time has come: as if the clock had moved on to it
        updateText("UPDATE call_request SET scheduled_at = now() - interval '1 second' WHERE request_ref = ?", ref);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> firings = new ArrayList<>();
        for (int i = 0; i < FIRINGS; i++) {
            firings.add(executor.submit(() -> {
                start.await();
                callbacks.placeIfDue(ref);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> firing : firings) {
            firing.get(60, TimeUnit.SECONDS);
        }

        assertEquals(1, count("SELECT count(*) FROM phone_call WHERE customer_id = ?", customer), "one call");
        assertEquals(1, count("SELECT count(*) FROM phone_call c JOIN call_request r ON r.call_ref = c.call_ref"
                + " AND r.hold_id = c.hold_id WHERE r.customer_id = ?", customer), "the request's call, on its hold");
    }

    private static String number() {
        return "+1646" + (2_000_000 + ThreadLocalRandom.current().nextInt(7_000_000));
    }

    private void update(String sql, String text, long id) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, text);
            statement.setLong(2, id);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private void updateText(String sql, String text) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, text);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private long count(String sql, long id) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
