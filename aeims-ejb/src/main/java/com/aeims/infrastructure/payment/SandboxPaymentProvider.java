package com.aeims.infrastructure.payment;

import com.aeims.application.money.IncomingNotification;
import com.aeims.application.money.NotificationRefused;
import com.aeims.application.money.PaymentNotice;
import com.aeims.application.money.PaymentProvider;
import com.aeims.infrastructure.persistence.DemoData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demo's payment service: sandbox tokens stand for test cards, nothing is charged anywhere.
 * {@value #APPROVE} approves, {@value #DECLINE} is declined as a real card would be. It takes payments only in demo
 * mode: anywhere else its approvals would be credit for nothing, spendable on an operator who is paid out in money.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String APPROVE = "sandbox-visa-approve";
    public static final String DECLINE = "sandbox-card-declined";

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean available() {
        return Boolean.getBoolean(DemoData.FLAG);
    }

    @Override
    public boolean takesRealMoney() {
        return false;
    }

    @Override
    public boolean needsPaymentToken() {
        return true;
    }

    @Override
    public Start start(Purchase purchase) {
        return switch (purchase.paymentToken() == null ? "" : purchase.paymentToken()) {
            case APPROVE -> new Approved("sbx_" + purchase.checkoutId());
            case DECLINE -> new Declined("The card was declined");
            default -> new Declined("Unknown payment token");
        };
    }

    @Override
    public PaymentNotice read(IncomingNotification notification) {
        throw new NotificationRefused("The sandbox sends no notifications");
    }
}
