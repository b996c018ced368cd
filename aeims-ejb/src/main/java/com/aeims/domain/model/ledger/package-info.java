/**
 * The double-entry ledger's model: {@link Ledger} posts a {@link PostingRequest} (its {@link TransferLeg}s between
 * {@link AccountRef}s, all or none, under one idempotency key) and reads balances; a {@link Hold} reserves a customer's
 * funds for a call in progress; {@link ChargeRecord} and {@link SettlementRecords} keep what a charge was for beside
 * its posting; {@link Split} divides a charge between operator (rounded down) and platform. A refused posting is a
 * {@link LedgerException}, which rolls back. Interfaces and values only: the ledger is plain SQL in
 * infrastructure/ledger, and the web module may not reach it (ArchitectureTest).
 */
package com.aeims.domain.model.ledger;
