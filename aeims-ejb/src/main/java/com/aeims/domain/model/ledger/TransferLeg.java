package com.aeims.domain.model.ledger;

/** One transfer of a posting: {@code amountCents} leave {@code debit} and arrive in {@code credit}. */
public record TransferLeg(AccountRef debit, AccountRef credit, long amountCents) {

    public TransferLeg {
        if (debit.equals(credit)) {
            throw new IllegalArgumentException("a transfer needs two different accounts: " + debit);
        }
    }
}
