package com.aeims.application.number;

import java.time.Instant;
import java.util.Map;

/** A pass over every number with a fee step due, each in a transaction of its own, as the fee timer runs it. */
public interface FeeRuns {

    /** How many numbers took each step. */
    Map<MonthlyFees.Step, Integer> run(Instant now);
}
