package com.aeims.infrastructure.timer;

import com.aeims.application.call.CallProgress;
import com.aeims.application.call.CallReconciliation;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every few seconds: calls past their cap are hung up, and calls the PBX went quiet about are closed. */
// a timer may fire while the deployment starts: the schema must be migrated before its first run
@Singleton
@DependsOn("DatabaseMigrator")
public class CallWatchdog {

    @Inject
    private CallProgress calls;

    @Inject
    private CallReconciliation reconciliation;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check() {
        calls.enforceLimits();
        reconciliation.closeSilentCalls();
    }
}
