/**
 * {@link SandboxPaymentProvider}, the only {@code PaymentProvider} so far: sandbox tokens stand for test cards and
 * nothing is charged anywhere; it sells credit only in demo mode. A real payment service plugs in here as another
 * implementation of the port.
 */
package com.aeims.infrastructure.payment;
