package com.aeims.application.number;

import com.aeims.domain.model.number.NumberType;
import java.util.List;
import java.util.Map;

/** Operators' numbers as admins run them: the monthly fee per type, waiving a number's fees, every number in use. */
public interface NumberAdministration {

    Map<NumberType, Long> fees();

    /** Sets the monthly fees of the types given, all or none: each applies from each number's next fee date. */
    Map<NumberType, Long> setFees(long adminId, Map<NumberType, Long> monthlyFeeCents, String reason);

    /** Waives (or stops waiving) a number's fees from its next fee date; a number that is suspended is paid up. */
    NumberView waive(long adminId, long numberId, boolean waived, String reason);

    /** Every number operators hold, newest first, at most the limit. */
    List<NumberView> held(int limit);
}
