/**
 * The {@code @Stateless} money services. Every movement is one posting through the domain's {@code Ledger}, in the
 * caller's transaction and under an idempotency key, so a retried request never moves money twice; call settlement
 * posts a whole batch of calls in one statement and writes its bookkeeping through {@code SettlementRecords}.
 * {@link LedgerStatements} reads statements and earnings straight from the ledger's tables. Only
 * {@code com.aeims.application.money} may reach in here (ArchitectureTest).
 */
package com.aeims.application.money.internal;
