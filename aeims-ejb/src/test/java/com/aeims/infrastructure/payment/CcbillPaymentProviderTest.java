package com.aeims.infrastructure.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.IncomingNotification;
import com.aeims.application.money.NotificationRefused;
import com.aeims.application.money.PaymentNotice;
import com.aeims.application.money.PaymentProvider;
import com.aeims.domain.model.payment.ReversalKind;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CcbillPaymentProviderTest {

    private static final String SALT = "s3cret-salt-for-tests";
    private static final String CCBILL = "64.38.212.17";

    private final CcbillPaymentProvider ccbill = new CcbillPaymentProvider(new CcbillSettings() {
        @Override public String account() { return "900123"; }
        @Override public String subaccount() { return "0001"; }
        @Override public String flexformId() { return "a1b2c3d4-0000-4000-8000-000000000001"; }
        @Override public String salt() { return SALT; }
    });

    private final UUID checkout = UUID.randomUUID();

    @Test
    void aPurchaseGoesToTheFlexFormWithASignedPriceAndTheCheckoutToPassThrough() {
        PaymentProvider.Start start = ccbill.start(new PaymentProvider.Purchase(checkout, 2500, "credit", null));

        String url = assertInstanceOf(PaymentProvider.HostedForm.class, start).url();
        assertEquals("https://api.ccbill.com/wap-frontflex/flexforms/a1b2c3d4-0000-4000-8000-000000000001"
                + "?clientAccnum=900123&clientSubacc=0001&initialPrice=25.00&initialPeriod=30&currencyCode=840"
                + "&formDigest=" + CcbillDigests.formDigest("25.00", "30", "840", SALT) + "&orderRef=" + checkout, url);
        assertTrue(ccbill.available());
        assertFalse(ccbill.needsPaymentToken());
    }

    @Test
    void aSaleWithCcbillsDigestNamesTheCheckoutThePriceAndTheCurrency() {
        PaymentNotice notice = ccbill.read(sale(CCBILL, "0117240102000000041",
                CcbillDigests.saleDigest("0117240102000000041", SALT)));

        assertEquals(new PaymentNotice.SaleSucceeded("NewSaleSuccess", "0117240102000000041", checkout, 2500, "USD"),
                notice);
    }

    @Test
    void aSaleFromOutsideCcbillsAddressesOrWithoutItsDigestOrForAnotherAccountIsNotBelieved() {
        String digest = CcbillDigests.saleDigest("0117240102000000041", SALT);

        assertThrows(NotificationRefused.class, () -> ccbill.read(sale("203.0.113.9", "0117240102000000041", digest)));
        assertThrows(NotificationRefused.class, () -> ccbill.read(sale(CCBILL, "0117240102000000041",
                CcbillDigests.saleDigest("0117240102000000041", "another salt"))));
        assertThrows(NotificationRefused.class, () -> ccbill.read(new IncomingNotification(CCBILL,
                Map.of("eventType", "NewSaleSuccess"), saleBody("0117240102000000041", digest)
                .replace("\"0001\"", "\"0002\""))));
    }

    @Test
    void failuresRefundsVoidsAndChargebacksAreReadFromCcbillsFields() {
        assertEquals(new PaymentNotice.SaleFailed("NewSaleFailure", "0117240102000000042", checkout,
                        "Do not honor (BE-103)"),
                ccbill.read(new IncomingNotification(CCBILL, Map.of("eventType", "NewSaleFailure"), "{"
                        + "\"transactionId\":\"0117240102000000042\",\"clientAccnum\":\"900123\","
                        + "\"clientSubacc\":\"0001\",\"failureCode\":\"BE-103\",\"failureReason\":\"Do not honor\","
                        + "\"X-orderRef\":\"" + checkout + "\"}")));
        for (var kind : Map.of("Refund", ReversalKind.REFUND, "Void", ReversalKind.VOID,
                "Chargeback", ReversalKind.CHARGEBACK).entrySet()) {
            assertEquals(new PaymentNotice.Reversal(kind.getKey(), "0117240102000000041", kind.getValue(), 1250,
                    "USD", "Customer Refunded"), ccbill.read(new IncomingNotification(CCBILL,
                    Map.of("eventType", kind.getKey()), "{\"transactionId\":\"0117240102000000041\","
                    + "\"subscriptionId\":\"0117240102000000041\",\"clientAccnum\":\"900123\",\"clientSubacc\":\"0001\","
                    + "\"amount\":\"12.50\",\"currency\":\"USD\",\"currencyCode\":\"840\","
                    + "\"reason\":\"Customer Refunded\"}")));
        }
    }

    @Test
    void otherEventsMoveNoMoneyAndMalformedOnesAreClearErrors() {
        assertInstanceOf(PaymentNotice.Other.class, ccbill.read(new IncomingNotification(CCBILL,
                Map.of("eventType", "Cancellation"), "{\"clientAccnum\":\"900123\",\"clientSubacc\":\"0001\","
                + "\"subscriptionId\":\"1\"}")));
        ValidationFailure notJson = assertThrows(ValidationFailure.class, () -> ccbill.read(
                new IncomingNotification(CCBILL, Map.of("eventType", "NewSaleSuccess"), "transactionId=1")));
        assertTrue(notJson.fieldErrors().get("body").contains("JSON"));
        ValidationFailure badAmount = assertThrows(ValidationFailure.class, () -> ccbill.read(new IncomingNotification(
                CCBILL, Map.of("eventType", "Refund"), "{\"clientAccnum\":\"900123\",\"clientSubacc\":\"0001\","
                + "\"transactionId\":\"1\",\"amount\":\"12.505\",\"currencyCode\":\"840\"}")));
        assertTrue(badAmount.fieldErrors().containsKey("amount"));
    }

    private IncomingNotification sale(String from, String transaction, String digest) {
        return new IncomingNotification(from, Map.of("eventType", "NewSaleSuccess", "eventGroupType", "Subscription"),
                saleBody(transaction, digest));
    }

    private String saleBody(String transaction, String digest) {
        return "{\"transactionId\":\"" + transaction + "\",\"subscriptionId\":\"" + transaction + "\","
                + "\"clientAccnum\":\"900123\",\"clientSubacc\":\"0001\",\"billedInitialPrice\":\"25.00\","
                + "\"billedCurrencyCode\":\"840\",\"dynamicPricingValidationDigest\":\"" + digest + "\","
                + "\"X-orderRef\":\"" + checkout + "\"}";
    }
}
