package com.aeims.infrastructure.payment;

import com.aeims.application.money.PaymentProvider;
import com.aeims.infrastructure.persistence.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's payment service: sandbox tokens stand for test cards, nothing is charged anywhere.
 * {@value #APPROVE} approves, {@value #DECLINE} is declined as a real card would be. It takes payments only in demo
 * mode: anywhere else its approvals would be credit for nothing, spendable on an operator who is paid out in money.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String APPROVE = "sandbox-visa-approve";
    public static final String DECLINE = "sandbox-card-declined";

    private final Map<String, Result> results = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean available() {
        return Boolean.getBoolean(DemoData.FLAG);
    }

    @Override
    public Result charge(String paymentToken, long amountCents, String idempotencyKey, String description) {
        return results.computeIfAbsent(idempotencyKey, key -> switch (paymentToken == null ? "" : paymentToken) {
            case APPROVE -> new Result(true,
                    "sbx_" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)), null);
            case DECLINE -> new Result(false, null, "The card was declined");
            default -> new Result(false, null, "Unknown payment token");
        });
    }
}
