/**
 * The ledger and its bookkeeping tables in plain SQL on the JTA datasource ({@link Jdbc}), not JPA, so it joins the
 * caller's transaction and its row locks are explicit: accounts are locked in id order (postings never deadlock), a
 * posting is one statement, a batch of call settlements a few. Implements the domain's {@code Ledger},
 * {@code HoldRepository}, {@code ChargeRepository}, {@code SettlementRecords} and {@code FreeMinuteRepository}.
 */
package com.aeims.infrastructure.ledger;
