/**
 * How calls are priced, as plain functions the property tests hold: {@link CallCharge} (nothing for a call never
 * connected; otherwise the connect fee plus the billed minutes free minutes do not cover), {@link FreeMinutes}
 * (earliest expiry first, never an expired minute), {@link TalkTime} (how long the balance lasts), and the
 * {@link FreeMinuteGrant}s with their repository port. Depends on the ledger model's split only.
 */
package com.aeims.domain.model.pricing;
