package com.aeims.application.operator;

import com.aeims.domain.model.operator.Availability;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.operator.OperatorProfile;
import com.aeims.domain.model.operator.PricingLimit;
import java.util.List;
import java.util.Set;

/** Operators managing their own business, and admins managing operators. */
public interface OperatorAccountService {

    Operator operator(long operatorId);

    List<Operator> allOperators();

    Operator updateProfile(long operatorId, OperatorProfile profile);

    /** Operators switch themselves online or offline; BUSY belongs to the call system. */
    /** Whether the operator's calls are recorded, on sites that allow recordings. */
    Operator recordCalls(long operatorId, boolean record);

    Operator setAvailability(long operatorId, Availability availability);

    Operator adminUpdate(long operatorId, OperatorProfile profile, int operatorSharePercent, Set<Long> siteIds,
                         boolean enabled);

    List<PricingLimit> pricingLimits();
}
