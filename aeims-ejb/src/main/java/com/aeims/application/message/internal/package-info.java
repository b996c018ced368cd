/**
 * The {@code @Stateless} chat and mail services over one paid-message pipeline, {@link PaidMessages}: the client's key
 * (a retry is the same message, never a second charge), the customer's charge through the money use case's
 * {@code BillingService}, then, once stored, the interaction record and a notification to each side. Everything runs in
 * the send's transaction, so a refused charge leaves nothing stored and nobody notified. Only
 * {@code com.aeims.application.message} may reach in here (ArchitectureTest).
 */
package com.aeims.application.message.internal;
