/**
 * Admin pages: the money desk ({@link MoneyDesk}: credits, adjustments, free minutes, refunds and payouts, each with a
 * reason and one idempotency key per form until it succeeds), the operators ({@link OperatorList},
 * {@link OperatorEditor}) and the branded sites ({@link SiteEditor}). Uses the money, operator, account and site use
 * cases.
 */
package com.aeims.interfaces.web.admin;
