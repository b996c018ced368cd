/**
 * Money on the pages: the customer's balance ({@link CustomerBalance}), buying credit packs ({@link FundsPage}), the
 * statement and its CSV export ({@link StatementView}) and the operator's earnings ({@link OperatorEarningsView}); all
 * through the money use case's services, never the ledger (ArchitectureTest).
 */
package com.aeims.interfaces.web.money;
