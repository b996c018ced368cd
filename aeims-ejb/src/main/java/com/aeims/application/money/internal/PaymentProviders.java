package com.aeims.application.money.internal;

import com.aeims.application.money.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which payment service sells credit now: a configured real one before the demo's sandbox, which sells only in
 * demo mode; none at all in production until a gateway is configured. Asked each time, so a setting changed in
 * the environment of a restarted server (or by a test) is seen.
 */
@ApplicationScoped
class PaymentProviders {

    @Inject
    @Any
    private Instance<PaymentProvider> all;

    Optional<PaymentProvider> selling() {
        return all.stream().filter(PaymentProvider::available)
                .min(Comparator.comparing(provider -> !provider.takesRealMoney()));
    }

    Optional<PaymentProvider> named(String name) {
        return all.stream().filter(provider -> provider.name().equals(name)).findFirst();
    }
}
