package com.aeims.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CCBill settings from the environment (AEIMS_CCBILL_*) or system properties (aeims.ccbill.*, which ops can fill
 * from a WildFly credential store). The salt is the sub-account's encryption key, a secret: never put it in a file.
 */
@ApplicationScoped
public class CcbillSettings {

    /** The addresses CCBill's documentation says its webhooks come from (its three satellites). */
    public static final String CCBILL_WEBHOOK_RANGES = "64.38.212.0/24,64.38.215.0/24,64.38.240.0/24,64.38.241.0/24";
    public static final String CCBILL_FORM_BASE = "https://api.ccbill.com/wap-frontflex/flexforms/";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{6}");
    private static final Pattern SUBACCOUNT = Pattern.compile("\\d{4}");
    private static final Pattern FLEX_ID = Pattern.compile("[0-9A-Za-z-]{8,64}");

    public String account() {
        return setting("aeims.ccbill.account", "AEIMS_CCBILL_ACCOUNT", "");
    }

    public String subaccount() {
        return setting("aeims.ccbill.subaccount", "AEIMS_CCBILL_SUBACCOUNT", "");
    }

    /** The FlexForms payment flow the customer pays on (its id in CCBill's admin). */
    public String flexformId() {
        return setting("aeims.ccbill.flexform-id", "AEIMS_CCBILL_FLEXFORM_ID", "");
    }

    public String salt() {
        return setting("aeims.ccbill.salt", "AEIMS_CCBILL_SALT", "");
    }

    /** Where the FlexForms live: CCBill itself unless a test or staging simulator is named. */
    public String formBase() {
        String base = setting("aeims.ccbill.form-base", "AEIMS_CCBILL_FORM_BASE", CCBILL_FORM_BASE);
        return base.endsWith("/") ? base : base + "/";
    }

    public String webhookRanges() {
        return setting("aeims.ccbill.webhook-ranges", "AEIMS_CCBILL_WEBHOOK_RANGES", CCBILL_WEBHOOK_RANGES);
    }

    /**
     * Whether a sale's webhook must carry CCBill's dynamic-pricing validation digest. Only for a sub-account whose
     * webhooks lack it (CCBill's test transactions are said to) may ops turn this off.
     */
    public boolean checksSaleDigest() {
        return !"false".equalsIgnoreCase(setting("aeims.ccbill.check-sale-digest", "AEIMS_CCBILL_CHECK_SALE_DIGEST",
                "true"));
    }

    public boolean isConfigured() {
        return !account().isEmpty() || !subaccount().isEmpty() || !flexformId().isEmpty() || !salt().isEmpty();
    }

    /** What is missing or malformed; CCBill sells nothing while this is not empty. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!ACCOUNT.matcher(account()).matches()) {
            problems.add("AEIMS_CCBILL_ACCOUNT must be the 6-digit client account number");
        }
        if (!SUBACCOUNT.matcher(subaccount()).matches()) {
            problems.add("AEIMS_CCBILL_SUBACCOUNT must be the 4-digit sub-account number, e.g. 0000");
        }
        if (!FLEX_ID.matcher(flexformId()).matches()) {
            problems.add("AEIMS_CCBILL_FLEXFORM_ID must be the FlexForms payment flow id");
        }
        if (salt().length() < 8) {
            problems.add("AEIMS_CCBILL_SALT must be the sub-account's encryption key");
        }
        if (!formBase().startsWith("https://") && !formBase().startsWith("http://127.0.0.1:")
                && !formBase().startsWith("http://localhost:")) {
            problems.add("AEIMS_CCBILL_FORM_BASE must be an https address");
        }
        try {
            if (AddressRanges.parse(webhookRanges()).isEmpty()) {
                problems.add("AEIMS_CCBILL_WEBHOOK_RANGES names no range");
            }
        } catch (IllegalArgumentException e) {
            problems.add("AEIMS_CCBILL_WEBHOOK_RANGES: " + e.getMessage());
        }
        return problems;
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
