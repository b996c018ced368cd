/**
 * How a call runs. {@link DefaultCallService} commits the hold and the call ({@link CallOpening}) before the PBX is
 * asked to dial, so a refused dial is settled like any failed call. {@link DefaultCallProgress} applies the PBX's facts
 * to the domain's {@code Call} under its row lock, has the PBX cap the talk once the bridge is committed
 * ({@link CallDurationCap}), and wakes the {@link CallSettlementDrain} when a call is over; the drain settles the due
 * calls in batches on a managed executor through {@link CallSettler} and the money use case's {@code BillingService}.
 * {@link DefaultCallReconciliation} fills in what an AMI outage hid. {@link CallViews} is the one way a call is shown;
 * {@link CallSettings} holds the limits ops tune ({@code aeims.calls.*}). Only {@code com.aeims.application.call} may
 * reach in here (ArchitectureTest).
 */
package com.aeims.application.call.internal;
