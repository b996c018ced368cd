package com.aeims.domain.model.operator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Operators as they are stored; every method joins the caller's transaction. */
public interface OperatorRepository {

    /** The operator whose phone is this E.164 number (operators' phones are unique). */
    Optional<Operator> byPhone(String e164);

    /**
     * These operators, locked, in id order: the order call initiation and settlement lock operators in, so two
     * transactions never wait for each other in a circle.
     */
    List<Operator> lockAll(Collection<Long> operatorIds);
}
