package com.aeims.application.number.internal;

import com.aeims.application.number.FeeRuns;
import com.aeims.application.number.MonthlyFees;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultFeeRuns implements FeeRuns {

    private static final Logger LOG = Logger.getLogger(DefaultFeeRuns.class.getName());
    private static final int PAGE = 500;

    @Inject
    private MonthlyFees fees;

    @Override
    public Map<MonthlyFees.Step, Integer> run(Instant now) {
        Map<MonthlyFees.Step, Integer> steps = new EnumMap<>(MonthlyFees.Step.class);
        long after = 0;
        for (List<Long> page = fees.due(now, after, PAGE); !page.isEmpty(); page = fees.due(now, after, PAGE)) {
            for (Long numberId : page) {
                try {
                    steps.merge(fees.settle(numberId, now), 1, Integer::sum);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not settle the fee of number " + numberId + "; the next run retries",
                            e);
                }
            }
            after = page.get(page.size() - 1);
        }
        return steps;
    }
}
