/** Payments for credit packs: their states and what taking a sale back means for the ledger. */
package com.aeims.domain.model.payment;
