package com.aeims.domain.model.number;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How operators' numbers are stored. Every method joins the caller's transaction. */
public interface OperatorNumberRepository {

    /**
     * Stores a new number and returns it as stored; empty when its purchase key is taken or someone holds the number
     * (whoever was first, also at the same moment).
     */
    Optional<OperatorNumber> add(OperatorNumber number);

    Optional<OperatorNumber> find(long numberId);

    Optional<OperatorNumber> findByKey(String purchaseKey);

    /** The number locked until the transaction ends. */
    Optional<OperatorNumber> lock(long numberId);

    /** The operator's numbers that are theirs now or failed lately, newest first. */
    List<OperatorNumber> ofOperator(long operatorId, Instant failedSince);

    /** How many numbers the operator holds now. */
    long heldBy(long operatorId);

    /** Whether anyone holds the number now. */
    boolean isHeld(String phoneNumber);

    /**
     * Numbers whose purchase started before the instant and is not finished, and numbers being released, oldest
     * first, at most the limit.
     */
    List<Long> unsettledSince(Instant before, int limit);

    /** The number with this provider id, in whatever state. */
    Optional<OperatorNumber> findBySid(String providerSid);

    /**
     * Numbers in use with a fee step due: the fee (paid until now or before), or its reminder (due within the notice,
     * not reminded yet); by id after the given one, at most the limit.
     */
    List<Long> feeStepsDue(Instant now, java.time.Duration notice, long afterId, int limit);

    /** Numbers held by operators now, newest first. */
    List<OperatorNumber> held(int limit);

    /** What a number of each type costs a month now. */
    Map<NumberType, Long> monthlyFees();

    /** What a number of the type costs a month now. */
    long monthlyFeeCents(NumberType type);
}
