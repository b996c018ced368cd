/**
 * The payment services behind {@code PaymentProvider}: {@link com.aeims.infrastructure.payment.CcbillPaymentProvider}
 * (CCBill's hosted FlexForms and its webhooks) for real money, and
 * {@link com.aeims.infrastructure.payment.SandboxPaymentProvider}, test cards for the demo only.
 */
package com.aeims.infrastructure.payment;
