package com.aeims.domain.model.ledger;

import java.util.Objects;

/** Names a ledger account: its kind and, for owned kinds, the owning customer or operator. */
public record AccountRef(AccountKind kind, Long ownerId) implements Comparable<AccountRef> {

    public AccountRef {
        Objects.requireNonNull(kind, "kind");
        if (kind.owned() != (ownerId != null)) {
            throw new IllegalArgumentException(kind + (kind.owned() ? " needs an owner" : " has no owner"));
        }
    }

    public static AccountRef available(long customerId) {
        return new AccountRef(AccountKind.CUSTOMER_AVAILABLE, customerId);
    }

    public static AccountRef held(long customerId) {
        return new AccountRef(AccountKind.CUSTOMER_HELD, customerId);
    }

    public static AccountRef earnings(long operatorId) {
        return new AccountRef(AccountKind.OPERATOR_EARNINGS, operatorId);
    }

    public static AccountRef platform(AccountKind kind) {
        return new AccountRef(kind, null);
    }

    @Override
    public int compareTo(AccountRef other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Long.compare(ownerId == null ? -1 : ownerId,
                other.ownerId == null ? -1 : other.ownerId);
    }

    @Override
    public String toString() {
        return ownerId == null ? kind.name() : kind + "#" + ownerId;
    }
}
