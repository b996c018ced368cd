package com.aeims.application.room.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aeims.application.money.MoneyAdministration;
import com.aeims.application.room.RoomAdministration;
import com.aeims.application.room.RoomAdministration.Draft;
import com.aeims.application.room.RoomPrice;
import com.aeims.application.room.RoomRefused;
import com.aeims.application.room.RoomVisits;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing a room's PIN with many throwaway accounts: wrong PINs are limited per room across all customers, and only
 * a funded account gets a PIN checked at all. Runs inside WildFly against the real EJBs and PostgreSQL, so ten
 * thousand tries take seconds.
 */
@ExtendWith(ArquillianExtension.class)
class RoomPinGuessingIT {

    private static final String PIN = "0042";
    private static final RoomPrice PRICE = new RoomPrice(0, 99);

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(RoomPinGuessingIT.class);
    }

    @Inject
    private RoomAdministration administration;

    @Inject
    private RoomVisits visits;

    @Inject
    private MoneyAdministration money;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    private long adminId;
    private long room;

    @BeforeEach
    void aPinProtectedRoom() throws Exception {
        adminId = LedgerFixtures.admin(dataSource);
        long operator = LedgerFixtures.operator(dataSource);
        room = administration.create(operator, new Draft("Vault", "Members only", PIN, 0, 99, 10)).id();
    }

    private long fundedCustomer() throws Exception {
        long customer = LedgerFixtures.customer(dataSource);
        money.grantCredit(adminId, customer, 500, "test funds", LedgerFixtures.key("credit"));
        return customer;
    }

    @Test
    void tenThousandGuessesSpreadOverAHundredFundedAccountsDoNotOpenTheRoom() throws Exception {
        List<Long> guessers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            guessers.add(fundedCustomer());
        }
        Map<String, Integer> refusals = new TreeMap<>();
        int opened = 0;
        for (int guess = 0; guess < 10_000; guess++) {
            // each account's first guesses are all different: 0000, 0100, ... for the first, 0001, 0101, ... next
            long guesser = guessers.get(guess % guessers.size());
            try {
                visits.join(guesser, room, "%04d".formatted(guess), null, PRICE);
                opened++;
            } catch (RoomRefused refused) {
                refusals.merge(refused.code(), 1, Integer::sum);
            }
        }
        assertEquals(0, opened, "refusals: " + refusals);
        assertEquals(DefaultRoomVisits.ROOM_PIN_FAILURES_ALLOWED, refusals.get("WRONG_PIN"),
                "only the room's allowance of wrong PINs was checked: " + refusals);
        assertEquals(0, count("SELECT count(*) FROM room_visit WHERE room_id = ?"));
        assertFalse(visits.visit(guessers.get(42), room).isPresent());
    }

    @Test
    void whilePinEntryIsPausedEvenTheRightPinWaitsButAnInvitedCustomerGetsIn() throws Exception {
        long guesser = fundedCustomer();
        for (int i = 0; i < DefaultRoomVisits.ROOM_PIN_FAILURES_ALLOWED; i++) {
            long throwaway = fundedCustomer();
            RoomRefused wrong = assertThrows(RoomRefused.class,
                    () -> visits.join(throwaway, room, "9999", null, PRICE));
            assertEquals("WRONG_PIN", wrong.code());
        }
        RoomRefused paused = assertThrows(RoomRefused.class, () -> visits.join(guesser, room, PIN, null, PRICE));
        assertEquals("PIN_PAUSED", paused.code());

        long regular = fundedCustomer();
        try (Connection db = dataSource.getConnection(); PreparedStatement invite = db.prepareStatement(
                "INSERT INTO room_invitation (room_id, customer_id) VALUES (?, ?)")) {
            invite.setLong(1, room);
            invite.setLong(2, regular);
            invite.executeUpdate();
        }
        assertEquals(99, visits.join(regular, room, null, null, PRICE).chargedCents(), "the first minute");
    }

    @Test
    void aCustomerWhoCannotPayIsToldSoBeforeAnyPinIsChecked() throws Exception {
        long broke = LedgerFixtures.customer(dataSource);
        LedgerException refused = assertThrows(LedgerException.class,
                () -> visits.join(broke, room, "1234", null, PRICE));
        assertEquals(LedgerException.Reason.INSUFFICIENT_FUNDS, refused.reason());
        assertEquals(0, count("SELECT count(*) FROM room_pin_failure WHERE room_id = ?"),
                "no guess was checked or counted");
    }

    private long count(String sql) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, room);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
