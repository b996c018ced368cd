package com.aeims.infrastructure.telephony;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** When this server's AMI session was last lost, until the reconciliation after it has used the time. */
@ApplicationScoped
public class PbxLink {

    private final AtomicReference<Instant> lostAt = new AtomicReference<>();

    public void lost(Instant at) {
        lostAt.compareAndSet(null, at);
    }

    public Instant takeLostAt() {
        return lostAt.getAndSet(null);
    }
}
