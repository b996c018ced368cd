package com.aeims.application.money.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.application.money.FundsRefused;
import com.aeims.application.money.FundsService;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.payment.PaymentStatus;
import com.aeims.infrastructure.payment.SandboxPaymentProvider;
import com.aeims.infrastructure.persistence.DemoData;
import com.aeims.testsupport.InContainer;
import com.aeims.testsupport.LedgerFixtures;
import com.aeims.testsupport.LedgerInvariants;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server without CCBill, inside WildFly with the CCBill settings taken away for each test: in production it runs
 * and refuses to sell credit (the sandbox never sells outside demo mode); in demo mode the sandbox sells.
 */
@ExtendWith(ArquillianExtension.class)
class FundsWithoutGatewayIT {

    private static final List<String> CCBILL = List.of("aeims.ccbill.account", "aeims.ccbill.subaccount",
            "aeims.ccbill.flexform-id", "aeims.ccbill.salt");

    @Deployment(testable = true)
    static EnterpriseArchive ear() {
        return InContainer.ear(FundsWithoutGatewayIT.class);
    }

    @Inject
    private FundsService funds;

    @Resource(lookup = "java:jboss/datasources/AeimsDS")
    private DataSource dataSource;

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void withoutCcbill() {
        CCBILL.forEach(name -> saved.put(name, System.clearProperty(name)));
    }

    @AfterEach
    void ccbillBack() throws Exception {
        saved.forEach((name, value) -> {
            if (value != null) {
                System.setProperty(name, value);
            }
        });
        LedgerInvariants.check(dataSource);
    }

    @Test
    void withoutAGatewayNoCreditIsSoldNotEvenForTheSandboxsApprovingToken() throws Exception {
        long customer = LedgerFixtures.customer(dataSource);

        assertFalse(funds.sellsCredit());
        FundsRefused refused = assertThrows(FundsRefused.class, () -> funds.addFunds(customer, "regular",
                "sandbox-visa-approve", LedgerFixtures.key("buy")));

        assertEquals("PAYMENTS_UNAVAILABLE", refused.code());
        assertEquals(0, funds.balance(customer).availableCents());
        assertEquals(0, paymentsOf(customer), "no purchase recorded");
    }

    @Test
    void inDemoModeWithoutAGatewayTheSandboxSellsATestCardsPackOncePerKey() throws Exception {
        long customer = LedgerFixtures.customer(dataSource);
        String demo = System.setProperty(DemoData.FLAG, "true");
        try {
            assertTrue(funds.sellsCredit());
            assertTrue(funds.needsPaymentToken());
            FundsService.Result declined = funds.addFunds(customer, "starter", SandboxPaymentProvider.DECLINE,
                    LedgerFixtures.key("buy"));
            String key = LedgerFixtures.key("buy");
            FundsService.Result bought = funds.addFunds(customer, "regular", SandboxPaymentProvider.APPROVE, key);
            FundsService.Result again = funds.addFunds(customer, "regular", SandboxPaymentProvider.APPROVE, key);

            assertEquals(PaymentStatus.DECLINED, declined.status());
            assertEquals("The card was declined", declined.declineReason());
            assertEquals(PaymentStatus.SUCCEEDED, bought.status());
            assertEquals(2600, bought.creditedCents(), "$25 and its $1 bonus");
            assertTrue(again.replayed());
            assertEquals(2600, funds.balance(customer).availableCents(), "the pack once");
            assertThrows(LedgerException.class, () -> funds.addFunds(customer, "plus", SandboxPaymentProvider.APPROVE,
                    key));
        } finally {
            if (demo == null) {
                System.clearProperty(DemoData.FLAG);
            } else {
                System.setProperty(DemoData.FLAG, demo);
            }
        }
    }

    @Test
    void aHalfConfiguredGatewaySellsNothingEither() throws Exception {
        System.setProperty("aeims.ccbill.account", saved.get("aeims.ccbill.account"));
        System.setProperty("aeims.ccbill.salt", saved.get("aeims.ccbill.salt"));

        assertFalse(funds.sellsCredit(), "no sub-account or form: CCBill sells nothing (and the log says why)");
        assertTrue(funds.packs().size() >= 4, "the packs are still shown");
    }

    private long paymentsOf(long customer) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM payment WHERE customer_id = ?")) {
            query.setLong(1, customer);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
