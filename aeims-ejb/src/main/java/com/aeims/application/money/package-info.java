/**
 * Money as the other use cases and the pages use it: holds, call settlement ({@link CallToSettle} under its
 * {@link CallTerms}, settled as a {@link CallSettlement}) and one-off charges ({@link BillingService}), topping up
 * ({@link FundsService}, through the {@link PaymentProvider} port), admins' corrections with their audit trail
 * ({@link MoneyAdministration}) and the read side ({@link Statements}). {@link MoneySettings} holds the platform's money
 * rules from {@code money_setting} for a few seconds, so every node sees a change within that time without a query per
 * charge. The web module reaches money only through these services, never through the ledger (ArchitectureTest).
 */
package com.aeims.application.money;
