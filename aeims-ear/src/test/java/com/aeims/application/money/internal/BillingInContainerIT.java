package com.aeims.application.money.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.application.money.BillingService;
import com.aeims.application.money.CallSettlement;
import com.aeims.application.money.CallTerms;
import com.aeims.application.money.CallToSettle;
import com.aeims.application.money.MoneyAdministration;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.HoldRepository;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import com.aeims.testsupport.LedgerInvariants;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly against the real EJBs, ledger and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class BillingInContainerIT {

    private static final CallTerms STANDARD = new CallTerms(0, 399, 99, 80);

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(BillingInContainerIT.class);
    }

    @Inject
    private BillingService billing;

    @Inject
    private MoneyAdministration admin;

    @Inject
    private Ledger ledger;

    @Inject
    private HoldRepository holds;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    private long adminId;
    private long customer;
    private long operator;

    @BeforeEach
    void accounts() throws Exception {
        adminId = LedgerFixtures.admin(dataSource);
        customer = LedgerFixtures.customer(dataSource);
        operator = LedgerFixtures.operator(dataSource);
    }

    @AfterEach
    void ledgerStillBalances() throws Exception {
        LedgerInvariants.check(dataSource);
    }

    private CallTerms terms() {
        return new CallTerms(operator, STANDARD.ratePerMinuteCents(), STANDARD.connectFeeCents(),
                STANDARD.operatorSharePercent());
    }

    private void credit(long cents) {
        admin.grantCredit(adminId, customer, cents, "test funds", LedgerFixtures.key("credit"));
    }

    private long available() {
        return ledger.balance(AccountRef.available(customer));
    }

    @Test
    void aPartlyUsedHoldChargesTheCallSplitsItAndReturnsTheRest() {
        credit(3000);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 2000, "CALL", "c1", Duration.ofHours(1));
        assertEquals(1000, available());
        assertEquals(2000, ledger.balance(AccountRef.held(customer)));

        CallSettlement settled = billing.settleCall(hold.id(), terms(), true, 125, LedgerFixtures.key("call"));
        assertEquals(3, settled.charge().billedMinutes());
        assertEquals(99 + 3 * 399, settled.chargedCents());
        assertEquals(2000 - 1296, settled.releasedCents());
        assertEquals(3000 - 1296, available());
        assertEquals(0, ledger.balance(AccountRef.held(customer)));
        assertEquals(1036, ledger.balance(AccountRef.earnings(operator)), "80% of 12.96 rounded down");
    }

    @Test
    void aCallThatRanPastItsHoldIsChargedTheHoldAndNoMore() {
        credit(1000);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 500, "CALL", "c2", Duration.ofHours(1));
        CallSettlement settled = billing.settleCall(hold.id(), terms(), true, 600, LedgerFixtures.key("call"));
        assertEquals(500, settled.chargedCents());
        assertEquals(500, available());
        assertEquals(400, ledger.balance(AccountRef.earnings(operator)));
    }

    @Test
    void releasingAHoldReturnsAllOfItAndReleasingAgainChangesNothing() {
        credit(1500);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 1200, "ROOM", "r1", Duration.ofHours(1));
        assertEquals(300, available());
        assertEquals(Hold.Status.VOIDED, billing.releaseHold(hold.id()).status());
        assertEquals(Hold.Status.VOIDED, billing.releaseHold(hold.id()).status());
        assertEquals(1500, available());
        assertThrows(LedgerException.class, () -> billing.settleCall(hold.id(), terms(), true, 60, "late-call"));
    }

    @Test
    void anExpiredHoldIsReleasedByTheTimer() {
        credit(800);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 800, "CALL", "c3", Duration.ofSeconds(1));
        assertEquals(0, available());
        Eventually.await(Duration.ofSeconds(60), "the expiry timer releases the hold",
                () -> holds.findByPlacedPosting(hold.placedPostingId()).orElseThrow().status() == Hold.Status.EXPIRED);
        assertEquals(800, available());
    }

    @Test
    void settlingTheSameCallTwiceChargesOnce() {
        credit(2000);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 1000, "CALL", "c4", Duration.ofHours(1));
        String call = LedgerFixtures.key("call");
        CallSettlement first = billing.settleCall(hold.id(), terms(), true, 61, call);
        CallSettlement again = billing.settleCall(hold.id(), terms(), true, 61, call);
        assertTrue(again.replayed());
        assertEquals(first.postingId(), again.postingId());
        assertEquals(first.chargedCents(), again.chargedCents());
        assertEquals(2000 - (99 + 2 * 399), available());
        assertThrows(LedgerException.class, () -> billing.settleCall(hold.id(), terms(), true, 61, "another-call"));
    }

    @Test
    void aCallThatNeverConnectedCostsNothingAndUsesNoFreeMinutes() throws Exception {
        credit(1000);
        long grant = admin.grantFreeMinutes(adminId, customer, null, 5, Instant.now().plus(1, ChronoUnit.DAYS),
                "welcome", LedgerFixtures.key("free"));
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 600, "CALL", "c5", Duration.ofHours(1));
        CallSettlement settled = billing.settleCall(hold.id(), terms(), false, 0, LedgerFixtures.key("call"));
        assertEquals(0, settled.chargedCents());
        assertEquals(1000, available());
        assertEquals(5, remaining(grant));
    }

    @Test
    void freeMinutesGoEarliestExpiryFirstSkipExpiredOnesAndTheConnectFeeStillApplies() throws Exception {
        credit(1000);
        long anyOperatorLater = admin.grantFreeMinutes(adminId, customer, null, 5,
                Instant.now().plus(10, ChronoUnit.DAYS), "loyalty", LedgerFixtures.key("free"));
        long thisOperatorSooner = admin.grantFreeMinutes(adminId, customer, operator, 3,
                Instant.now().plus(2, ChronoUnit.DAYS), "promo", LedgerFixtures.key("free"));
        long expired = expiredGrant(10);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 500, "CALL", "c6", Duration.ofHours(1));

        CallSettlement settled = billing.settleCall(hold.id(), terms(), true, 200, LedgerFixtures.key("call"));
        assertEquals(4, settled.charge().billedMinutes());
        assertEquals(4, settled.charge().freeMinutes());
        assertEquals(99, settled.chargedCents(), "connect fee only");
        assertEquals(0, remaining(thisOperatorSooner));
        assertEquals(4, remaining(anyOperatorLater));
        assertEquals(10, remaining(expired));
        assertEquals(1000 - 99, available());
        assertEquals(79, ledger.balance(AccountRef.earnings(operator)));
    }

    @Test
    void callsSettledTogetherTakeFreeMinutesInOrderAcrossTheBatchAndEachIsChargedExactly() throws Exception {
        credit(6000);
        Hold first = billing.placeHold(LedgerFixtures.key("hold"), customer, 2000, "CALL", "b1", Duration.ofHours(1));
        Hold second = billing.placeHold(LedgerFixtures.key("hold"), customer, 1500, "CALL", "b2", Duration.ofHours(1));
        Hold unanswered = billing.placeHold(LedgerFixtures.key("hold"), customer, 600, "CALL", "b3",
                Duration.ofHours(1));
        Hold earlier = billing.placeHold(LedgerFixtures.key("hold"), customer, 1000, "CALL", "b4", Duration.ofHours(1));
        String earlierCall = LedgerFixtures.key("call");
        CallSettlement alreadySettled = billing.settleCall(earlier.id(), terms(), true, 61, earlierCall);
        long sooner = admin.grantFreeMinutes(adminId, customer, null, 3, Instant.now().plus(1, ChronoUnit.DAYS),
                "promo", LedgerFixtures.key("free"));
        long later = admin.grantFreeMinutes(adminId, customer, null, 2, Instant.now().plus(2, ChronoUnit.DAYS),
                "loyalty", LedgerFixtures.key("free"));

        List<CallSettlement> settled = billing.settleCalls(List.of(
                new CallToSettle(first.id(), terms(), true, 125, LedgerFixtures.key("call")),
                new CallToSettle(earlier.id(), terms(), true, 61, earlierCall),
                new CallToSettle(second.id(), terms(), true, 61, LedgerFixtures.key("call")),
                new CallToSettle(unanswered.id(), terms(), false, 0, LedgerFixtures.key("call"))));

        assertEquals(List.of(3, 2, 2, 0), settled.stream().map(s -> s.charge().billedMinutes()).toList());
        assertEquals(List.of(3, 0, 2, 0), settled.stream().map(s -> s.charge().freeMinutes()).toList(),
                "the first call empties the sooner grant, the next one takes the later");
        assertEquals(List.of(99L, 897L, 99L, 0L), settled.stream().map(CallSettlement::chargedCents).toList());
        assertTrue(settled.get(1).replayed());
        assertEquals(alreadySettled.postingId(), settled.get(1).postingId());
        assertEquals(0, remaining(sooner));
        assertEquals(0, remaining(later));
        assertEquals(6000 - 897 - 99 - 99, available());
        assertEquals(0, ledger.balance(AccountRef.held(customer)));
        assertEquals(717 + 79 + 79, ledger.balance(AccountRef.earnings(operator)), "80% of each, rounded down");
    }

    @Test
    void aBatchNamingOneCallTwiceIsRefusedAndWritesNothing() throws Exception {
        credit(2000);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 1000, "CALL", "b5", Duration.ofHours(1));
        String call = LedgerFixtures.key("call");
        long postingsBefore = count("SELECT count(*) FROM ledger_posting");
        assertThrows(EJBException.class, () -> billing.settleCalls(List.of(
                new CallToSettle(hold.id(), terms(), true, 61, call),
                new CallToSettle(hold.id(), terms(), true, 61, call))));
        assertEquals(postingsBefore, count("SELECT count(*) FROM ledger_posting"));
        assertEquals(1000, ledger.balance(AccountRef.held(customer)));
    }

    @Test
    void theSameKeyReturnsTheFirstResultAndAnotherAmountUnderItIsRefused() {
        String key = LedgerFixtures.key("credit");
        long first = admin.grantCredit(adminId, customer, 500, "goodwill", key);
        assertEquals(first, admin.grantCredit(adminId, customer, 500, "goodwill", key));
        LedgerException conflict = assertThrows(LedgerException.class,
                () -> admin.grantCredit(adminId, customer, 600, "goodwill", key));
        assertEquals(LedgerException.Reason.IDEMPOTENCY_CONFLICT, conflict.reason());
        assertEquals(500, available());
    }

    @Test
    void aChargeTheBalanceCannotCoverWritesNothing() throws Exception {
        credit(100);
        long postingsBefore = count("SELECT count(*) FROM ledger_posting");
        LedgerException refused = assertThrows(LedgerException.class, () -> billing.charge(LedgerFixtures.key("msg"),
                PostingKind.MESSAGE, customer, operator, 150, 80, "m1", "Message"));
        assertEquals(LedgerException.Reason.INSUFFICIENT_FUNDS, refused.reason());
        assertEquals(postingsBefore, count("SELECT count(*) FROM ledger_posting"));
        assertEquals(100, available());
    }

    @Test
    void aRefundedCallGoesBackToTheCustomerOnceOnly() {
        credit(2000);
        Hold hold = billing.placeHold(LedgerFixtures.key("hold"), customer, 1000, "CALL", "c7", Duration.ofHours(1));
        CallSettlement settled = billing.settleCall(hold.id(), terms(), true, 30, LedgerFixtures.key("call"));
        admin.refund(adminId, settled.postingId(), "bad line", LedgerFixtures.key("refund"));
        assertEquals(2000, available());
        assertEquals(0, ledger.balance(AccountRef.earnings(operator)));
        LedgerException twice = assertThrows(LedgerException.class,
                () -> admin.refund(adminId, settled.postingId(), "bad line", LedgerFixtures.key("refund")));
        assertEquals(LedgerException.Reason.ALREADY_REVERSED, twice.reason());
    }

    @Test
    void earningsArePaidOutOnlyOncePastTheReservePeriodAndFromThePayoutMinimum() throws Exception {
        credit(20000);
        billing.charge(LedgerFixtures.key("tip"), PostingKind.TIP, customer, operator, 4000, 80, "t1", "Tip");
        billing.charge(LedgerFixtures.key("tip"), PostingKind.TIP, customer, operator, 4000, 80, "t2", "Tip");
        LedgerException inReserve = assertThrows(LedgerException.class,
                () -> admin.payOut(adminId, operator, "bank-1", LedgerFixtures.key("payout")));
        assertEquals(LedgerException.Reason.BELOW_PAYOUT_MINIMUM, inReserve.reason(), "$64 earned today, in reserve");
        earnedFifteenDaysAgo("t1");
        assertEquals(LedgerException.Reason.BELOW_PAYOUT_MINIMUM, assertThrows(LedgerException.class,
                () -> admin.payOut(adminId, operator, "bank-2", LedgerFixtures.key("payout"))).reason(),
                "$32 past the reserve is below the $50 minimum");
        earnedFifteenDaysAgo("t2");
        billing.charge(LedgerFixtures.key("tip"), PostingKind.TIP, customer, operator, 4000, 80, "t3", "Tip");

        admin.payOut(adminId, operator, "bank-3", LedgerFixtures.key("payout"));

        assertEquals(3200, ledger.balance(AccountRef.earnings(operator)), "today's $32 stays in reserve");
    }

    private void earnedFifteenDaysAgo(String reference) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(
                "UPDATE charge SET created_at = now() - interval '15 days' WHERE operator_id = ? AND reference = ?")) {
            update.setLong(1, operator);
            update.setString(2, reference);
            assertEquals(1, update.executeUpdate());
        }
    }

    private long expiredGrant(int minutes) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO free_minute_grant (customer_id, minutes_granted, minutes_remaining, expires_at, granted_at,"
                        + " reason, idempotency_key) VALUES (?, ?, ?, now() - interval '1 hour',"
                        + " now() - interval '2 days', 'old promo', ?) RETURNING id")) {
            insert.setLong(1, customer);
            insert.setInt(2, minutes);
            insert.setInt(3, minutes);
            insert.setString(4, LedgerFixtures.key("expired"));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private int remaining(long grantId) throws Exception {
        return (int) count("SELECT minutes_remaining FROM free_minute_grant WHERE id = " + grantId);
    }

    private long count(String sql) throws Exception {
        try (Connection db = dataSource.getConnection(); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
