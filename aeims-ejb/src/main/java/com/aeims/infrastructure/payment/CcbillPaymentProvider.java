package com.aeims.infrastructure.payment;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.IncomingNotification;
import com.aeims.application.money.NotificationRefused;
import com.aeims.application.money.PaymentNotice;
import com.aeims.application.money.PaymentProvider;
import com.aeims.domain.model.payment.ReversalKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * CCBill: the customer pays on a FlexForms payment flow whose price AEIMS signs (dynamic pricing with the form
 * digest), and CCBill reports the sale by webhook (JSON). A webhook is believed only from CCBill's addresses, for
 * our account and sub-account, and a sale only with CCBill's validation digest; matching it to what AEIMS sold is
 * the application's part.
 */
@ApplicationScoped
public class CcbillPaymentProvider implements PaymentProvider {

    /** The pass-through field carrying our checkout id; CCBill returns it in webhooks prefixed with "X-". */
    public static final String CHECKOUT_FIELD = "orderRef";
    /** US dollars in ISO 4217's numbers, the only currency AEIMS sells in. */
    public static final String USD = "840";
    /** Days of "access" CCBill records for a one-time sale; credit does not expire, any allowed value does. */
    static final String INITIAL_PERIOD = "30";

    private static final Logger LOG = Logger.getLogger(CcbillPaymentProvider.class.getName());

    private final CcbillSettings settings;
    private final AtomicReference<List<String>> reportedProblems = new AtomicReference<>(List.of());

    @Inject
    public CcbillPaymentProvider(CcbillSettings settings) {
        this.settings = settings;
    }

    /** For the container's proxy only. */
    protected CcbillPaymentProvider() {
        this(null);
    }

    @Override
    public String name() {
        return "ccbill";
    }

    @Override
    public boolean available() {
        if (!settings.isConfigured()) {
            return false;
        }
        List<String> problems = settings.problems();
        if (!problems.equals(reportedProblems.getAndSet(problems)) && !problems.isEmpty()) {
            LOG.severe(() -> "CCBill is configured but sells nothing until this is fixed: " + problems);
        }
        return problems.isEmpty();
    }

    @Override
    public boolean takesRealMoney() {
        return true;
    }

    @Override
    public boolean needsPaymentToken() {
        return false;
    }

    @Override
    public Start start(Purchase purchase) {
        String price = BigDecimal.valueOf(purchase.amountCents(), 2).toPlainString();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("clientAccnum", settings.account());
        query.put("clientSubacc", settings.subaccount());
        query.put("initialPrice", price);
        query.put("initialPeriod", INITIAL_PERIOD);
        query.put("currencyCode", USD);
        query.put("formDigest", CcbillDigests.formDigest(price, INITIAL_PERIOD, USD, settings.salt()));
        query.put(CHECKOUT_FIELD, purchase.checkoutId().toString());
        StringBuilder url = new StringBuilder(settings.formBase())
                .append(URLEncoder.encode(settings.flexformId(), StandardCharsets.UTF_8));
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return new HostedForm(url.toString());
    }

    @Override
    public PaymentNotice read(IncomingNotification notification) {
        if (!AddressRanges.parse(settings.webhookRanges()).contains(notification.sourceAddress())) {
            throw new NotificationRefused("Not from CCBill's webhook addresses: " + notification.sourceAddress());
        }
        WebhookFields fields = WebhookFields.of(notification);
        if (!settings.account().equals(fields.optional("clientAccnum"))
                || !settings.subaccount().equals(fields.optional("clientSubacc"))) {
            throw new NotificationRefused("Not for this CCBill account and sub-account");
        }
        String eventType = fields.required("eventType");
        return switch (eventType) {
            case "NewSaleSuccess" -> sale(fields, eventType);
            case "NewSaleFailure" -> new PaymentNotice.SaleFailed(eventType, fields.required("transactionId"),
                    checkout(fields), failureReason(fields));
            case "Refund" -> reversal(fields, eventType, ReversalKind.REFUND);
            case "Void" -> reversal(fields, eventType, ReversalKind.VOID);
            case "Chargeback" -> reversal(fields, eventType, ReversalKind.CHARGEBACK);
            default -> new PaymentNotice.Other(eventType, fields.optional("transactionId"));
        };
    }

    private PaymentNotice sale(WebhookFields fields, String eventType) {
        String subscription = fields.required("subscriptionId");
        if (settings.checksSaleDigest() && !CcbillDigests.matches(CcbillDigests.saleDigest(subscription,
                settings.salt()), fields.optional("dynamicPricingValidationDigest"))) {
            throw new NotificationRefused("The sale's dynamicPricingValidationDigest is not CCBill's");
        }
        return new PaymentNotice.SaleSucceeded(eventType, fields.required("transactionId"), checkout(fields),
                fields.cents("billedInitialPrice"), currency(fields.required("billedCurrencyCode")));
    }

    private static PaymentNotice reversal(WebhookFields fields, String eventType, ReversalKind kind) {
        String code = fields.optional("currencyCode");
        return new PaymentNotice.Reversal(eventType, fields.required("transactionId"), kind, fields.cents("amount"),
                code.isEmpty() ? fields.required("currency").toUpperCase(java.util.Locale.ROOT) : currency(code),
                fields.optional("reason"));
    }

    private static UUID checkout(WebhookFields fields) {
        String value = fields.optional("X-" + CHECKOUT_FIELD);
        if (value.isEmpty()) {
            value = fields.required(CHECKOUT_FIELD);
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("VALIDATION_FAILED", "X-" + CHECKOUT_FIELD, "Not a checkout id AEIMS sent");
        }
    }

    private static String failureReason(WebhookFields fields) {
        String reason = fields.optional("failureReason");
        String code = fields.optional("failureCode");
        String text = reason.isEmpty() ? "The payment was not completed" : reason;
        return code.isEmpty() ? text : text + " (" + code + ")";
    }

    private static String currency(String numericCode) {
        return switch (numericCode) {
            case USD -> "USD";
            case "978" -> "EUR";
            case "826" -> "GBP";
            case "124" -> "CAD";
            case "036" -> "AUD";
            case "392" -> "JPY";
            default -> numericCode;
        };
    }
}
