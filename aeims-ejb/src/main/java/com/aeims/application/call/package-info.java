/**
 * Paid calls, in two halves. {@link CallService} is what users do (start a call, follow it, hang it up, list calls),
 * and it is all the web module may use: {@link CallProgress} and {@link CallReconciliation} are driven by the PBX's
 * events, the call watchdog and the reconnect after an AMI outage only, so no page or resource can move a call's state
 * or settle it (ArchitectureTest). The ports the infrastructure implements are here too: {@link Telephony} (the PBX),
 * {@link CallEvents} (the durable queue between what the PBX reports and the state machine) and {@link PbxCallLog}
 * (what the PBX logged while nobody listened); and the records that cross layers: {@link CallSummary} (one call for the
 * API, the push and the pages), {@link CallStarted} and {@link CallChanged} (pushed when a change commits). Calls are
 * settled in the money use case's terms ({@code BillingService.settleCalls}), so money never depends on calls.
 */
package com.aeims.application.call;
