package com.aeims.domain.model.account;

import java.util.Collection;
import java.util.Map;

/** The names accounts show to others: the one lookup every use case shares. */
public interface DisplayNames {

    /** The account's display name; empty when there is no such account. */
    String of(long accountId);

    /** The display names of these accounts, by id; unknown ids are left out. */
    Map<Long, String> of(Collection<Long> accountIds);
}
